import Alumni
import Foundation
import GRDB
import TestSupport
import Testing
@testable import Impact

/// UU 27/2022: a person's data exported in full, and erased down to an anonymous outcome that leaves every
/// published figure where it was.
@Suite struct PersonalRecordsTests {
    let now = LocalDateTime(parsing: "2025-10-01 09:00")!

    func figures(_ database: JejakDatabase) throws -> [String] {
        try [[.program], [.gender], [.kecamatan], [.campaign], [.program, .gender]].map { by in
            try RatesQuery(database: database).render(by: by, wave: 6, period: .all, asOf: smallCentreAsOf, threshold: nil, format: .json, now: now)
        }
    }

    @Test func anExportHoldsEverythingKeptOnThePersonAndIsAudited() throws {
        let database = try makeSmallCentre()
        _ = try PersonalRecords(database: database, modules: JejakSchema.modules).export(nik: testNIK(3), who: "admin-2", at: now)
        let json = try PersonalRecords(database: database, modules: JejakSchema.modules).export(nik: testNIK(2), who: "admin-1", at: now)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let trainee = try #require((document["trainee"] as? [[String: Any]])?.first)
        #expect(trainee["nik"] as? String == testNIK(2))
        #expect((document["messages"] as? [[String: Any]])?.first?["text"] as? String == "Alhamdulillah sudah kerja di PT Maju Jaya")
        #expect((document["observations"] as? [[String: Any]])?.first?["status"] as? String == "employee")
        #expect(document["attributions"] is [[String: Any]], "every module has its section, empty or not")
        #expect((document["registration_rows"] as? [[String: Any]])?.isEmpty == false)
        let audit = try #require(document["audit"] as? [[String: Any]])
        #expect(audit.count == 1 && audit.first?["who"] as? String == "admin-1", "only this person's trail, not the export of someone else")
        #expect(try AuditLog(database: database).events().last?.who == "admin-1")
    }

    @Test(arguments: [2, 6])  // one who answered (with an employer), one who never did
    func erasingAPersonMovesNoPublishedFigure(serial: Int) throws {
        let database = try makeSmallCentre()
        let before = try figures(database)
        try PersonalRecords(database: database, modules: JejakSchema.modules).erase(nik: testNIK(serial), who: "admin-1", at: now)
        #expect(try figures(database) == before)
        let left = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT nik, name, phone, erased_at FROM trainee WHERE nik LIKE 'dihapus-%'")
        }
        #expect(left?["name"] == "(dihapus)")
        #expect((left?["phone"] as String?) == nil)
        #expect(left?["erased_at"] == now.description)
        let texts = try database.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM chat_message WHERE text IS NOT NULL")
        }
        #expect(texts.contains { $0.contains("PT Maju Jaya") } == (serial != 2), "the erased person's message text is gone, no one else's")
        // The employer goes from what each answer said too, or a late answer merged again would bring it back.
        let saidEmployer = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM observation WHERE given LIKE '%Maju Jaya%' OR employer LIKE '%Maju Jaya%'")
        }
        #expect(((saidEmployer ?? 0) > 0) == (serial != 2))
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM trainee WHERE nik = ?", arguments: [testNIK(serial)]) } == 0)
        let event = try #require(try AuditLog(database: database).events().last)
        #expect(event.action == "erase trainee" && event.people == ["(dihapus)"])
    }

    @Test func anUnknownPersonIsNamedMasked() throws {
        let database = try makeSmallCentre()
        #expect(throws: AlumniError.unknownTrainee(nik: NIK.mask(testNIK(99)))) {
            try PersonalRecords(database: database, modules: JejakSchema.modules).erase(nik: testNIK(99), who: "x", at: now)
        }
    }
}
