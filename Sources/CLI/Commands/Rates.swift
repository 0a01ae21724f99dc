import Alumni
import ArgumentParser
import Foundation
import Impact

extension Breakdown: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// `--csv-dialect`: how CSV for spreadsheets is written.
struct CSVDialectOption: ParsableArguments {
    @Option(help: "CSV for: standard (comma, decimal point) or id (semicolon, decimal comma, UTF-8 BOM: Excel on an Indonesian computer).")
    var csvDialect: CSVDialect = .standard
}

/// `table`, `json` or `csv`.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

extension Jejak {
    struct Rates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Employment rates of graduates, by programme, class, cohort, campaign, channel, approach, kecamatan, gender or age group.",
            discussion: """
                Counts people, never message threads. Graduates count for a wave once it is due (graduation + N months), \
                within the period by graduation date. employment rate = (employed + self-employed) / respondents, with a 95% \
                Wilson interval and bounds that assume every non-respondent was not / was employed. Groups with fewer than 5 \
                graduates or respondents are suppressed, printed "—" with a footnote (and other groups where needed, so no \
                hidden figure can be worked out from the totals); --no-suppress is for staff. Someone who graduated more than \
                once in the period counts once, with their latest graduation.
                JSON: {"wave", "period", "suppression_threshold", "groups": [{"key": {...}, "graduates", "unreachable", \
                "consent_not_asked", "declined_contact", "respondents", "employed" (employees), "self_employed", "unemployed" \
                (all open unemployment), "studying", "not_in_labour_force", "response_rate", "net_response_rate", \
                "employment_rate", "ci_low", "ci_high", "bound_low", "bound_high", "unemployment_rate", "suppressed", \
                "suppression_reason" (under_threshold, complementary or null)}], "total": {...}}.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("Break down by (repeatable): " + Breakdown.allCases.map(\.rawValue).joined(separator: ", ") + ".")) var by: [Breakdown] = [.program]
        @Option(help: "Survey wave: months after graduation.") var wave: Int = 6
        @Option(help: "Graduates of 2025, 2025-Q3 or 2025-07 (default: all).") var period: String?
        @Option(help: "Count waves due as of this date (default: today).") var asOf: CivilDate?
        @Option(help: "table, json or csv.") var format: TableFormat = .table
        @Flag(help: "Show small groups too (staff only: not for officials).") var noSuppress = false
        @Option(help: "Smallest publishable group.") var threshold: Int = 5
        @OptionGroup var csv: CSVDialectOption

        func validate() throws {
            if let period, ReportPeriod(period) == nil { throw ValidationError("--period is a year (2025), a quarter (2025-Q3) or a month (2025-07)") }
            if threshold < 1 { throw ValidationError("--threshold must be at least 1") }
        }

        func run() throws {
            let output = try RatesQuery(database: try database.open(wave: wave)).render(
                by: by, wave: wave, period: period.flatMap(ReportPeriod.init) ?? .all, asOf: asOf ?? LocalDateTime.now().date,
                threshold: noSuppress ? nil : threshold, format: RatesQuery.Format(rawValue: format.rawValue)!, dialect: csv.csvDialect, now: .now())
            print(output, terminator: "")
        }
    }
}
