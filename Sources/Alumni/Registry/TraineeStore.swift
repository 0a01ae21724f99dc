import GRDB

/// Creates or refreshes the person behind a registration row, through one statement prepared for the whole import.
struct TraineeStore {
    private let upsert: RawStatement

    init(_ db: Database) throws {
        upsert = try RawStatement(db, sql: TraineeStore.upsertSQL)
    }

    /// Returns the trainee's id; a person seen before keeps their record, and contact fields
    /// given in the newer registration replace the old ones (people change numbers). Consent follows the latest
    /// statement by date: a re-imported old form never undoes a later withdrawal (`ConsentBook`).
    func upsert(_ row: RegistrationRow, nik: String, registeredAt: LocalDateTime) throws -> Int64 {
        let phone = row[.phone].flatMap(PhoneNumber.e164)
        let instagram = row[.instagram].flatMap(Handle.instagram)
        let telegram = row[.telegram].flatMap(Handle.telegram)
        let consent = row[.consent].flatMap(Consent.parse)
        let kecamatan = row[.kecamatan].map { DomicileRule.kotaTangerang.canonical($0) ?? $0 }
        let name = row[.name] ?? ""
        upsert.reset()
        upsert.bind(1, nik)
        upsert.bind(2, name)
        upsert.bind(3, NameKey.make(name))
        upsert.bind(4, row[.gender].flatMap(Gender.init(parsing:))?.rawValue)
        upsert.bind(5, row[.birthDate].flatMap(CivilDate.init(parsing:))?.description)
        upsert.bind(6, phone)
        upsert.bind(7, instagram)
        upsert.bind(8, telegram)
        upsert.bind(9, kecamatan)
        upsert.bind(10, row[.kelurahan])
        upsert.bind(11, row[.education])
        upsert.bind(12, consent)
        upsert.bind(13, consent == nil ? nil : registeredAt.date.description)
        // RETURNING always yields the row it inserted or updated.
        return try upsert.fetchInt64()
    }

    /// One statement either way: a new person is inserted; a known one keeps their record and takes the
    /// newer contact fields (NULL keeps the old value).
    private static let upsertSQL = """
        INSERT INTO trainee(nik, name, name_key, gender, birth_date, phone, instagram, telegram, kecamatan, kelurahan, education, consent, consent_on)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(nik) DO UPDATE SET
            phone = COALESCE(excluded.phone, phone), instagram = COALESCE(excluded.instagram, instagram),
            telegram = COALESCE(excluded.telegram, telegram), kecamatan = COALESCE(excluded.kecamatan, kecamatan),
            kelurahan = COALESCE(excluded.kelurahan, kelurahan), education = COALESCE(excluded.education, education),
            consent = CASE WHEN excluded.consent IS NOT NULL AND (consent_on IS NULL OR excluded.consent_on >= consent_on)
                           THEN excluded.consent ELSE consent END,
            consent_on = CASE WHEN excluded.consent IS NOT NULL AND (consent_on IS NULL OR excluded.consent_on >= consent_on)
                              THEN excluded.consent_on ELSE consent_on END
        RETURNING id
        """
}

/// The form's answer to "bersedia dihubungi untuk survei alumni?".
enum Consent {
    static func parse(_ raw: String) -> Bool? {
        switch raw.trimmed.lowercased() {
        case "ya", "y", "yes", "setuju", "bersedia", "1", "true", "iya": true
        case "tidak", "t", "no", "n", "tidak setuju", "tidak bersedia", "0", "false": false
        default: nil
        }
    }
}

import Foundation
