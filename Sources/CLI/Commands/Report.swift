import Alumni
import ArgumentParser
import Foundation
import Impact

extension ReportFormat: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}

extension Jejak {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the periodic impact report: coverage, outputs, the funnel, and employment.",
            discussion: """
                html: one self-contained file (no network needed to view; inline charts; prints to A4). md: Markdown. \
                csv: a folder of tables for Excel (UTF-8 with BOM; --csv-dialect id for semicolons and decimal commas). \
                Bahasa Indonesia by default; --lang en for English. Small groups are suppressed as for officials: "—" with a \
                footnote saying why.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Graduates of 2025, 2025-Q3 or 2025-07.") var period: String
        @Option(help: "id or en.") var lang: ReportLanguage = .id
        @Option(help: "html, md or csv.") var format: ReportFormat = .html
        @Option(help: "The file to write (a folder for csv).") var out: String
        @Option(help: "The headline survey wave (months after graduation).") var wave: Int = 6
        @Option(help: "Count waves due as of this date (default: today).") var asOf: CivilDate?
        @OptionGroup var csv: CSVDialectOption

        func validate() throws {
            if ReportPeriod(period) == nil { throw ValidationError("--period is a year (2025), a quarter (2025-Q3) or a month (2025-07)") }
        }

        func run() throws {
            let report = try ImpactReport.build(
                database: try database.open(wave: wave), period: ReportPeriod(period)!, wave: wave,
                asOf: asOf ?? LocalDateTime.now().date, now: .now())
            let files = try report.write(format, language: lang, dialect: csv.csvDialect, to: URL(fileURLWithPath: out))
            print("Report for graduates of \(period): \(report.graduates) graduates, wave \(wave) employment rate "
                  + (report.headline.suppressed ? "suppressed" : percent(report.headline.indicators.employmentRate.value)) + ".")
            for file in files { print("  \(file.path)") }
        }

        private func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
    }
}
