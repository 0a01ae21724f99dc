import GRDB

/// The plain (not unique) indexes of some tables, dropped for a bulk write and built again before it commits.
///
/// A million-row registration import inserts into these indexes in random order (phone, name key, class and
/// time). Once they outgrow SQLite's page cache, nearly every insert evicts a page that is written and read back
/// later: 45 GB written for a 650 MB database, and half the import's time (BENCHMARKS.md, registration import).
/// Built again from the finished tables, the same indexes take about 1.4 s. Unique indexes stay, since the writes
/// rely on them to find conflicts. Both steps run inside the caller's transaction, so a failed write gets its
/// indexes back with everything else.
struct IndexesSetAside {
    /// The `CREATE INDEX` statements of the dropped indexes, as the schema holds them.
    private let definitions: [String]

    /// Drops the plain indexes of `tables`.
    init(on tables: [String], _ db: Database) throws {
        var definitions: [String] = []
        for table in tables {
            // origin "c": made by CREATE INDEX (not by a UNIQUE or PRIMARY KEY constraint).
            for index in try Row.fetchAll(db, sql: "SELECT name, \"unique\" FROM pragma_index_list(?) WHERE origin = 'c'", arguments: [table])
            where index["unique"] == 0 {
                let name: String = index["name"]
                guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [name])
                else { continue }
                definitions.append(sql)
                try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
            }
        }
        self.definitions = definitions
    }

    /// Builds the dropped indexes again, from the tables as they now are.
    ///
    /// SQLite sorts each index in memory up to the page cache's size, beside the cache itself; the cache is held to
    /// 16 MiB meanwhile, so the sorting reuses what the cache gives back (a million-row import: 285 -> 251 MB peak).
    func restore(_ db: Database) throws {
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -16384")
        for sql in definitions { try db.execute(sql: sql) }
        try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
    }
}
