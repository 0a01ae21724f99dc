import GRDB
import GRDBSQLite

/// A prepared statement bound and stepped through the SQLite API itself, for writes made once per row of a
/// million-row file: GRDB's `StatementArguments` box every value (STACK.md measured 592k against 396k inserts per
/// second, and the registration import spent a fifth of its time building arguments).
///
/// Bound values are copied by SQLite, so the caller's strings need not outlive a call.
public struct RawStatement {
    /// Kept so GRDB does not finalise the handle; not shared with GRDB's cache, which could step it in between.
    private let statement: Statement
    private let connection: OpaquePointer?

    public init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    private var handle: OpaquePointer? { statement.sqliteStatement }

    /// Starts a new execution: GRDB leaves a statement un-reset, and binds on an un-reset statement fail silently.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    public func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    public func bind(_ index: Int32, _ value: Int?) { bind(index, value.map(Int64.init)) }

    public func bind(_ index: Int32, _ value: Bool?) { bind(index, value.map { $0 ? Int64(1) : 0 }) }

    /// Binds text (NULL for nil; an empty string stays empty text, as GRDB binds it).
    public func bind(_ index: Int32, _ value: String?) {
        guard var text = value else {
            sqlite3_bind_null(handle, index)
            return
        }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress, !bytes.isEmpty {
                _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(bytes.count), transient)
                }
            } else {
                sqlite3_bind_text(handle, index, "", 0, transient)
            }
        }
    }

    /// Runs a statement that returns no row.
    public func execute() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// Runs a statement that returns one integer (`RETURNING id`).
    public func fetchInt64() throws -> Int64 {
        let code = sqlite3_step(handle)
        guard code == SQLITE_ROW else { throw failure(code) }
        let value = sqlite3_column_int64(handle, 0)
        let done = sqlite3_step(handle)
        guard done == SQLITE_DONE else { throw failure(done) }
        return value
    }

    /// The rows the last statement on this connection changed (0 for an `INSERT OR IGNORE` that found its row).
    public var changes: Int { Int(sqlite3_changes(connection)) }

    /// The row id the last insert on this connection made.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) }, sql: statement.sql)
    }
}
