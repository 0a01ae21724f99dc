import Alumni
import GRDB
import TestSupport
import Testing
@testable import Impact
import Outreach

/// `jejak register undo`: an export imported into the wrong class is taken back whole — registrations, the people
/// known only through it, their attribution — and can then go where it belongs; nothing that has moved on is undone.
@Suite struct RegistrationUndoTests {
    let now = LocalDateTime(parsing: "2025-03-01 09:00")!
    let rows = [("2025-01-06 08:00", 1, "Reels", ""), ("2025-01-06 08:30", 2, "Reels", ""), ("2025-01-06 09:00", 3, "Teman", "")]

    func count(_ database: JejakDatabase, _ table: String) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    @Test func anImportIntoTheWrongClassIsTakenBackWhole() throws {
        let database = try makeImpactDatabase()
        try register(database, classCode: "OTO-01", quota: 2, rows: rows, program: ("OTO", "Otomotif"))
        try CampaignStore(database: database).add(Campaign(code: "OTO-FEED", channel: .instagramReels, startsOn: day("2025-01-01"), classes: ["OTO-01"]))
        _ = try Attribution(database: database).refresh(now: now)
        #expect(try count(database, "attribution") == 3)
        let imports = RegistrationImports(database: database, modules: JejakSchema.modules)
        let entry = try #require(try imports.list(classCode: "OTO-01").first)
        #expect((entry.accepted, entry.waitlisted) == (2, 1))

        let undone = try imports.undo(entry.id, who: "admin-1", at: now)

        #expect(undone == entry)
        for table in ["enrollment", "enrollment_event", "trainee", "registration_row", "registration_import", "attribution"] {
            #expect(try count(database, table) == 0, "\(table)")
        }
        let event = try #require(try AuditLog(database: database).events().last)
        #expect(event.who == "admin-1" && event.action == "undo registration import")
        // The same export now goes where it belongs, decided afresh.
        try register(database, classCode: "BAR-01", quota: 3, rows: rows)
        #expect(try imports.list().map(\.accepted) == [3])
    }

    @Test func aPersonKnownFromAnotherClassStaysWithThatClass() throws {
        let database = try makeImpactDatabase()
        try register(database, classCode: "BAR-01", rows: [rows[0]])
        try register(database, classCode: "OTO-01", rows: rows, program: ("OTO", "Otomotif"))
        let imports = RegistrationImports(database: database, modules: JejakSchema.modules)
        _ = try imports.undo(try #require(try imports.list(classCode: "OTO-01").first).id, who: "admin-1", at: now)
        #expect(try count(database, "trainee") == 1)
        #expect(try count(database, "enrollment") == 1)
    }

    @Test func onlyTheLatestImportOfAClassAndOnlyBeforeAnyoneEnrolled() throws {
        let database = try makeImpactDatabase()
        try register(database, classCode: "BAR-01", rows: [rows[0]])
        try register(database, classCode: "BAR-01", rows: [rows[1]])
        let imports = RegistrationImports(database: database, modules: JejakSchema.modules)
        let (first, second) = (try imports.list()[0].id, try imports.list()[1].id)
        #expect(throws: AlumniError.cannotUndoImport(id: first, reason: "import \(second) came later into BAR-01 and decided its seats knowing these rows; undo \(second) first")) {
            try imports.undo(first, who: "admin-1", at: now)
        }
        try Registry(database: database).enroll(classCode: "BAR-01", niks: .all, on: now, now: now)
        #expect(throws: AlumniError.cannotUndoImport(id: second, reason: "1 of its registrations have moved on since (enrolled, withdrawn, no-show or graduated)")) {
            try imports.undo(second, who: "admin-1", at: now)
        }
        #expect(try count(database, "enrollment") == 2)
        #expect(throws: AlumniError.unknownImport(99)) { try imports.undo(99, who: "admin-1", at: now) }
    }
}
