import GRDB

/// Consent to follow-up contact (UU 27/2022, Pelindungan Data Pribadi): first from the registration form, then as
/// the person gives or withdraws it. The latest statement wins, so importing an old export again cannot undo a
/// withdrawal; survey commands message only people whose latest statement is consent.
public struct ConsentBook: Sendable {
    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// The person withdrew consent on `date`: from then on no survey message goes to them (the law allows 3×24
    /// hours; Jejak stops at once).
    public func withdraw(nik: String, on date: CivilDate) throws { try record(nik: nik, consent: false, on: date) }

    /// The person gave consent on `date` (again, or for the first time on a form that never asked).
    public func give(nik: String, on date: CivilDate) throws { try record(nik: nik, consent: true, on: date) }

    private func record(nik raw: String, consent: Bool, on date: CivilDate) throws {
        let nik = try Registry.checkedNIK(raw)
        try database.write { db in
            try db.execute(sql: "UPDATE trainee SET consent = ?, consent_on = ? WHERE nik = ?", arguments: [consent, date, nik.digits])
            guard db.changesCount == 1 else { throw AlumniError.unknownTrainee(nik: nik.masked) }
        }
    }
}
