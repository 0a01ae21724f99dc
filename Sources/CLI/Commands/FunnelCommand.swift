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
                and employed per 1,000 reach and cost per employed graduate (hours to fill a quota: `jejak classes list`). \
                Registrations are tied to campaigns by code, else by the channel they named and the campaign live before they \
                registered. Groups with fewer than 5 graduates or respondents have their people counts suppressed ("—" with a \
                footnote), as in `jejak rates`; --no-suppress is for staff.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "campaign, channel or approach.") var by: Funnel.Grouping = .channel
        @Option(help: "Survey wave whose replies count.") var wave: Int = 6
        @Option(help: "Registrations of 2025, 2025-Q3 or 2025-07 (default: all).") var period: String?
        @Option(help: "table, json or csv.") var format: TableFormat = .table
        @Flag(help: "Show small groups too (staff only: not for officials).") var noSuppress = false
        @Option(help: "Smallest publishable group.") var threshold: Int = 5
        @OptionGroup var csv: CSVDialectOption

        func validate() throws {
            if let period, ReportPeriod(period) == nil { throw ValidationError("--period is a year (2025), a quarter (2025-Q3) or a month (2025-07)") }
            if threshold < 1 { throw ValidationError("--threshold must be at least 1") }
        }

        func run() throws {
            let db = try database.open(wave: wave)
            try Attribution(database: db).refreshIfStale(now: .now())
            let table = try Funnel(database: db).table(by: by, wave: wave, period: period.flatMap(ReportPeriod.init) ?? .all,
                                                       threshold: noSuppress ? nil : threshold)
            switch format {
            case .json: try printJSON(table)
            case .csv: print(table.csv(csv.csvDialect), terminator: "")
            case .table: print(table.text())
            }
        }
    }
}
