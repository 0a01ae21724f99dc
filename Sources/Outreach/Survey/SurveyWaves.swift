import Alumni
import Foundation
import GRDB

/// Which graduates a tracer-survey wave is due for.
///
/// Waves are counted in calendar months from each graduate's own graduation date (3, 6 and 12 by
/// default, as tracer studies of vocational training do); a wave stays due until it is answered.
public struct SurveyWaves: Sendable {
    public static let defaultWaves = [3, 6, 12]

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// A graduate a wave is due for, with every way to reach them.
    public struct Due: Sendable, Encodable, Equatable {
        public var enrollmentID: Int64
        public var traineeID: Int64
        /// Masked.
        public var nik: String
        public var name: String
        public var classCode: String
        public var programName: String
        public var graduatedOn: CivilDate
        public var dueOn: CivilDate
        public var phone: String?
        public var instagram: String?
        public var telegram: String?
        /// A Telegram chat id learned from an earlier matched reply, which a bot can write to.
        public var telegramChatID: String?
        public var consent: Bool?

        enum CodingKeys: String, CodingKey {
            case nik, name, instagram, telegram, consent
            case classCode = "class"
            case programName = "program"
            case graduatedOn = "graduated_on"
            case dueOn = "due_on"
        }
    }

    /// Graduates for whom `wave` is due on `asOf` and who have not answered it.
    public func due(wave: Int, asOf: CivilDate, classCode: String? = nil) throws -> [Due] {
        try database.read { db in try SurveyWaves.due(wave: wave, asOf: asOf, classCode: classCode, db) }
    }

    static func due(wave: Int, asOf: CivilDate, classCode: String?, _ db: Database) throws -> [Due] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.id AS enrollment_id, t.id AS trainee_id, t.nik, t.name, c.code AS class_code, p.name AS program_name,
                   e.graduated_on, t.phone, t.instagram, t.telegram, t.consent,
                   (SELECT a.key FROM contact_alias a WHERE a.platform = 'telegram-id' AND a.trainee_id = t.id LIMIT 1) AS telegram_id
            FROM enrollment e
            JOIN trainee t ON t.id = e.trainee_id
            JOIN training_class c ON c.id = e.class_id
            JOIN program p ON p.id = c.program_id
            WHERE e.status IN ('graduated', 'certified') AND e.graduated_on IS NOT NULL AND (? IS NULL OR c.code = ?)
              AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.enrollment_id = e.id AND o.wave = ? AND o.status IS NOT NULL)
            ORDER BY c.code, t.name
            """, arguments: [classCode, classCode, wave])
        return rows.compactMap { row in
            guard let graduated = CivilDate(parsing: row["graduated_on"]) else { return nil }
            let dueOn = graduated.adding(months: wave)
            guard dueOn <= asOf else { return nil }
            let consent: Int? = row["consent"]
            return Due(
                enrollmentID: row["enrollment_id"], traineeID: row["trainee_id"],
                nik: NIK.mask(row["nik"] as String), name: row["name"],
                classCode: row["class_code"], programName: row["program_name"], graduatedOn: graduated, dueOn: dueOn,
                phone: row["phone"], instagram: row["instagram"], telegram: row["telegram"],
                telegramChatID: (row["telegram_id"] as String?).map { String($0.drop { !$0.isNumber }) },
                consent: consent.map { $0 != 0 })
        }
    }

    /// The wave a reply belongs to when nothing was sent through Jejak: the latest one due at that time.
    static func latestDue(graduatedOn: CivilDate, at date: CivilDate, waves: [Int] = defaultWaves) -> Int? {
        waves.filter { graduatedOn.adding(months: $0) <= date }.max()
    }
}
