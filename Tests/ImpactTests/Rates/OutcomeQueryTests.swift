import Alumni
import Foundation
import GRDB
import TestSupport
import Testing
@testable import Impact

/// Who the rates count: people, and what the survey could do to reach them.
@Suite struct OutcomeQueryTests {
    let at = LocalDateTime(parsing: "2025-02-01 09:00")!

    @Test func someoneWhoGraduatedTwiceCountsOnceWithTheLatestGraduation() throws {
        let database = try makeImpactDatabase()
        try Settings(database: database).set(.oneSeatPerYear, to: "false")
        try register(database, classCode: "BAR-01", rows: [("2025-01-06 08:00", 1, "", ""), ("2025-01-06 08:01", 2, "", "")])
        try register(database, classCode: "OTO-01", rows: [("2025-01-06 08:02", 1, "", "")], program: ("OTO", "Otomotif"))
        let registry = Registry(database: database)
        try registry.enroll(classCode: "BAR-01", niks: .all, on: at, now: at)
        try registry.enroll(classCode: "OTO-01", niks: .all, on: at, now: at)
        try registry.graduate(classCode: "BAR-01", niks: .all, on: LocalDateTime(parsing: "2025-01-31 12:00")!, now: at)
        try registry.graduate(classCode: "OTO-01", niks: .all, on: LocalDateTime(parsing: "2025-03-14 12:00")!, now: at)
        let outcomes = try OutcomeQuery(database: database).outcomes(wave: 6, asOf: day("2025-10-01"))
        #expect(outcomes.count == 2)
        #expect(outcomes.map(\.programName).sorted() == ["Barista", "Otomotif"])
        // Before the Otomotif graduation's wave is due, the Barista one is the latest that is.
        #expect(try OutcomeQuery(database: database).outcomes(wave: 6, asOf: day("2025-08-15")).map(\.programName).sorted() == ["Barista", "Barista"])
    }

    @Test func contactStates() throws {
        let database = try makeImpactDatabase()
        // Consent given with a phone; not asked (no consent column); declined; no contact at all.
        var csv = "waktu_daftar,nik,nama,jenis_kelamin,kecamatan,no_hp,persetujuan_kontak\n"
        csv += "2025-01-06 08:00,\(testNIK(1)),A,L,Cipondoh,081200000001,ya\n"
        csv += "2025-01-06 08:01,\(testNIK(2)),B,L,Cipondoh,081200000002,\n"
        csv += "2025-01-06 08:02,\(testNIK(3)),C,L,Cipondoh,081200000003,tidak\n"
        csv += "2025-01-06 08:03,\(testNIK(4)),D,L,Cipondoh,,ya\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reg-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: file)
        try Catalog(database: database).addProgram(code: "BAR", name: "Barista")
        try Catalog(database: database).addClass(code: "BAR-01", programCode: "BAR", year: 2025, quota: 10)
        _ = try RegistrationImporter(database: database).importFile(at: file, classCode: "BAR-01", now: at)
        let registry = Registry(database: database)
        try registry.enroll(classCode: "BAR-01", niks: .all, on: at, now: at)
        try registry.graduate(classCode: "BAR-01", niks: .all, on: LocalDateTime(parsing: "2025-03-14 12:00")!, now: at)
        let contact = try OutcomeQuery(database: database).outcomes(wave: 6, asOf: day("2025-10-01")).map(\.contact)
        #expect(contact == [.reachable, .consentNotAsked, .declined, .unreachable])
        let counts = IndicatorCounts(try OutcomeQuery(database: database).outcomes(wave: 6, asOf: day("2025-10-01")))
        #expect((counts.unreachable, counts.consentNotAsked, counts.declined) == (1, 1, 1))
    }
}
