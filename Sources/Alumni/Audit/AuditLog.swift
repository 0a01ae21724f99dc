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
        try database.writeDerived { db in
            try db.execute(sql: "INSERT INTO audit_event(at, who, action, detail, people) VALUES (?, ?, ?, ?, ?)",
                           arguments: [at, who, action, detail, people.map(String.init).joined(separator: " ")])
        }
    }

    /// Events since `date` (all when nil), oldest first; only those concerning trainee `person` when given.
    public func events(since date: CivilDate? = nil, about person: Int64? = nil) throws -> [Event] {
        try database.read { db in
            let niks = Dictionary(try Row.fetchAll(db, sql: "SELECT id, nik FROM trainee").map { ($0["id"] as Int64, NIK.mask($0["nik"] as String)) },
                                  uniquingKeysWith: { first, _ in first })
            return try Row.fetchAll(db, sql: """
                SELECT at, who, action, detail, people FROM audit_event
                WHERE at >= ?1 AND (?2 IS NULL OR ' ' || people || ' ' LIKE '% ' || ?2 || ' %') ORDER BY id
                """, arguments: [(date ?? CivilDate(year: 1900, month: 1, day: 1)!).description, person]).map { row in
                Event(at: row["at"], who: row["who"], action: row["action"], detail: row["detail"],
                      people: ((row["people"] as String?) ?? "").split(separator: " ").compactMap { Int64($0).flatMap { niks[$0] ?? "(erased)" } })
            }
        }
    }
}
