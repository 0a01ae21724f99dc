import GRDB

/// How full a class is and how fast its quota filled: the class list's and the report's per-class figures, kept per
/// class so that reading them does not walk every registration of the nation's history.
///
/// Triggers (migration `alumni.v7-class-fill`) mark a class stale whenever one of its enrolments, their acceptance
/// events or its quota changes; every write through `JejakDatabase.write` recounts the classes it marked before it
/// commits (`settle`). A class still marked (a write made outside Jejak) is counted live when read, so the figures
/// are a full recount's whichever way the data changed.
struct ClassFill: Equatable, Sendable {
    /// Every row the registration exports brought in.
    var registrations: Int
    var seatsTaken: Int
    var waitlisted: Int
    /// Hours from the first registration to the one that took the last seat; nil while the quota is not filled.
    var hoursToFill: Double?

    /// Every class's figures: the kept ones, and a live count for a class marked stale.
    static func all(_ db: Database) throws -> [Int64: ClassFill] {
        var result: [Int64: ClassFill] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.id, c.quota, f.registrations, f.seats_taken, f.waitlisted, f.hours_to_fill,
                   f.class_id IS NULL OR EXISTS (SELECT 1 FROM class_fill_stale s WHERE s.class_id = c.id) AS stale
            FROM training_class c LEFT JOIN class_fill f ON f.class_id = c.id
            """) {
            let id: Int64 = row["id"]
            result[id] = row["stale"]
                ? try count(classID: id, quota: row["quota"], db)
                : ClassFill(registrations: row["registrations"], seatsTaken: row["seats_taken"], waitlisted: row["waitlisted"],
                            hoursToFill: row["hours_to_fill"])
        }
        return result
    }

    /// Recounts the classes marked stale and keeps their figures. Called by every write before it commits.
    static func settle(_ db: Database) throws {
        let stale = try Row.fetchAll(db, sql: """
            SELECT s.class_id, c.quota FROM class_fill_stale s JOIN training_class c ON c.id = s.class_id
            """)
        guard !stale.isEmpty else { return }
        for row in stale {
            let id: Int64 = row["class_id"]
            let fill = try count(classID: id, quota: row["quota"], db)
            try db.execute(sql: """
                INSERT INTO class_fill(class_id, registrations, seats_taken, waitlisted, hours_to_fill) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(class_id) DO UPDATE SET registrations = excluded.registrations, seats_taken = excluded.seats_taken,
                    waitlisted = excluded.waitlisted, hours_to_fill = excluded.hours_to_fill
                """, arguments: [id, fill.registrations, fill.seatsTaken, fill.waitlisted, fill.hoursToFill])
        }
        try db.execute(sql: "DELETE FROM class_fill_stale")
    }

    /// One class's figures from its enrolments.
    static func count(classID: Int64, quota: Int, _ db: Database) throws -> ClassFill {
        let counts = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS registrations,
                   COUNT(*) FILTER (WHERE status IN \(Catalog.seatStatusList)) AS seats_taken,
                   COUNT(*) FILTER (WHERE status = 'waitlisted') AS waitlisted
            FROM enrollment WHERE class_id = ?
            """, arguments: [classID])!
        return ClassFill(registrations: counts["registrations"], seatsTaken: counts["seats_taken"], waitlisted: counts["waitlisted"],
                         hoursToFill: try hoursToFill(classID: classID, quota: quota, db))
    }

    /// Hours from the class's first registration to the registration that took its last seat, if it filled (by
    /// registration time: the speed the centre's announcements are judged by). Only the registration that took the
    /// last seat is read: no other time is parsed.
    static func hoursToFill(classID: Int64, quota: Int, _ db: Database) throws -> Double? {
        guard quota > 0,
              let last = try String.fetchOne(db, sql: """
                SELECT e.registered_at FROM enrollment e
                WHERE e.class_id = ? AND EXISTS (SELECT 1 FROM enrollment_event v WHERE v.enrollment_id = e.id AND v.status = 'accepted'
                                                 AND v.happened_on = e.registered_at)
                ORDER BY e.registered_at LIMIT 1 OFFSET ?
                """, arguments: [classID, quota - 1]).flatMap({ LocalDateTime(parsing: $0) }),
              let first = try String.fetchOne(db, sql: "SELECT MIN(registered_at) FROM enrollment WHERE class_id = ?", arguments: [classID])
                .flatMap({ LocalDateTime(parsing: $0) })
        else { return nil }
        return Double(first.seconds(until: last)) / 3600
    }
}
