import Foundation
import GRDB
import Testing
@testable import Alumni

@Suite struct JejakDatabaseTests {
    @Test func migratesAnEmptyFileInWALMode() throws {
        let (database, folder) = try makeDatabase()
        #expect(try database.appliedMigrations() == ["alumni.v1", "alumni.v2", "alumni.v3", "alumni.v4-event-status-index", "alumni.v5-event-day-index", "alumni.v6-handle-indexes", "alumni.v7-class-fill"])
        let mode = try database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let foreignKeys = try database.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == true)
        // Opening it again is harmless.
        let again = try JejakDatabase(path: folder.appendingPathComponent("jejak.sqlite").path, modules: [AlumniSchema.self])
        #expect(try again.appliedMigrations() == ["alumni.v1", "alumni.v2", "alumni.v3", "alumni.v4-event-status-index", "alumni.v5-event-day-index", "alumni.v6-handle-indexes", "alumni.v7-class-fill"])
    }

    @Test func refusesADatabaseFromANewerJejakAndLeavesItAlone() throws {
        let (database, folder) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025)])
        // A newer Jejak would have applied a migration this one does not know.
        try database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('alumni.v99')") }
        let path = folder.appendingPathComponent("jejak.sqlite").path
        #expect(throws: AlumniError.newerDatabase(path: path)) {
            try JejakDatabase(path: path, modules: [AlumniSchema.self])
        }
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM training_class") } == 1)
    }

    @Test func aForeignKeyViolationIsRefused() throws {
        let (database, _) = try makeDatabase()
        #expect(throws: DatabaseError.self) {
            try database.write { db in
                try db.execute(sql: "INSERT INTO training_class(code, program_id, year, quota) VALUES ('X', 999, 2025, 5)")
            }
        }
    }

    @Test func settingsAreCheckedAndStored() throws {
        let (database, _) = try makeDatabase()
        let settings = Settings(database: database)
        #expect(throws: AlumniError.invalidSetting(key: "seats.one_per_year", reason: "use true or false")) {
            try settings.set(.oneSeatPerYear, to: "mungkin")
        }
        try settings.set(.domicileKecamatan, to: "Serpong, Ciputat")
        #expect(try settings.policy().domicile.kecamatan == ["Serpong", "Ciputat"])
        try settings.set(.domicileKecamatan, to: nil)
        #expect(try settings.policy() == EnrollmentPolicy())
    }
}
