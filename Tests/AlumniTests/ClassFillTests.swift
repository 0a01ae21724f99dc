import Foundation
import GRDB
import Testing
@testable import Alumni
import Synthetic

/// The class list's kept figures (`ClassFill`) must equal a recount from the enrolments after any write.
@Suite struct ClassFillTests {
    @Test(arguments: [1, 2, 3])
    func keptFiguresEqualARecountAfterRandomWrites(seed: UInt64) throws {
        let (database, folder) = try makeDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeClasses(database, [("BAR-01", 3, 2025), ("BAR-02", 5, 2025), ("BAR-03", 2, 2026)])
        var dice = SeededGenerator(seed: seed)
        var serial = 0
        var codes = ["BAR-01", "BAR-02", "BAR-03"]
        let registry = Registry(database: database)
        let imports = RegistrationImports(database: database, modules: [AlumniSchema.self])
        let catalog = Catalog(database: database)

        for step in 0..<60 {
            let code = codes.randomElement(using: &dice)!
            switch Int.random(in: 0..<8, using: &dice) {
            case 0, 1:
                // New registrations, some at the same minute, some reused from another class.
                var csv = registrationHeader
                for _ in 0..<Int.random(in: 1...6, using: &dice) {
                    serial += 1
                    let person = Bool.random(using: &dice) && serial > 3 ? Int.random(in: 1..<serial, using: &dice) : serial
                    let minute = Int.random(in: 0..<40, using: &dice)
                    csv += row(String(format: "2025-01-0%d 08:%02d:00", 1 + step % 5, minute), nik(person), "Peserta \(person)")
                }
                _ = try RegistrationImporter(database: database)
                    .importFile(at: writeFile(csv, named: "r\(step).csv", in: folder), classCode: code, now: fixedNow)
            case 2:
                if let person = try catalog.members(of: code, statuses: [.accepted, .waitlisted]).randomElement(using: &dice) {
                    _ = try registry.withdraw(nik: person.nik, classCode: code, on: fixedNow, now: fixedNow)
                }
            case 3:
                _ = try registry.enroll(classCode: code, niks: .all, on: fixedNow, now: fixedNow, markOthersNoShow: Bool.random(using: &dice))
            case 4:
                _ = try registry.graduate(classCode: code, niks: .all, on: fixedNow, now: fixedNow)
            case 5:
                if let last = try imports.list(classCode: code).map(\.id).max() {
                    do { _ = try imports.undo(last, who: "test", at: fixedNow) } catch AlumniError.cannotUndoImport {}
                }
            case 6:
                let added = "BAR-1\(codes.count)"
                try catalog.addClass(code: added, programCode: "BAR", year: 2025, quota: Int.random(in: 1...4, using: &dice))
                codes.append(added)
            default:
                // A write from outside Jejak (an admin's sqlite3): marked by the triggers, never settled, counted when read.
                let outside = try DatabaseQueue(path: database.path)
                let change = [
                    "UPDATE training_class SET quota = quota + 1 WHERE code = ?1",
                    // an acceptance moved off the moment of registration, struck out, or added on it
                    """
                    UPDATE enrollment_event SET happened_on = '2025-01-31 12:00' WHERE status = 'accepted' AND enrollment_id =
                        (SELECT MAX(e.id) FROM enrollment e JOIN training_class c ON c.id = e.class_id WHERE c.code = ?1 AND e.status = 'accepted')
                    """,
                    """
                    DELETE FROM enrollment_event WHERE status = 'accepted' AND enrollment_id =
                        (SELECT MIN(e.id) FROM enrollment e JOIN training_class c ON c.id = e.class_id WHERE c.code = ?1 AND e.status = 'accepted')
                    """,
                    """
                    INSERT INTO enrollment_event(enrollment_id, status, happened_on, recorded_at)
                    SELECT e.id, 'accepted', e.registered_at, '2025-02-01' FROM enrollment e JOIN training_class c ON c.id = e.class_id
                    WHERE c.code = ?1 AND e.status = 'waitlisted'
                    """,
                ].randomElement(using: &dice)!
                let changed = try outside.write { db in
                    try db.execute(sql: change, arguments: [code])
                    return db.changesCount
                }
                try outside.close()
                guard changed > 0 else { break }
                let marked = try database.read { db in
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM class_fill_stale s JOIN training_class c ON c.id = s.class_id WHERE c.code = ?",
                                     arguments: [code])
                }
                #expect(marked == 1)
            }
            try expectRecount(database, catalog, step: step)
        }
        // Any write through Jejak settles what is marked: every class's figures are kept, none left to count.
        try catalog.addClass(code: "BAR-99", programCode: "BAR", year: 2025, quota: 1)
        let (marked, kept) = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM class_fill_stale"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM class_fill"))
        }
        #expect(marked == 0)
        #expect(kept == codes.count + 1)
        try expectRecount(database, catalog, step: 60)
    }

    /// A database made before the kept figures had its classes and registrations: the first read counts them.
    @Test func anOlderFileIsCountedOnItsFirstRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jejak-v7-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        do {
            let old = try DatabaseQueue(path: path)
            try JejakDatabase.migrator([AlumniSchema.self]).migrate(old, upTo: "alumni.v6-handle-indexes")
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO program(id, code, name) VALUES (1, 'BAR', 'Barista');
                    INSERT INTO training_class(id, code, program_id, year, quota) VALUES (1, 'BAR-01', 1, 2025, 2);
                    INSERT INTO trainee(id, nik, name, name_key) VALUES (1, '3671051203980001', 'A', 'a'), (2, '3671051203980002', 'B', 'b'),
                                                                        (3, '3671051203980003', 'C', 'c');
                    INSERT INTO enrollment(id, trainee_id, class_id, registered_at, status) VALUES
                        (1, 1, 1, '2025-01-05 08:00', 'accepted'), (2, 2, 1, '2025-01-05 10:30', 'accepted'), (3, 3, 1, '2025-01-05 11:00', 'waitlisted');
                    INSERT INTO enrollment_event(enrollment_id, status, happened_on, recorded_at) VALUES
                        (1, 'accepted', '2025-01-05 08:00', '2025-01-06'), (2, 'accepted', '2025-01-05 10:30', '2025-01-06'),
                        (3, 'waitlisted', '2025-01-05 11:00', '2025-01-06');
                    """)
            }
            try old.close()
        }
        let database = try JejakDatabase(path: path, modules: [AlumniSchema.self])
        let listing = try #require(try Catalog(database: database).classes().first)
        #expect(listing.registrations == 3 && listing.seatsTaken == 2 && listing.waitlisted == 1)
        #expect(listing.hoursToFill == 2.5)
        // …and the first write keeps them, so later reads do not count them again.
        try Catalog(database: database).addClass(code: "BAR-02", programCode: "BAR", year: 2025, quota: 1)
        let kept = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM class_fill WHERE class_id = 1") }
        #expect(kept == 1)
    }

    func expectRecount(_ database: JejakDatabase, _ catalog: Catalog, step: Int) throws {
        let listed = try catalog.classes()
        try database.read { db in
            for listing in listed {
                let recount = try ClassFill.count(classID: listing.trainingClass.id!, quota: listing.trainingClass.quota, db)
                let kept = ClassFill(registrations: listing.registrations, seatsTaken: listing.seatsTaken, waitlisted: listing.waitlisted,
                                     hoursToFill: listing.hoursToFill)
                #expect(kept == recount, "step \(step), class \(listing.trainingClass.code)")
            }
        }
    }
}
