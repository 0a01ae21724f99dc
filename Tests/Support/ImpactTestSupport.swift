import Alumni
import Foundation
import Impact
import Outreach

/// A fresh database with every module's tables, in memory (or in a temporary file, WAL, when readers and a writer
/// must work at once).
/// `modules`: the tables to create (the server's tests add its own).
public func makeImpactDatabase(onDisk: Bool = false, modules: [any SchemaModule.Type] = JejakSchema.modules) throws -> JejakDatabase {
    guard onDisk else { return try JejakDatabase.inMemory(modules: modules) }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("jejak-\(UUID().uuidString).sqlite").path
    return try JejakDatabase(path: path, modules: modules)
}

/// A valid male NIK from Kota Tangerang with a serial.
public func testNIK(_ serial: Int) -> String { "3671051203980000".dropLast(4) + String(format: "%04d", serial) }

/// Imports registration rows into a class (created on first use in `program`, quota as given).
/// Each row: (time, serial, sumber_info, kode_kampanye).
public func register(_ database: JejakDatabase, classCode: String, quota: Int = 30, rows: [(String, Int, String, String)], kecamatan: String = "Cipondoh",
              program: (code: String, name: String) = ("BAR", "Barista")) throws {
    let catalog = Catalog(database: database)
    if try !catalog.programs().contains(where: { $0.code == program.code }) { try catalog.addProgram(code: program.code, name: program.name) }
    if try !catalog.classes().contains(where: { $0.trainingClass.code == classCode }) {
        try catalog.addClass(code: classCode, programCode: program.code, year: 2025, quota: quota)
    }
    var csv = "waktu_daftar,nik,nama,jenis_kelamin,kecamatan,no_hp,sumber_info,kode_kampanye,persetujuan_kontak\n"
    for (time, serial, source, code) in rows {
        csv += "\(time),\(testNIK(serial)),Peserta \(serial),L,\(kecamatan),0812000\(String(format: "%05d", serial)),\(source),\(code),ya\n"
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("reg-\(UUID().uuidString).csv")
    try Data(csv.utf8).write(to: file)
    _ = try RegistrationImporter(database: database).importFile(at: file, classCode: classCode, now: LocalDateTime(parsing: "2025-02-01 09:00")!)
}

public func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }
