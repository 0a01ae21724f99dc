import Foundation
import GRDB

/// One person's data across every module: exported in full, or erased down to an anonymous outcome. Both are
/// written to the audit log with who did it.
public struct PersonalRecords: Sendable {
    let database: JejakDatabase
    let keepers: [any PersonalDataKeeper.Type]

    /// `modules`: the database's schema modules; those that hold personal data take part.
    public init(database: JejakDatabase, modules: [any SchemaModule.Type]) {
        self.database = database
        keepers = modules.compactMap { $0 as? any PersonalDataKeeper.Type }
    }

    /// Everything held on the person with this NIK, as JSON: each module's rows by section, and the audit trail of
    /// who saw, changed or exported their data.
    public func export(nik: String, who: String, at now: LocalDateTime) throws -> String {
        let id = try traineeID(nik)
        var document: [String: Any] = ["exported_at": now.description, "exported_by": who]
        try database.read { db in
            for keeper in keepers {
                for (section, rows) in try keeper.personalData(of: id, in: db) { document[section] = rows.map(Self.json) }
            }
        }
        try AuditLog(database: database).record(who: who, action: "export trainee", people: [id], at: now)
        document["audit"] = try AuditLog(database: database).events(about: id).map {
            ["at": $0.at.description, "who": $0.who, "action": $0.action, "detail": $0.detail as Any? ?? NSNull()]
        }
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Forgets who the person is, in one transaction: every module removes what identifies them and keeps the
    /// anonymous outcome. Cannot be undone (short of `jejak restore`).
    public func erase(nik: String, who: String, at now: LocalDateTime) throws {
        let id = try traineeID(nik)
        try database.write { db in
            // Dependent modules first: they may need the identity (a phone, a handle) the base module removes.
            for keeper in keepers.reversed() { try keeper.erasePersonalData(of: id, in: db) }
            try db.execute(sql: "UPDATE trainee SET erased_at = ? WHERE id = ?", arguments: [now, id])
            try AuditLog.record(db, who: who, action: "erase trainee", people: [id], at: now)
        }
    }

    func traineeID(_ nik: String) throws -> Int64 {
        guard let id = try database.read({ db in try Int64.fetchOne(db, sql: "SELECT id FROM trainee WHERE nik = ?", arguments: [nik]) }) else {
            throw AlumniError.unknownTrainee(nik: NIK.mask(nik))
        }
        return id
    }

    /// A row as a JSON object: column → number, text or null (blobs as base64).
    static func json(_ row: Row) -> [String: Any] {
        var object: [String: Any] = [:]
        for (column, value) in row {
            switch value.storage {
            case .null: object[column] = NSNull()
            case .int64(let number): object[column] = number
            case .double(let number): object[column] = number
            case .string(let text): object[column] = text
            case .blob(let data): object[column] = data.base64EncodedString()
            }
        }
        return object
    }
}
