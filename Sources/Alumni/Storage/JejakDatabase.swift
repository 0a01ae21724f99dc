import Foundation
import GRDB

/// The one SQLite database Jejak keeps, and the only way modules reach it.
///
/// Modules talk to storage through their own types (`Registry`, …) built on this, so a
/// PostgreSQL deployment for a province can replace the inside without touching callers.
public final class JejakDatabase: Sendable {
    /// Where the database lives when neither `--db` nor `JEJAK_DB` says otherwise.
    public static let defaultPath = "./jejak.sqlite"

    let writer: any DatabaseWriter
    /// The file (":memory:" for an in-memory database), so another connection can open the same one.
    public let path: String
    /// Notices writes by other processes without a query (nil in memory: nothing else can write).
    private let watch: VersionWatch?
    /// The modules whose tables this database holds: a restored copy is brought up to date with their migrations.
    let modules: [any SchemaModule.Type]
    /// How a write waits while another process writes (and how long).
    let queue: WriterQueue

    /// Opens the database at `path` in WAL mode (creating it unless `create` is false) and brings its schema up to date.
    ///
    /// - Parameter queue: how writes wait while another command writes to the same file (see `WriterQueue`).
    /// - Throws: `AlumniError.newerDatabase` when the file was written by a newer Jejak: it is left untouched;
    ///   `noDatabase` when it does not exist and `create` is false; `notADatabase` for a folder or another kind of file.
    public convenience init(path: String, modules: [any SchemaModule.Type], create: Bool = true, queue: WriterQueue = WriterQueue()) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw AlumniError.notADatabase(path: path, reason: "it is a folder; give the database file, e.g. \(path)/jejak.sqlite") }
            if !JejakDatabase.isSQLite(path) { throw AlumniError.notADatabase(path: path, reason: "it is not an SQLite file") }
        } else if !create {
            throw AlumniError.noDatabase(path: path)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: JejakDatabase.configuration(path: path, queue: queue))
        } catch {
            throw AlumniError.cannotOpen(path: path, reason: "\(error)")
        }
        try self.init(writer: pool, modules: modules, name: path, queue: queue)
    }

    /// An in-memory database, for tests and throwaway runs.
    public static func inMemory(modules: [any SchemaModule.Type]) throws -> JejakDatabase {
        let queue = WriterQueue()
        return try JejakDatabase(writer: DatabaseQueue(configuration: configuration(path: ":memory:", queue: queue)), modules: modules,
                                 name: ":memory:", queue: queue)
    }

    private init(writer: any DatabaseWriter, modules: [any SchemaModule.Type], name: String, queue: WriterQueue) throws {
        self.writer = writer
        self.path = name
        self.modules = modules
        self.queue = queue
        watch = name == ":memory:" ? nil : VersionWatch(path: name)
        let migrator = Self.migrator(modules)
        let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded {
            throw AlumniError.newerDatabase(path: name)
        }
        try Self.queued(name, queue) { try migrator.migrate(writer) }
    }

    /// True for an SQLite file or an empty one (SQLite makes an empty file a database).
    static func isSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 16)
        return head.isEmpty || head == Data("SQLite format 3\u{0}".utf8)
    }

    static func migrator(_ modules: [any SchemaModule.Type]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for module in modules { module.registerMigrations(in: &migrator) }
        return migrator
    }

    private static func configuration(path: String, queue: WriterQueue) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.journalMode = .wal
        // Not SQLite's fixed timeout: a writer waits its turn behind a long import and says what it waits for.
        config.busyMode = .callback(queue.busyCallback(path: path))
        config.label = "jejak"
        config.prepareDatabase { db in
            // A larger page cache (64 MiB) keeps the unique indexes of a big import in memory; SQLite's 2 MiB
            // default turns every random-key insert of a million-row import into a disk read.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return config
    }

    /// Runs `body` in one write transaction: it all lands, or nothing does.
    ///
    /// Every write also advances the data version, so anything derived and cached (rates) knows it is stale, and
    /// recounts the per-class figures of the classes it changed (`ClassFill`).
    /// While another command writes, this waits its turn (`WriterQueue`).
    ///
    /// - Parameter note: what a long write does, in the user's words ("the import of pendaftar.csv into
    ///   BAR-2025-01"): left beside the database while it runs, so a command that has to wait says what for.
    /// - Throws: `AlumniError.databaseBusy` when another command kept writing past the queue's limit (nothing was
    ///   written), or what `body` throws.
    public func write<T>(note: String? = nil, _ body: (Database) throws -> T) throws -> T {
        try Self.queued(path, queue) {
            try writer.write { db in
                // The lock is held from here on: the note names this process, and goes before the commit frees it.
                let left = note.flatMap { path == ":memory:" ? nil : WriteNote(what: $0) }
                left?.leave(beside: path)
                defer { left?.remove(beside: path) }
                let result = try body(db)
                try ClassFill.settle(db)
                try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('data_version', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
                return result
            }
        }
    }

    /// Writes derived data (a cache) without advancing the data version.
    public func writeDerived<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.queued(path, queue) { try writer.write(body) }
    }

    /// Writes derived data only if nobody else is writing now, else skips it and returns nil: a reader keeping a
    /// cache (`jejak rates`) must not wait behind an import for the sake of the cache.
    public func writeDerivedIfFree<T>(_ body: (Database) throws -> T) throws -> T? {
        do {
            return try writer.writeWithoutTransaction { db in
                try WriterQueue.$waits.withValue(false) {
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try body(db)
                        return .commit
                    }
                    return result
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return nil
        }
    }

    /// Runs a write that waited in `queue`, turning SQLite's "database is locked" (the wait ran out) into an error
    /// that names the writer it waited for and says what to do.
    static func queued<T>(_ path: String, _ queue: WriterQueue, _ write: () throws -> T) throws -> T {
        do {
            return try write()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            let holder = path == ":memory:" ? nil : WriteNote.current(beside: path)
            throw AlumniError.databaseBusy(path: path, holder: holder?.description, waited: queue.limit)
        }
    }

    /// A number that changes with every write through `write`: cached results remember the version they were computed at.
    public func dataVersion() throws -> String {
        try writer.read(JejakDatabase.dataVersion)
    }

    /// The data version, cheap enough for every request of a server: read again only when the database's files
    /// changed since the last call (or a second has passed).
    public func latestDataVersion() throws -> String {
        guard let watch else { return try dataVersion() }
        return try watch.version(dataVersion)
    }

    /// The data version as seen by `db`'s transaction: read it in the same transaction as the data it versions.
    public static func dataVersion(_ db: Database) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'data_version'") ?? "0"
    }

    /// Runs `body` on a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }

    /// The migrations applied so far, for `jejak init` to report.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
    }
}
