import Foundation
import GRDB
import Testing
@testable import Alumni

@Suite("jejak backup and restore")
struct BackupTests {
    func programCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM program") ?? -1 }
    }

    @Test func aBackupTakenWhileAnotherAdminWritesIsConsistent() async throws {
        let (database, folder) = try makeDatabase()
        // Another admin, another connection: each of its transactions adds a program and a class of it. It writes
        // until told to stop, then ten more.
        let other = try JejakDatabase(path: database.path, modules: [AlumniSchema.self])
        let writer = Task.detached {
            var i = 0, after = 0
            while after < 10 {
                try other.write { db in
                    try db.execute(sql: "INSERT INTO program(code, name) VALUES (?, 'x')", arguments: ["P\(i)"])
                    try db.execute(sql: "INSERT INTO training_class(code, program_id, year, quota) VALUES (?, last_insert_rowid(), 2025, 5)", arguments: ["C\(i)"])
                }
                i += 1
                if try other.read({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM setting WHERE key = 'stop'") }) == true { after += 1 }
            }
        }
        while try programCount(database.path) < 20 { try await Task.sleep(for: .milliseconds(5)) }
        var copies: [String] = []
        for n in 0..<5 {
            let path = folder.appendingPathComponent("copy-\(n).sqlite").path
            try database.backup(to: path)
            copies.append(path)
        }
        try database.write { db in try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('stop', '1')") }
        try await writer.value
        for path in copies { try checkCopy(path) }
        let counts = try copies.map(programCount)
        #expect(counts.first! >= 20, "the writer had written before the first copy")
        #expect(try programCount(database.path) >= counts.last! + 10, "and went on writing after the last")
        #expect(counts == counts.sorted(), "each copy is a later snapshot")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains("partial") }, "no scratch file left")
    }

    func checkCopy(_ path: String) throws {
        try DatabaseQueue(path: path).read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let programs = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM program")
            #expect(programs == (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_class")), "never half a transaction")
        }
    }

    @Test func aBackupNeverOverwritesAndSaysWhy() throws {
        let (database, folder) = try makeDatabase()
        let taken = try writeFile("keep me", named: "taken.sqlite", in: folder)
        #expect(throws: AlumniError.backupExists(path: taken.path)) { try database.backup(to: taken.path) }
        #expect(try String(contentsOf: taken, encoding: .utf8) == "keep me")
        let error = #expect(throws: AlumniError.self) { try database.backup(to: folder.appendingPathComponent("no/such/folder/x.sqlite").path) }
        #expect(error?.localizedDescription.contains("mkdir -p") == true)
    }

    @Test func restorePutsABackupBackAndKeepsWhatItReplaced() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025)])
        let backup = folder.appendingPathComponent("backup.sqlite").path
        try database.backup(to: backup)
        try Catalog(database: database).addClass(code: "BAR-02", programCode: "BAR", year: 2025, quota: 2)
        try Catalog(database: database).addClass(code: "BAR-03", programCode: "BAR", year: 2025, quota: 2)
        let versionBefore = Int(try database.dataVersion())!
        let saved = folder.appendingPathComponent("saved.sqlite").path

        try database.restore(from: backup, savingCurrentTo: saved)

        let codes = try database.read { db in try String.fetchAll(db, sql: "SELECT code FROM training_class ORDER BY code") }
        #expect(codes == ["BAR-01"])
        #expect(Int(try database.dataVersion())! > versionBefore, "no figure cached before the restore can be served after it")
        #expect(try DatabaseQueue(path: saved).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_class") } == 3)
    }

    @Test func restoreRefusesWhatIsNotAJejakBackupAndChangesNothing() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025)])
        let text = try writeFile("nik,nama\n", named: "daftar.csv", in: folder)
        let foreign = folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        let newer = folder.appendingPathComponent("newer.sqlite").path
        try database.backup(to: newer)
        try DatabaseQueue(path: newer).write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('alumni.v99')") }

        #expect(throws: AlumniError.notADatabase(path: text.path, reason: "it is not an SQLite file")) { try database.restore(from: text.path) }
        #expect(throws: AlumniError.notADatabase(path: foreign, reason: "it holds no Jejak data")) { try database.restore(from: foreign) }
        #expect(throws: AlumniError.newerDatabase(path: newer)) { try database.restore(from: newer) }
        #expect(throws: AlumniError.self) { try database.restore(from: folder.appendingPathComponent("missing.sqlite").path) }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_class") } == 1)
    }
}
