import Foundation
@testable import Alumni

/// A fresh database file in its own temporary folder, as `jejak` would open it.
func makeDatabase() throws -> (JejakDatabase, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jejak-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("jejak.sqlite")
    return (try JejakDatabase(path: path.path, modules: [AlumniSchema.self]), folder)
}

/// Writes text to a file in `folder` and returns its URL.
func writeFile(_ text: String, named name: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}

/// A valid NIK for a man (or a woman, with the day + 40) born on the given day in 1998.
func nik(_ serial: Int, day: Int = 12, month: Int = 3, female: Bool = false, region: String = "367105") -> String {
    region + String(format: "%02d%02d98%04d", female ? day + 40 : day, month, serial)
}

let fixedNow = LocalDateTime(parsing: "2025-02-01 09:00")!

/// A programme BAR with one class per code, all in budget year 2025 unless said otherwise.
func makeClasses(_ database: JejakDatabase, _ classes: [(code: String, quota: Int, year: Int)]) throws {
    let catalog = Catalog(database: database)
    try catalog.addProgram(code: "BAR", name: "Barista", sector: "Pariwisata")
    for item in classes {
        try catalog.addClass(code: item.code, programCode: "BAR", year: item.year, quota: item.quota)
    }
}

let registrationHeader = "waktu_daftar,nik,nama,jenis_kelamin,tanggal_lahir,no_hp,kecamatan,sumber_info,kode_kampanye\n"

/// One CSV row for the standard header; the NIK decides gender and birth date unless overridden.
func row(_ time: String, _ nik: String, _ name: String, gender: String = "L", birth: String = "12/03/1998", phone: String = "081234567890", kecamatan: String = "Cipondoh", source: String = "Instagram Feed", code: String = "") -> String {
    "\(time),\(nik),\(name),\(gender),\(birth),\(phone),\(kecamatan),\(source),\(code)\n"
}

/// The fixture folder shipped with the tests.
func fixture(_ name: String) -> URL {
    Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
}
