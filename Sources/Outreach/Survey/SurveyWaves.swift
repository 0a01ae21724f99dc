import Alumni
import Foundation
import GRDB

/// Which graduates a tracer-survey wave is due for.
///
/// Waves are counted in calendar months from each graduate's own graduation date (3, 6 and 12 by
/// default, as tracer studies of vocational training do); a wave is due while its window is open
/// (`WaveWindows`, `jejak config set survey.waves`) and the graduate has not answered it.
public struct SurveyWaves: Sendable {
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
        /// The last day the wave takes replies.
        public var closesOn: CivilDate
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
            case closesOn = "closes_on"
        }
    }

    /// Graduates for whom `wave` is open on `asOf` and who have not answered it.
    /// - Throws: `OutreachError.unknownWave` when the settings give `wave` no window.
    public func due(wave: Int, asOf: CivilDate, classCode: String? = nil) throws -> [Due] {
        try database.read { db in try SurveyWaves.due(wave: wave, asOf: asOf, classCode: classCode, db) }
    }

    /// The windows the centre's settings give each wave.
    public func windows() throws -> WaveWindows { try Settings(database: database).values().waves }

    static func due(wave: Int, asOf: CivilDate, classCode: String?, _ db: Database) throws -> [Due] {
        let windows = try Settings.values(db).waves
        guard let window = windows.window(of: wave) else { throw OutreachError.unknownWave(wave, windows) }
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
            guard window.contains(asOf, graduatedOn: graduated) else { return nil }
            let consent: Int? = row["consent"]
            return Due(
                enrollmentID: row["enrollment_id"], traineeID: row["trainee_id"],
                nik: NIK.mask(row["nik"] as String), name: row["name"],
                classCode: row["class_code"], programName: row["program_name"], graduatedOn: graduated,
                dueOn: graduated.adding(months: wave), closesOn: graduated.adding(months: window.closes),
                phone: row["phone"], instagram: row["instagram"], telegram: row["telegram"],
                telegramChatID: (row["telegram_id"] as String?).map { String($0.drop { !$0.isNumber }) },
                consent: consent.map { $0 != 0 })
        }
    }
}
