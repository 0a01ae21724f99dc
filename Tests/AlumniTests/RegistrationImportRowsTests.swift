import Foundation
import GRDB
import Testing
@testable import Alumni

/// Every row an import writes, compared with a recorded snapshot: the importer's speed work must not change
/// a single stored value (ids, order, normalised contacts, warnings, history events, fingerprints).
@Suite struct RegistrationImportRowsTests {
    /// With `bulkRows: 0` every import sets the plain indexes aside while it writes, as a million-row one does.
    @Test(arguments: [50_000, 0])
    func importsWriteTheRecordedRows(bulkRows: Int) throws {
        // Given a class of three seats, and a person already seated in another class of the same year
        let (database, folder) = try makeDatabase()
        let catalog = Catalog(database: database)
        try catalog.addProgram(code: "BAR", name: "Barista", sector: "Pariwisata")
        try catalog.addClass(code: "OTH-01", programCode: "BAR", year: 2025, quota: 5)
        try catalog.addClass(
            code: "MIX-01", programCode: "BAR", year: 2025, quota: 3,
            opensOn: CivilDate(parsing: "2025-01-05"), startsOn: CivilDate(parsing: "2025-02-01"))
        let importer = RegistrationImporter(database: database, bulkRows: bulkRows)
        let indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        let indexesBefore = try database.read { db in try Row.fetchAll(db, sql: indexes) }
        let seated = registrationHeader + row("2025-01-02 08:00", nik(20), "Sudah Duduk", kecamatan: "Benda")
        _ = try importer.importFile(at: writeFile(seated, named: "oth.csv", in: folder), classCode: "OTH-01", now: fixedNow)

        // When an export with every kind of row is imported, then again, then a later cumulative export
        var dump = ""
        for name in ["registration_mix.csv", "registration_mix.csv", "registration_mix_later.csv"] {
            let report = try importer.importFile(at: fixture(name), classCode: "MIX-01", now: fixedNow)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            dump += "report \(name): " + String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        }
        dump += try database.read { db in try Self.rows(db) }

        // Then the stored rows are the recorded ones, and the indexes are those of the schema
        #expect(try database.read { db in try Row.fetchAll(db, sql: indexes) } == indexesBefore)
        #expect(indexesBefore.contains { $0["name"] == "trainee_phone" })
        let expected = try String(contentsOf: fixture("registration_mix_rows.txt"), encoding: .utf8)
        if dump != expected {
            try dump.write(to: folder.appendingPathComponent("registration_mix_rows.txt"), atomically: true, encoding: .utf8)
        }
        #expect(dump == expected, "actual rows written to \(folder.path)/registration_mix_rows.txt")
    }

    /// The tables a registration import writes, row by row in id order; the file name's folder is left out.
    static func rows(_ db: Database) throws -> String {
        var text = ""
        for table in ["trainee", "enrollment", "enrollment_event", "registration_import", "registration_row"] {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
                let values = row.columnNames.map { name -> String in
                    let value = row[name] as DatabaseValue
                    if name == "file_name", let path = String.fromDatabaseValue(value) { return URL(fileURLWithPath: path).lastPathComponent }
                    return value.isNull ? "NULL" : "\(value)"
                }
                text += table + ": " + values.joined(separator: "|") + "\n"
            }
        }
        return text
    }
}
