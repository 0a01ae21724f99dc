import Alumni
import GRDB

/// Undoing a registration import: a registration that was surveyed or answered is real and stays; the chat messages
/// matched to a trainee who goes are kept, unmatched, for the next ingest to match again.
extension OutreachSchema: RegistrationDependent {
    public static func blocksUndo(of enrollments: [Int64], in db: Database) throws -> String? {
        let ids = RegistrationImports.jsonArray(enrollments)
        let surveyed = try Int.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT enrollment_id) FROM (
                SELECT enrollment_id FROM survey_message UNION ALL SELECT enrollment_id FROM observation
                UNION ALL SELECT enrollment_id FROM review_item)
            WHERE enrollment_id IN (SELECT value FROM json_each(?))
            """, arguments: [ids]) ?? 0
        return surveyed > 0 ? "\(surveyed) of its registrations have survey messages or answers" : nil
    }

    public static func forget(enrollments: [Int64], trainees: [Int64], in db: Database) throws {
        let ids = RegistrationImports.jsonArray(trainees)
        try db.execute(sql: "UPDATE chat_message SET trainee_id = NULL WHERE trainee_id IN (SELECT value FROM json_each(?))", arguments: [ids])
        try db.execute(sql: "DELETE FROM contact_alias WHERE trainee_id IN (SELECT value FROM json_each(?))", arguments: [ids])
    }
}
