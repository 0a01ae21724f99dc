import Foundation
import Testing
@testable import Alumni

@Suite struct RegistryTests {
    /// A class of 2 seats with 4 valid registrants: 1 and 2 hold seats, 3 and 4 wait.
    func makeFullClass() throws -> (JejakDatabase, URL) {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025), ("BAR-02", 5, 2025)])
        let csv = registrationHeader
            + row("2025-01-05 08:00", nik(1), "Satu")
            + row("2025-01-05 08:01", nik(2), "Dua")
            + row("2025-01-05 08:02", nik(3), "Tiga")
            + row("2025-01-05 08:03", nik(4), "Empat")
        _ = try RegistrationImporter(database: database)
            .importFile(at: writeFile(csv, named: "r.csv", in: folder), classCode: "BAR-01", now: fixedNow)
        return (database, folder)
    }

    @Test func withdrawalPromotesTheFirstOnTheWaitlist() throws {
        let (database, _) = try makeFullClass()
        let promoted = try Registry(database: database).withdraw(nik: nik(1), classCode: "BAR-01", on: fixedNow, now: fixedNow, reason: "sudah bekerja")
        #expect(promoted == .init(nik: "************0003", name: "Tiga", line: 4))
        let summary = try Catalog(database: database).summary(of: "BAR-01")
        #expect(summary.seatHolders.map(\.name) == ["Dua", "Tiga"])
        #expect(summary.waitlist.map(\.name) == ["Empat"])
        let history = try TraineeHistory.load(nik: nik(1), from: database)
        #expect(history.classes[0].events.map(\.status) == [.registered, .accepted, .withdrawn])
        #expect(history.classes[0].events.last?.reason == "sudah bekerja")
    }

    @Test func promotionSkipsSomeoneHoldingASeatElsewhereThisYear() throws {
        let (database, folder) = try makeFullClass()
        // Tiga (first on the waitlist) takes a seat in BAR-02 meanwhile.
        let other = registrationHeader + row("2025-01-06 08:00", nik(3), "Tiga")
        _ = try RegistrationImporter(database: database).importFile(at: writeFile(other, named: "o.csv", in: folder), classCode: "BAR-02", now: fixedNow)
        let promoted = try Registry(database: database).withdraw(nik: nik(2), classCode: "BAR-01", on: fixedNow, now: fixedNow)
        #expect(promoted?.name == "Empat")
        #expect(try Catalog(database: database).summary(of: "BAR-01").waitlist.map(\.name) == ["Tiga"])
    }

    @Test func withdrawingFromTheWaitlistFreesNoSeat() throws {
        let (database, _) = try makeFullClass()
        #expect(try Registry(database: database).withdraw(nik: nik(4), classCode: "BAR-01", on: fixedNow, now: fixedNow) == nil)
        #expect(try Catalog(database: database).summary(of: "BAR-01").waitlist.map(\.name) == ["Tiga"])
    }

    @Test func attendanceGraduationAndCertificate() throws {
        let (database, folder) = try makeFullClass()
        let registry = Registry(database: database)
        let list = try writeFile("nik\n\(nik(1))\n", named: "hadir.csv", in: folder)
        #expect(try registry.enroll(classCode: "BAR-01", niks: NIKSelection.read(list), on: fixedNow, now: fixedNow, markOthersNoShow: true) == 1)
        #expect(try registry.graduate(classCode: "BAR-01", niks: .all, on: fixedNow, now: fixedNow) == 1)
        try registry.certify(nik: nik(1), classCode: "BAR-01", certificate: "BNSP-0001", on: fixedNow, now: fixedNow)
        let summary = try Catalog(database: database).summary(of: "BAR-01")
        #expect(summary.counts == ["certified": 1, "no_show": 1, "waitlisted": 2])
        let history = try TraineeHistory.load(nik: nik(1), from: database)
        #expect(history.classes[0].certificate == "BNSP-0001")
        #expect(history.classes[0].events.map(\.status) == [.registered, .accepted, .enrolled, .graduated, .certified])
    }

    @Test func aListWithAnyProblemChangesNothing() throws {
        let (database, folder) = try makeFullClass()
        // Line 2 fine, line 3 not registered, line 4 waitlisted (not accepted), line 5 not a NIK.
        let list = try writeFile("\(nik(1))\n\(nik(9))\n\(nik(3))\n12345\n", named: "hadir.txt", in: folder)
        #expect {
            try Registry(database: database).enroll(classCode: "BAR-01", niks: NIKSelection.read(list), on: fixedNow, now: fixedNow)
        } throws: { error in
            guard case AlumniError.listProblems(_, let problems) = error else { return false }
            return problems == [
                "line 2: NIK ************0009 is not registered in class BAR-01",
                "line 3: NIK ************0003 is waitlisted, not accepted",
                "line 4: NIK must have 16 digits, found 5",
            ]
        }
        #expect(try Catalog(database: database).summary(of: "BAR-01").counts["enrolled"] == nil)
    }

    @Test func graduationNeedsAttendance() throws {
        let (database, folder) = try makeFullClass()
        let list = try writeFile("\(nik(1))\n", named: "lulus.txt", in: folder)
        #expect(throws: AlumniError.self) {
            try Registry(database: database).graduate(classCode: "BAR-01", niks: NIKSelection.read(list), on: fixedNow, now: fixedNow)
        }
        #expect(throws: AlumniError.cannotChange(nik: "************0001", classCode: "BAR-01", from: .accepted, to: .dropped)) {
            try Registry(database: database).drop(nik: nik(1), classCode: "BAR-01", on: fixedNow, now: fixedNow)
        }
    }

    @Test func historyJSONMasksNIKAndPhone() throws {
        let (database, _) = try makeFullClass()
        let json = String(decoding: try JSONEncoder().encode(TraineeHistory.load(nik: nik(1), from: database)), as: UTF8.self)
        #expect(json.contains("************0001"))
        #expect(!json.contains(nik(1)))
        #expect(!json.contains("81234567890"))
    }
}
