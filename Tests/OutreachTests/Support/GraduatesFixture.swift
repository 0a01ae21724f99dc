import Alumni
import Foundation
@testable import Outreach

/// A database with one class, BAR-01 (Barista, 2025), whose registrants all graduated on 2025-03-14
/// (or are only enrolled, with `graduate: false`). Rows: (NIK serial, name, phone, instagram, consent).
func makeGraduates(_ people: [(Int, String, String, String, String)], graduatedOn: String = "2025-03-14", graduate: Bool = true) throws -> JejakDatabase {
    let database = try JejakDatabase.inMemory(modules: [AlumniSchema.self, OutreachSchema.self])
    let catalog = Catalog(database: database)
    try catalog.addProgram(code: "BAR", name: "Barista")
    try catalog.addClass(code: "BAR-01", programCode: "BAR", year: 2025, quota: 50)
    var csv = "waktu_daftar,nik,nama,jenis_kelamin,kecamatan,no_hp,instagram,persetujuan_kontak\n"
    for (index, person) in people.enumerated() {
        csv += "2025-01-06 08:\(String(format: "%02d", index)),\(graduateNIK(person.0)),\(person.1),L,Cipondoh,\(person.2),\(person.3),\(person.4)\n"
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("grad-\(UUID().uuidString).csv")
    try Data(csv.utf8).write(to: file)
    let at = LocalDateTime(parsing: "2025-02-01 09:00")!
    _ = try RegistrationImporter(database: database).importFile(at: file, classCode: "BAR-01", now: at)
    let registry = Registry(database: database)
    try registry.enroll(classCode: "BAR-01", niks: .all, on: at, now: at)
    if graduate { try graduateEveryone(database, on: graduatedOn) }
    return database
}

func graduateEveryone(_ database: JejakDatabase, on date: String = "2025-03-14") throws {
    let at = LocalDateTime(parsing: "2025-02-01 09:00")!
    try Registry(database: database).graduate(classCode: "BAR-01", niks: .all, on: LocalDateTime(parsing: date + " 12:00")!, now: at)
}

func graduateNIK(_ serial: Int) -> String { "367105120398" + String(format: "%04d", serial) }

func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jejak-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Ingests `lines` as the export of BAR-01's WhatsApp group ("WhatsApp Chat with Alumni BAR-01.txt").
func ingestGroupChat(_ lines: [String], into database: JejakDatabase, now: LocalDateTime) throws -> IngestReport {
    let url = try temporaryFolder().appendingPathComponent("WhatsApp Chat with Alumni BAR-01.txt")
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
    return try ChatIngest(database: database).ingest([url], now: now)
}
