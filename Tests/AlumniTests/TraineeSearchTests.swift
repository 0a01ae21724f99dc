import Foundation
import Testing
@testable import Alumni

/// Staff see NIKs masked to their last four digits; those digits (with the class) or a name find the person.
@Suite struct TraineeSearchTests {
    func centre() throws -> JejakDatabase {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 5, 2025), ("BAR-02", 5, 2026)])
        let importer = RegistrationImporter(database: database)
        _ = try importer.importFile(at: writeFile(registrationHeader + row("2025-01-06 08:00", nik(226), "Siti Rahayu")
            + row("2025-01-06 08:10", nik(1226), "Budi Santoso"), named: "a.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        _ = try importer.importFile(at: writeFile(registrationHeader + row("2026-01-06 08:00", nik(2226, day: 13), "Sití Aminah"),
                                                  named: "b.csv", in: folder), classCode: "BAR-02", now: fixedNow)
        return database
    }

    @Test func lastFourDigitsWithinAClassFindOnePerson() throws {
        let search = TraineeSearch(database: try centre())
        #expect(try search.find("0226").map(\.name) == ["Siti Rahayu"])
        #expect(try search.find("226").isEmpty, "fewer than four digits is a name search, and no name holds digits")
        #expect(try Set(search.find("1226").map(\.name)) == ["Budi Santoso"])
        #expect(try search.nik("0226", classCode: "BAR-01") == nik(226))
        #expect(try search.find("2226").map(\.nik) == [NIK.mask(nik(2226, day: 13))])
    }

    /// "%", "_" or "." hold no letter of a name: they find nobody, never everybody.
    @Test func signsWithoutLettersFindNobody() throws {
        let search = TraineeSearch(database: try centre())
        for text in ["%", "_", " . ", ""] { #expect(try search.find(text).isEmpty, "\(text)") }
        #expect(try search.find("s%ti").isEmpty)
    }

    @Test func namesIgnoreCaseAndAccents() throws {
        let search = TraineeSearch(database: try centre())
        #expect(try Set(search.find("siti").map(\.name)) == ["Sití Aminah", "Siti Rahayu"])
        #expect(try search.find("SITI", classCode: "BAR-02").map(\.classes) == [["BAR-02"]])
        #expect(throws: AlumniError.self) { try search.nik("siti", classCode: nil) }
        let message = (try? search.nik("siti", classCode: nil)).map { _ in "" } ?? AlumniError.ambiguousPerson("siti", found: ["a", "b"]).localizedDescription
        #expect(message.contains("matches 2 people"))
        #expect(throws: AlumniError.unknownClass("BAR-09")) { try search.find("siti", classCode: "BAR-09") }
    }

    @Test func nothingPrintedHoldsAWholeNIK() throws {
        let found = try TraineeSearch(database: try centre()).find("siti")
        let json = String(decoding: try JSONEncoder().encode(found), as: UTF8.self)
        #expect(!json.contains(nik(226)) && json.contains("0226"))
    }
}
