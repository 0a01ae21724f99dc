import GRDB

/// Creates or refreshes the person behind a registration row.
enum TraineeStore {
    /// Returns the trainee's id; a person seen before keeps their record, and contact fields
    /// given in the newer registration replace the old ones (people change numbers).
    static func upsert(_ row: RegistrationRow, nik: NIK, registeredAt: LocalDateTime, _ db: Database) throws -> Int64 {
        let phone = row[.phone].flatMap(PhoneNumber.e164)
        let instagram = row[.instagram].flatMap(Handle.instagram)
        let telegram = row[.telegram].flatMap(Handle.telegram)
        let consent = row[.consent].flatMap(Consent.parse)
        let kecamatan = row[.kecamatan].map { DomicileRule.kotaTangerang.canonical($0) ?? $0 }
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM trainee WHERE nik = ?"), arguments: [nik.digits]) {
            try db.cachedStatement(sql: """
                UPDATE trainee SET
                    phone = COALESCE(?, phone), instagram = COALESCE(?, instagram), telegram = COALESCE(?, telegram),
                    kecamatan = COALESCE(?, kecamatan), kelurahan = COALESCE(?, kelurahan), education = COALESCE(?, education),
                    consent = COALESCE(?, consent), consent_on = CASE WHEN ? IS NULL THEN consent_on ELSE ? END
                WHERE id = ?
                """
            ).execute(arguments: [
                phone, instagram, telegram, kecamatan, row[.kelurahan], row[.education],
                consent, consent, registeredAt.date, id,
            ])
            return id
        }
        let name = row[.name] ?? ""
        try db.cachedStatement(sql: """
            INSERT INTO trainee(nik, name, name_key, gender, birth_date, phone, instagram, telegram, kecamatan, kelurahan, education, consent, consent_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [
            nik.digits, name, NameKey.make(name), row[.gender].flatMap(Gender.init(parsing:)),
            row[.birthDate].flatMap(CivilDate.init(parsing:)), phone, instagram, telegram, kecamatan,
            row[.kelurahan], row[.education], consent, consent == nil ? nil : registeredAt.date,
        ])
        return db.lastInsertedRowID
    }
}

/// The form's answer to "bersedia dihubungi untuk survei alumni?".
enum Consent {
    static func parse(_ raw: String) -> Bool? {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ya", "y", "yes", "setuju", "bersedia", "1", "true", "iya": true
        case "tidak", "t", "no", "n", "tidak setuju", "tidak bersedia", "0", "false": false
        default: nil
        }
    }
}

import Foundation
