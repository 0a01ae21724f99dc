import Alumni
import GRDB

/// Records that a message was seen, and says whether it is new: the one write every message costs.
///
/// Bound with the SQLite API directly (`RawStatement`) rather than through GRDB's `StatementArguments`, which
/// profiling showed as a fifth of ingest time.
struct FingerprintStore {
    private let statement: RawStatement

    init(_ db: Database) throws {
        statement = try RawStatement(db, sql: "INSERT OR IGNORE INTO chat_message(fingerprint, source_id, sent_at) VALUES (?, ?, ?)")
    }

    /// Inserts the fingerprint; false when an earlier ingest already had it.
    func insert(_ fingerprint: Int64, source: Int64, sentAt: String) throws -> Bool {
        statement.reset()
        statement.bind(1, fingerprint)
        statement.bind(2, source)
        statement.bind(3, sentAt)
        try statement.execute()
        return statement.changes > 0
    }
}
