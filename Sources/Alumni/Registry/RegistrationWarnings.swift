import Foundation

/// Disagreements kept on the record rather than rejected: the NIK's birth date or gender
/// against the declared ones, and fields that could not be read.
enum RegistrationWarnings {
    /// A registration before the class's registration opened, or once the class had started: the export may
    /// belong to another class or batch. Kept, because late and early sign-ups happen, but said.
    static func window(_ registeredAt: LocalDateTime, of trainingClass: TrainingClass) -> [String] {
        if let opens = trainingClass.opensOn, registeredAt.date < opens {
            return ["waktu_daftar \(registeredAt) is before registration for \(trainingClass.code) opened (\(opens)); is this the right class's export?"]
        }
        if let starts = trainingClass.startsOn, registeredAt.date >= starts {
            return ["waktu_daftar \(registeredAt) is on or after \(trainingClass.code) started (\(starts)); is this the right class's export?"]
        }
        return []
    }

    static func check(_ row: RegistrationRow, nik: NIK) -> [String] {
        var warnings: [String] = []
        if let raw = row[.birthDate] {
            if let date = CivilDate(parsing: raw) {
                if !nik.agrees(withBirthDate: date) { warnings.append("tanggal_lahir does not match the birth date in the NIK") }
            } else {
                warnings.append("tanggal_lahir \"\(raw)\" is not a date (use dd/mm/yyyy); left empty")
            }
        }
        if let raw = row[.gender] {
            if let gender = Gender(parsing: raw) {
                if gender != nik.gender { warnings.append("jenis_kelamin does not match the gender encoded in the NIK") }
            } else {
                warnings.append("jenis_kelamin \"\(raw)\" is not L or P; left empty")
            }
        }
        if let raw = row[.phone], PhoneNumber.e164(raw) == nil {
            warnings.append("no_hp is not an Indonesian mobile number; left empty, so WhatsApp follow-up cannot reach this person")
        }
        if let raw = row[.instagram], Handle.instagram(raw) == nil {
            warnings.append("instagram \"\(raw)\" is not a username; left empty")
        }
        if let raw = row[.consent], Consent.parse(raw) == nil {
            warnings.append("persetujuan_kontak \"\(raw)\" is not ya/tidak; consent left unknown")
        }
        return warnings
    }

    /// Unknown columns as one JSON object, keys in file order.
    static func json(_ extra: [(header: String, value: String)]) -> String {
        var object: [String: String] = [:]
        for (header, value) in extra { object[header] = value }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
