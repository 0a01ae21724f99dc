import Alumni
import ArgumentParser
import Foundation

extension Jejak {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the database to a new file, safely while others write.",
            discussion: """
                Uses SQLite's online backup from one consistent snapshot: admins and the server go on working meanwhile. \
                The copy is checked and only then given its name, so a failed backup leaves nothing behind. An existing \
                file is never overwritten. Put it back with `jejak restore PATH`.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("The new file, e.g. backups/jejak-2026-11-23.sqlite.", valueName: "path")) var path: String

        func run() throws {
            let db = try database.open()
            try db.backup(to: path)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).flatMap { $0 } ?? 0
            print("Backed up \(database.resolvedPath) to \(path) (\(ByteCountFormatter.string(fromByteCount: Int64(size), countStyle: .file))).")
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put a backup back in place of the database.",
            discussion: """
                Refuses a file that is not a Jejak database or that a newer Jejak wrote. The current database is first \
                saved beside it (DB.before-restore-DATE-TIME.sqlite), so a restore can itself be undone; the restore is \
                written to the audit log. A running `jejak serve` shows the restored data at its next request.
                """)
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var decider: DeciderOption
        @Argument(help: ArgumentHelp("A file written by `jejak backup`.", valueName: "path")) var path: String

        func run() throws {
            let db = try database.open()
            let now = LocalDateTime.now()
            let stamp = now.description.filter { $0.isNumber || $0 == "T" }.replacingOccurrences(of: "T", with: "-")
            let saved = database.resolvedPath + ".before-restore-\(stamp).sqlite"
            try db.restore(from: path, savingCurrentTo: saved)
            try AuditLog(database: db).record(who: decider.name, action: "restore database", detail: "from \(path); previous content saved to \(saved)", people: [], at: now)
            print("Restored \(database.resolvedPath) from \(path). The previous content is in \(saved).")
        }
    }
}
