import Foundation
import Testing
@testable import Alumni

/// Files that are not what the user meant get a message in the user's terms — the path and what to do — never
/// Foundation's "NSCocoaErrorDomain error 256", and never an empty database or an empty import left behind.
@Suite struct FileProblemTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jejak-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFolderGivenAsACSVIsNamedAsAFolder() throws {
        let dir = try folder()
        #expect(throws: CSVError.unreadable(file: dir.path, reason: "it is a folder, not a file; give the file inside it")) {
            try CSVFile(contentsOf: dir)
        }
        let missing = dir.appendingPathComponent("pendaftar.csv")
        #expect(throws: CSVError.unreadable(file: missing.path, reason: "there is no such file; check the path and the spelling")) {
            try CSVFile(contentsOf: missing)
        }
    }

    @Test func excelsSepLineNamesTheDelimiterAndKeepsLineNumbers() throws {
        var rows: [CSVFile.Record] = []
        let file = try CSVFile(data: Data("sep=;\r\nnik;nama,panggilan\r\n1;Siti, Ani\r\n".utf8), name: "t.csv")
        #expect(file.delimiter == UInt8(ascii: ";"))
        try file.forEachRecord { rows.append($0) }
        #expect(rows.map(\.fields) == [["nik", "nama,panggilan"], ["1", "Siti, Ani"]])
        #expect(rows.map(\.line) == [2, 3])
    }

    @Test func aHeaderWithoutRowsIsNotAnImport() throws {
        let (database, dir) = try makeDatabase()
        try makeClasses(database, [("BAR-01", 2, 2025)])
        let file = try writeFile(registrationHeader, named: "kosong.csv", in: dir)
        #expect(throws: CSVError.noRows(file: file.path)) {
            try RegistrationImporter(database: database).importFile(at: file, classCode: "BAR-01", now: fixedNow)
        }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM registration_import") } == 0)
    }

    @Test func registrationsOutsideTheClasssWindowAreKeptWithAWarning() throws {
        let (database, dir) = try makeDatabase()
        let catalog = Catalog(database: database)
        try catalog.addProgram(code: "BAR", name: "Barista")
        try catalog.addClass(code: "BAR-01", programCode: "BAR", year: 2025, quota: 5, opensOn: CivilDate(parsing: "2025-01-06"),
                             startsOn: CivilDate(parsing: "2025-02-03"), endsOn: CivilDate(parsing: "2025-03-14"))
        let csv = registrationHeader + row("2025-01-02 08:00", nik(1), "Early") + row("2025-01-07 08:00", nik(2), "OnTime")
            + row("2025-02-03 09:00", nik(3), "Late")
        let report = try RegistrationImporter(database: database).importFile(at: writeFile(csv, named: "r.csv", in: dir), classCode: "BAR-01", now: fixedNow)
        #expect(report.accepted == 3)
        #expect(report.warnings.map(\.line) == [2, 4])
        #expect(report.warnings.first?.message.contains("before registration for BAR-01 opened (2025-01-06)") == true)
        #expect(report.warnings.last?.message.contains("on or after BAR-01 started (2025-02-03)") == true)
    }

    @Test func aWrongDatabasePathSaysWhatIsWrong() throws {
        let dir = try folder()
        #expect(throws: AlumniError.notADatabase(path: dir.path, reason: "it is a folder; give the database file, e.g. \(dir.path)/jejak.sqlite")) {
            try JejakDatabase(path: dir.path, modules: [AlumniSchema.self])
        }
        let text = try writeFile("nik,nama\n", named: "pendaftar.csv", in: dir)
        #expect(throws: AlumniError.notADatabase(path: text.path, reason: "it is not an SQLite file")) {
            try JejakDatabase(path: text.path, modules: [AlumniSchema.self])
        }
        #expect(try String(contentsOf: text, encoding: .utf8) == "nik,nama\n", "the file is left alone")
        let missing = dir.appendingPathComponent("typo.sqlite").path
        #expect(throws: AlumniError.noDatabase(path: missing)) {
            try JejakDatabase(path: missing, modules: [AlumniSchema.self], create: false)
        }
        #expect(!FileManager.default.fileExists(atPath: missing), "no empty database is left behind")
        #expect(AlumniError.noDatabase(path: missing).localizedDescription.contains("jejak init"))
    }

    @Test func onlyConfiguredWavesAreAccepted() throws {
        let (database, _) = try makeDatabase()
        try Settings(database: database).requireWave(6)
        #expect(throws: AlumniError.unknownWave(7, configured: [3, 6, 12])) { try Settings(database: database).requireWave(7) }
        #expect(AlumniError.unknownWave(7, configured: [3, 6, 12]).localizedDescription.contains("the waves are 3, 6, 12"))
    }

    @Test func writeProblemsAreSaidPlainly() throws {
        let dir = try folder()
        #expect(FileCheck.writeProblem(dir.appendingPathComponent("x.html")) == nil)
        #expect(FileCheck.writeProblem(dir.appendingPathComponent("nope/x.html"))?.contains("does not exist; create it first") == true)
        #expect(FileCheck.writeProblem(dir)?.contains("it is a folder") == true)
    }
}
