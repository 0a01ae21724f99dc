import GRDB

/// Creates or refreshes the person behind a registration row.
enum TraineeStore {
    /// Returns the trainee's id; a person seen before keeps their record, and contact fields
    /// given in the newer registration replace the old ones (people change numbers). Consent follows the latest
    /// statement by date: a re-imported old form never undoes a later withdrawal (`ConsentBook`).
    static func upsert(_ row: RegistrationRow, nik: NIK, registeredAt: LocalDateTime, _ db: Database) throws -> Int64 {
        let phone = row[.phone].flatMap(PhoneNumber.e164)
        let instagram = row[.instagram].flatMap(Handle.instagram)
        let telegram = row[.telegram].flatMap(Handle.telegram)
        let consent = row[.consent].flatMap(Consent.parse)
        let kecamatan = row[.kecamatan].map { DomicileRule.kotaTangerang.canonical($0) ?? $0 }
        let name = row[.name] ?? ""
        // One statement either way: a new person is inserted; a known one keeps their record and takes the
        // newer contact fields (NULL keeps the old value).
        let id = try Int64.fetchOne(db.cachedStatement(sql: """
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
        ), arguments: [
            nik.digits, name, NameKey.make(name), row[.gender].flatMap(Gender.init(parsing:)),
            row[.birthDate].flatMap(CivilDate.init(parsing:)), phone, instagram, telegram, kecamatan,
            row[.kelurahan], row[.education], consent, consent == nil ? nil : registeredAt.date,
        ])
        // RETURNING always yields the row it inserted or updated.
        return id ?? db.lastInsertedRowID
    }
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
