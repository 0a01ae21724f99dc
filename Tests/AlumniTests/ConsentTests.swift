import Foundation
import Testing
@testable import Alumni

/// Consent follows the person's latest statement: a withdrawal holds against any older form imported again, and
/// a later registration that says yes gives it back.
@Suite struct ConsentTests {
    let header = "waktu_daftar,nik,nama,jenis_kelamin,kecamatan,no_hp,persetujuan_kontak\n"

    func consent(_ database: JejakDatabase) throws -> (Bool?, CivilDate?) {
        let trainee = try TraineeHistory.load(nik: nik(1), from: database).trainee
        return (trainee.consent, trainee.consentOn)
    }

    @Test func aWithdrawalHoldsUntilALaterStatement() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025), ("BAR-02", 5, 2026)])
        let importer = RegistrationImporter(database: database)
        let january = try writeFile(header + "2025-01-06 08:00,\(nik(1)),Siti,L,Cipondoh,081234567890,ya\n", named: "jan.csv", in: folder)
        _ = try importer.importFile(at: january, classCode: "BAR-01", now: fixedNow)
        #expect(try consent(database) == (true, CivilDate(parsing: "2025-01-06")))

        try ConsentBook(database: database).withdraw(nik: nik(1), on: CivilDate(parsing: "2025-03-01")!)
        #expect(try consent(database) == (false, CivilDate(parsing: "2025-03-01")))

        // The January export again, say into a class by mistake and back: the March withdrawal stands.
        let again = try writeFile(header + "2025-01-06 08:00,\(nik(1)),Siti,L,Cipondoh,081234567890,ya\n", named: "again.csv", in: folder)
        _ = try importer.importFile(at: again, classCode: "BAR-02", now: fixedNow)
        #expect(try consent(database).0 == false)

        // A new registration in June that says yes is a later statement.
        let june = try writeFile(header + "2025-06-02 08:00,\(nik(1)),Siti,L,Cipondoh,081234567890,ya\n", named: "jun.csv", in: folder)
        try Catalog(database: database).addClass(code: "BAR-03", programCode: "BAR", year: 2027, quota: 5)
        _ = try importer.importFile(at: june, classCode: "BAR-03", now: fixedNow)
        #expect(try consent(database) == (true, CivilDate(parsing: "2025-06-02")))

        try ConsentBook(database: database).give(nik: nik(1), on: CivilDate(parsing: "2025-07-01")!)
        #expect(try consent(database) == (true, CivilDate(parsing: "2025-07-01")))
    }

    @Test func anUnknownPersonIsSaidToBeUnknown() throws {
        let (database, _) = try makeDatabase()
        #expect(throws: AlumniError.unknownTrainee(nik: NIK.mask(nik(9)))) {
            try ConsentBook(database: database).withdraw(nik: nik(9), on: CivilDate(parsing: "2025-03-01")!)
        }
    }
}
