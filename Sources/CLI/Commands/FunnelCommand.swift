import Alumni
import ArgumentParser
import Impact

extension Funnel.Grouping: ExpressibleByArgument {}

extension Jejak {
    struct FunnelCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "funnel",
            abstract: "From reach to employment, per campaign, channel or approach.",
            discussion: """
                reach → registrations → accepted → enrolled → graduated → surveyed → responded → employed, with registrations \
                and employed per 1,000 reach, cost per employed graduate and hours to fill the quota. Registrations are tied \
                to campaigns by code, else by the channel they named and the campaign live before they registered.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "campaign, channel or approach.") var by: Funnel.Grouping = .channel
        @Option(help: "Survey wave whose replies count.") var wave: Int = 6
        @Option(help: "Registrations of 2025, 2025-Q3 or 2025-07 (default: all).") var period: String?
        @Option(help: "table, json or csv.") var format: TableFormat = .table

        func validate() throws {
            if let period, ReportPeriod(period) == nil { throw ValidationError("--period is a year (2025), a quarter (2025-Q3) or a month (2025-07)") }
        }

        func run() throws {
            let db = try database.open()
            try Attribution(database: db).refreshIfStale(now: .now())
            let table = try Funnel(database: db).table(by: by, wave: wave, period: period.flatMap(ReportPeriod.init) ?? .all)
            switch format {
            case .json: try printJSON(table)
            case .csv: print(table.csv(), terminator: "")
            case .table: print(table.text())
            }
        }
    }
}
