import Alumni
import ArgumentParser
import Foundation

extension Jejak {
    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registration: turn a class's registration export into seats, a waitlist and rejections.",
            subcommands: [Import.self])

        struct Import: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import a registration export (CSV) into a class.",
                discussion: """
                    Seats go by registration time (waktu_daftar), not file order: the first QUOTA valid rows \
                    are accepted, the rest waitlisted. Every other row is rejected with its line and reason. \
                    Importing the same file again, or a later export that contains it, changes nothing already decided. \
                    The file may be comma or semicolon delimited, UTF-8 with or without BOM; see the README for the columns.
                    """)

            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The CSV file.", completion: .file(extensions: ["csv"])) var file: String
            @Option(name: .customLong("class"), help: "The class code.") var classCode: String
            @Option(help: "text or json (one object).") var format: OutputFormat = .text

            func run() throws {
                let db = try database.open()
                let report = try RegistrationImporter(database: db)
                    .importFile(at: URL(fileURLWithPath: file), classCode: classCode, now: .now(),
                                progress: { ProgressLog.logger.info("\($0) rows read") })
                if format == .json { return try printJSON(report) }
                if report.nothingNew {
                    print("\(file): nothing new for \(classCode) (\(report.unchanged) rows already imported).")
                    return
                }
                print("\(classCode): \(report.accepted) accepted, \(report.waitlisted) waitlisted, \(report.rejected) rejected"
                    + (report.unchanged > 0 ? " (\(report.unchanged) rows already imported)" : "") + ".")
                if !report.rejections.isEmpty {
                    print("Rejected:")
                    for rejection in report.rejections { print("  line \(rejection.line): \(rejection.reason)") }
                }
                if !report.warnings.isEmpty {
                    print("Warnings (kept on the record):")
                    for warning in report.warnings { print("  line \(warning.line): \(warning.message)") }
                }
            }
        }
    }
}
