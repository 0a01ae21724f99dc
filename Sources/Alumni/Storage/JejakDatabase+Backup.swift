import Foundation
import GRDB

extension JejakDatabase {
    /// Copies the database to `destination` with SQLite's online backup, from one read snapshot: the copy is
    /// consistent while other admins keep writing, and they are not held up. The copy is written beside the
    /// destination under a temporary name and moved into place only once checked, so a failed backup leaves no
    /// half-written file.
    ///
    /// - Throws: `AlumniError.backupExists` when `destination` exists (nothing is overwritten),
    ///   `AlumniError.cannotWrite` when its folder is missing or not writable.
    public func backup(to destination: String) throws {
        let target = URL(fileURLWithPath: destination)
        guard !FileManager.default.fileExists(atPath: target.path) else { throw AlumniError.backupExists(path: destination) }
        if let problem = FileCheck.writeProblem(target) { throw AlumniError.cannotWrite(path: destination, reason: problem) }
        let folder = target.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        defer { Self.removeWithSidecars(partial.path) }
        do {
            let copy = try DatabaseQueue(path: partial.path)
            try writer.backup(to: copy)
            try copy.writeWithoutTransaction { db in
                guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else { throw AlumniError.cannotWrite(path: destination, reason: "the copy failed its check") }
                try db.checkpoint(.truncate)
            }
            try copy.close()
            try FileManager.default.moveItem(at: partial, to: target)
        } catch let error as AlumniError {
            throw error
        } catch {
            throw AlumniError.cannotWrite(path: destination, reason: FileCheck.reason(error))
        }
    }

    /// Replaces this database's content with the Jejak database at `source` (online, through SQLite's backup: a
    /// server or another admin with the file open sees the restored data at its next read), then brings it up to
    /// this version's schema. The data version moves past both, so no cached figure of either survives.
    ///
    /// `savingCurrentTo`, when given, first receives a backup of the current content (after the source is checked).
    ///
    /// - Throws: `AlumniError.notADatabase` when `source` is not a Jejak database, `newerDatabase` when a newer
    ///   Jejak wrote it; in both cases nothing is changed.
    public func restore(from source: String, savingCurrentTo saved: String? = nil) throws {
        let restored: DatabaseQueue
        if let problem = FileCheck.readProblem(URL(fileURLWithPath: source)) { throw AlumniError.notADatabase(path: source, reason: problem) }
        guard Self.isSQLite(source) else { throw AlumniError.notADatabase(path: source, reason: "it is not an SQLite file") }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            restored = try DatabaseQueue(path: source, configuration: configuration)
        } catch {
            throw AlumniError.notADatabase(path: source, reason: "it is not an SQLite file")
        }
        let migrator = Self.migrator(modules)
        try restored.read { db in
            guard (try? db.tableExists("grdb_migrations")) == true,
                  let first = try? String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                  migrator.migrations.first == first else {
                throw AlumniError.notADatabase(path: source, reason: "it holds no Jejak data")
            }
            if try migrator.hasBeenSuperseded(db) { throw AlumniError.newerDatabase(path: source) }
            guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else {
                throw AlumniError.notADatabase(path: source, reason: "it is damaged (PRAGMA quick_check fails)")
            }
        }
        if let saved { try backup(to: saved) }
        let before = Int(try dataVersion()) ?? 0
        try Self.queued(path, queue) {
            try restored.backup(to: writer)
            try migrator.migrate(writer)
            try writer.write { db in
                let after = Int(try Self.dataVersion(db)) ?? 0
                try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('data_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [String(max(before, after) + 1)])
            }
        }
    }

    static func removeWithSidecars(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
