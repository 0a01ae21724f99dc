import Foundation
import GRDB

/// The registration imports of each class, and undoing one that went into the wrong class.
///
/// An undo removes every registration the import created (seats, waitlist places, rejections with their history),
/// the trainees who were known only through it, and what other modules derived from them. It is allowed only for
/// the latest import of its class (a later one decided its seats knowing these rows) and while nobody of it has
/// moved past the seat decision (enrolled, withdrawn) or been surveyed.
public struct RegistrationImports: Sendable {
    let database: JejakDatabase
    let dependents: [any RegistrationDependent.Type]

    /// One import, as `jejak register imports` lists it.
    public struct Entry: Sendable, Encodable, Equatable {
        public var id: Int64
        public var classCode: String
        public var fileName: String
        public var importedAt: LocalDateTime
        public var accepted: Int
        public var waitlisted: Int
        public var rejected: Int
        public var unchanged: Int

        enum CodingKeys: String, CodingKey {
            case id, accepted, waitlisted, rejected, unchanged
            case classCode = "class"
            case fileName = "file"
            case importedAt = "imported_at"
        }
    }

    /// `modules`: the database's schema modules; those holding data derived from registrations take part in an undo.
    public init(database: JejakDatabase, modules: [any SchemaModule.Type]) {
        self.database = database
        dependents = modules.compactMap { $0 as? any RegistrationDependent.Type }
    }

    /// Every import, oldest first; only those of `classCode` when given.
    public func list(classCode: String? = nil) throws -> [Entry] {
        try database.read { db in
            let classID = try classCode.map { try Catalog.trainingClass($0, db).id }
            return try Self.entries(db, where: "?1 IS NULL OR i.class_id = ?1", [classID]).map(\.entry)
        }
    }

    /// Imports with the id of their class, as the listing and the undo read them.
    private static func entries(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [(entry: Entry, classID: Int64)] {
        try Row.fetchAll(db, sql: """
            SELECT i.id, c.code, i.file_name, i.imported_at, i.accepted, i.waitlisted, i.rejected, i.unchanged, i.class_id
            FROM registration_import i JOIN training_class c ON c.id = i.class_id WHERE \(condition) ORDER BY i.id
            """, arguments: arguments).map {
            (Entry(id: $0[0], classCode: $0[1], fileName: $0[2], importedAt: $0[3], accepted: $0[4], waitlisted: $0[5], rejected: $0[6], unchanged: $0[7]), $0[8])
        }
    }

    /// Removes import `id` and everything it created, in one transaction, and writes it to the audit log.
    /// - Returns: the import as it was, for the confirmation.
    public func undo(_ id: Int64, who: String, at now: LocalDateTime) throws -> Entry {
        try database.write { db in
            guard let (entry, classID) = try Self.entries(db, where: "i.id = ?", [id]).first else { throw AlumniError.unknownImport(id) }
            if let later = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM registration_import WHERE class_id = ?", arguments: [classID]), later != id {
                throw AlumniError.cannotUndoImport(id: id, reason: "import \(later) came later into \(entry.classCode) and decided its seats knowing these rows; undo \(later) first")
            }
            // The enrolments this import created (rows it found unchanged belong to an earlier import).
            let enrollments = try Int64.fetchAll(db, sql: """
                SELECT e.id FROM registration_row r JOIN enrollment e ON e.id = r.enrollment_id
                WHERE r.import_id = ? AND r.outcome != 'unchanged'
                """, arguments: [id])
            let removed = Self.jsonArray(enrollments)
            let decidedOnly = [EnrollmentStatus.accepted, .waitlisted, .rejected].map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let moved = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM enrollment WHERE id IN (SELECT value FROM json_each(?)) AND status NOT IN (\(decidedOnly))
                """, arguments: [removed]) ?? 0
            if moved > 0 {
                throw AlumniError.cannotUndoImport(id: id, reason: "\(moved) of its registrations have moved on since (enrolled, withdrawn, no-show or graduated)")
            }
            for dependent in dependents {
                if let reason = try dependent.blocksUndo(of: enrollments, in: db) { throw AlumniError.cannotUndoImport(id: id, reason: reason) }
            }
            // Trainees known only through this import go with it.
            let trainees = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT e.trainee_id FROM enrollment e WHERE e.id IN (SELECT value FROM json_each(?1))
                AND NOT EXISTS (SELECT 1 FROM enrollment o WHERE o.trainee_id = e.trainee_id AND o.id NOT IN (SELECT value FROM json_each(?1)))
                """, arguments: [removed])
            for dependent in dependents.reversed() { try dependent.forget(enrollments: enrollments, trainees: trainees, in: db) }
            let gone = Self.jsonArray(trainees)
            try db.execute(sql: "DELETE FROM registration_row WHERE import_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM enrollment_event WHERE enrollment_id IN (SELECT value FROM json_each(?))", arguments: [removed])
            try db.execute(sql: "DELETE FROM enrollment WHERE id IN (SELECT value FROM json_each(?))", arguments: [removed])
            try db.execute(sql: "DELETE FROM trainee WHERE id IN (SELECT value FROM json_each(?))", arguments: [gone])
            try db.execute(sql: "DELETE FROM registration_import WHERE id = ?", arguments: [id])
            try AuditLog.record(db, who: who, action: "undo registration import",
                                detail: "import \(id) of \(entry.fileName) into \(entry.classCode): \(enrollments.count) registrations removed", people: [], at: now)
            return entry
        }
    }

    /// Ids as a JSON array, for `json_each` (one bound value however many ids).
    public static func jsonArray(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
