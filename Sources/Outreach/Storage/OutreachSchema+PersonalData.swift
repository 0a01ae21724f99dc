import Alumni
import GRDB

extension OutreachSchema: PersonalDataKeeper {
    /// The trainee's enrollments, their chat messages, and review items of either.
    static let theirEnrollments = "SELECT id FROM enrollment WHERE trainee_id = ?1"
    static let theirReviewItems = """
        SELECT r.id FROM review_item r LEFT JOIN chat_message m ON m.fingerprint = r.message_fingerprint
        WHERE r.enrollment_id IN (\(theirEnrollments)) OR m.trainee_id = ?1
        """

    public static func personalData(of trainee: Int64, in db: Database) throws -> [(section: String, rows: [Row])] {
        let arguments: StatementArguments = [trainee]
        return [
            ("survey_messages", try Row.fetchAll(db, sql: "SELECT * FROM survey_message WHERE enrollment_id IN (\(theirEnrollments)) ORDER BY id", arguments: arguments)),
            ("messages", try Row.fetchAll(db, sql: """
                SELECT m.sent_at, m.chat, m.sender, m.sender_id, m.text, m.position, s.file, s.format, s.ingested_at
                FROM chat_message m JOIN chat_source s ON s.id = m.source_id WHERE m.trainee_id = ?1 ORDER BY m.sent_at
                """, arguments: arguments)),
            ("observations", try Row.fetchAll(db, sql: "SELECT * FROM observation WHERE enrollment_id IN (\(theirEnrollments)) ORDER BY id", arguments: arguments)),
            ("review_items", try Row.fetchAll(db, sql: "SELECT * FROM review_item WHERE id IN (\(theirReviewItems)) ORDER BY id", arguments: arguments)),
            ("aliases", try Row.fetchAll(db, sql: "SELECT platform, key, learned_at FROM contact_alias WHERE trainee_id = ?1", arguments: arguments)),
        ]
    }

    /// Message texts, senders and handles go; answers (status, month, match, income) stay with their provenance
    /// (file, chat, time). The employer goes too: with a class and a month it can point at one person.
    public static func erasePersonalData(of trainee: Int64, in db: Database) throws {
        let arguments: StatementArguments = [trainee]
        try db.execute(sql: "UPDATE trainee SET contact_before_erasure = 1 WHERE id = ?1 AND EXISTS (SELECT 1 FROM contact_alias WHERE trainee_id = ?1)", arguments: arguments)
        try db.execute(sql: """
            UPDATE review_item SET reply = NULL, other_messages = NULL, suggestion = json_remove(suggestion, '$.employer')
            WHERE id IN (\(theirReviewItems))
            """, arguments: arguments)
        try db.execute(sql: "UPDATE chat_message SET text = NULL, sender = NULL, sender_id = NULL WHERE trainee_id = ?1", arguments: arguments)
        // …from what each answer said as well (`given`), or merging a late answer again would bring it back.
        try db.execute(sql: "UPDATE observation SET employer = NULL, given = json_remove(given, '$.employer') WHERE enrollment_id IN (\(theirEnrollments))",
                       arguments: arguments)
        try db.execute(sql: "UPDATE survey_message SET provider_id = NULL, error = NULL WHERE enrollment_id IN (\(theirEnrollments))", arguments: arguments)
        try db.execute(sql: "DELETE FROM contact_alias WHERE trainee_id = ?1", arguments: arguments)
    }
}
