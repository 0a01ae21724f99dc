import Alumni
import ArgumentParser
import Foundation
import Web

extension Jejak {
    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registration: turn a class's registration export into seats, a waitlist and rejections.",
            subcommands: [Import.self, Imports.self, Undo.self])

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
                                progress: { ProgressLog.report("\($0) rows read") })
                // In pieces: a million-row import's report is 60 MB of JSON (ImportReport.writeJSON).
                if format == .json { return try report.writeJSON { print($0, terminator: "") } }
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

        struct Imports: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List the registration imports, with their numbers for `jejak register undo`.")
            @OptionGroup var database: DatabaseOptions
            @Option(name: .customLong("class"), help: "Only this class's imports.") var classCode: String?
            @Option(help: "text or json (an array).") var format: OutputFormat = .text

            func run() throws {
                let db = try database.open(create: false)
                let imports = try RegistrationImports(database: db, modules: WebSchema.modules).list(classCode: classCode)
                if format == .json { return try printJSON(imports) }
                if imports.isEmpty { return print("No registration imports" + (classCode.map { " into \($0)" } ?? "") + " yet.") }
                for entry in imports {
                    print("\(entry.id)\t\(entry.importedAt)\t\(entry.classCode)\t\(entry.fileName): \(entry.accepted) accepted, \(entry.waitlisted) waitlisted, \(entry.rejected) rejected, \(entry.unchanged) already known")
                }
            }
        }

        struct Undo: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Undo a registration import (an export imported into the wrong class).",
                discussion: """
                    Removes every registration the import created — seats, waitlist places, rejections and their history — \
                    the people known only through it, and their campaign attribution. Allowed for the latest import of its \
                    class, while nobody of it has enrolled, withdrawn or been surveyed. Audited. Find the number with \
                    `jejak register imports`.
                    """)
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var decider: DeciderOption
            @Argument(help: "The import's number (see `jejak register imports`).") var importID: Int64

            func run() throws {
                let db = try database.open(create: false)
                let entry = try RegistrationImports(database: db, modules: WebSchema.modules).undo(importID, who: decider.name, at: .now())
                print("Undid import \(entry.id) (\(entry.fileName) into \(entry.classCode)): \(entry.accepted + entry.waitlisted + entry.rejected) registrations removed.")
            }
        }
    }
}
