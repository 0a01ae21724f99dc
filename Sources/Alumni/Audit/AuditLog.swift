import Foundation
import GRDB

/// Who saw or changed whose personal data, and when (UU 27/2022): every view or export of person-level data by the
/// server, and every export or erasure of a person, is written here; `jejak audit` reads it.
public struct AuditLog: Sendable {
    /// One access to person-level data.
    public struct Event: Sendable, Equatable, Encodable {
        public var at: LocalDateTime
        /// The user (server) or the operating-system user (command line).
        public var who: String
        /// What was done: "view review queue", "export trainee", …
        public var action: String
        /// Where: a path, a command, a parameter.
        public var detail: String?
        /// The people concerned, NIKs masked to their last four digits.
        public var people: [String]
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// Records an access; `people` are trainee ids.
    public func record(who: String, action: String, detail: String? = nil, people: [Int64], at: LocalDateTime) throws {
        try database.writeDerived { db in try Self.record(db, who: who, action: action, detail: detail, people: people, at: at) }
    }

    /// Records an access inside a caller's write transaction, so the event lands with the change it describes.
    public static func record(_ db: Database, who: String, action: String, detail: String? = nil, people: [Int64], at: LocalDateTime) throws {
        try db.execute(sql: "INSERT INTO audit_event(at, who, action, detail, people) VALUES (?, ?, ?, ?, ?)",
                       arguments: [at, who, action, detail, people.map(String.init).joined(separator: " ")])
    }

    /// Events since `date` (all when nil), oldest first; only those concerning trainee `person` when given.
    public func events(since date: CivilDate? = nil, about person: Int64? = nil) throws -> [Event] {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT at, who, action, detail, people FROM audit_event
                WHERE at >= ?1 AND (?2 IS NULL OR ' ' || people || ' ' LIKE '% ' || ?2 || ' %') ORDER BY id
                """, arguments: [(date ?? CivilDate(year: 1900, month: 1, day: 1)!).description, person])
            let ids = rows.map { ((($0["people"] as String?) ?? "").split(separator: " ").compactMap { Int64($0) }) }
            // Only the people the events name: the log is read without scanning every trainee.
            var niks: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, nik FROM trainee WHERE id IN (SELECT value FROM json_each(?))",
                                        arguments: ["[" + Set(ids.joined()).map(String.init).joined(separator: ",") + "]"]) {
                niks[row["id"]] = NIK.mask(row["nik"] as String)
            }
            return zip(rows, ids).map { row, people in
                Event(at: row["at"], who: row["who"], action: row["action"], detail: row["detail"], people: people.map { niks[$0] ?? "(erased)" })
            }
        }
    }
}
