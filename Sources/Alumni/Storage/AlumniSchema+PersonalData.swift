import GRDB

extension AlumniSchema: PersonalDataKeeper {
    public static func personalData(of trainee: Int64, in db: Database) throws -> [(section: String, rows: [Row])] {
        [
            ("trainee", try Row.fetchAll(db, sql: "SELECT * FROM trainee WHERE id = ?", arguments: [trainee])),
            ("enrollments", try Row.fetchAll(db, sql: """
                SELECT e.*, c.code AS class_code FROM enrollment e JOIN training_class c ON c.id = e.class_id
                WHERE e.trainee_id = ? ORDER BY e.id
                """, arguments: [trainee])),
            ("enrollment_events", try Row.fetchAll(db, sql: """
                SELECT v.* FROM enrollment_event v JOIN enrollment e ON e.id = v.enrollment_id WHERE e.trainee_id = ? ORDER BY v.id
                """, arguments: [trainee])),
            ("registration_rows", try Row.fetchAll(db, sql: """
                SELECT r.enrollment_id, r.line, r.outcome, r.reason, i.file_name, i.imported_at
                FROM registration_row r JOIN registration_import i ON i.id = r.import_id JOIN enrollment e ON e.id = r.enrollment_id
                WHERE e.trainee_id = ? ORDER BY r.id
                """, arguments: [trainee])),
        ]
    }

    /// Keeps gender, birth date and kecamatan (the published breakdowns) and whether the person could be contacted
    /// (the response rates' denominator); the NIK becomes "dihapus-ID", which every listing masks as "(dihapus)".
    public static func erasePersonalData(of trainee: Int64, in db: Database) throws {
        try db.execute(sql: """
            UPDATE trainee SET
                contact_before_erasure = COALESCE(contact_before_erasure, phone IS NOT NULL OR instagram IS NOT NULL OR telegram IS NOT NULL),
                nik = 'dihapus-' || id, name = '(dihapus)', name_key = '', phone = NULL, instagram = NULL, telegram = NULL,
                kelurahan = NULL
            WHERE id = ?
            """, arguments: [trainee])
        try db.execute(sql: "UPDATE enrollment SET extra = NULL, warnings = NULL WHERE trainee_id = ?", arguments: [trainee])
    }
}
