import Alumni
import GRDB

extension ImpactSchema: PersonalDataKeeper {
    public static func personalData(of trainee: Int64, in db: Database) throws -> [(section: String, rows: [Row])] {
        [("attributions", try Row.fetchAll(db, sql: """
            SELECT a.*, k.code AS campaign_code FROM attribution a LEFT JOIN campaign k ON k.id = a.campaign_id
            WHERE a.enrollment_id IN (SELECT id FROM enrollment WHERE trainee_id = ?)
            """, arguments: [trainee]))]
    }

    /// Which campaign recruited someone identifies nobody: the attribution stays, so campaign figures do not move.
    public static func erasePersonalData(of trainee: Int64, in db: Database) throws {}
}
