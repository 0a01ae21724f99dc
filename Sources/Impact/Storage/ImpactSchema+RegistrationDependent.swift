import Alumni
import GRDB

/// Undoing a registration import: the attribution of its registrations to campaigns is derived, and goes with them.
extension ImpactSchema: RegistrationDependent {
    public static func blocksUndo(of enrollments: [Int64], in db: Database) throws -> String? { nil }

    public static func forget(enrollments: [Int64], trainees: [Int64], in db: Database) throws {
        try db.execute(sql: "DELETE FROM attribution WHERE enrollment_id IN (SELECT value FROM json_each(?))",
                       arguments: [RegistrationImports.jsonArray(enrollments)])
    }
}
