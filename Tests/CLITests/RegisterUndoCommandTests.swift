import Alumni
import Foundation
import Testing
import Web
@testable import CLI

@Suite("jejak register imports / undo on the command line")
struct RegisterUndoCommandTests {
    @Test func anImportIsListedAndUndoneByItsNumber() throws {
        try withScratchFolder("jejak-undo") { folder in
            let path = folder.appendingPathComponent("jejak.sqlite").path
            let csv = folder.appendingPathComponent("daftar.csv")
            try Data("waktu_daftar,nik,nama,jenis_kelamin,kecamatan\n2025-01-06 08:00,3671051203980001,Peserta Satu,L,Cipondoh\n".utf8).write(to: csv)
            try runJejak(["init", "--db", path])
            try runJejak(["programs", "add", "OTO", "--name", "Otomotif", "--db", path])
            try runJejak(["classes", "add", "OTO-01", "--program", "OTO", "--quota", "5", "--year", "2025", "--db", path])
            try runJejak(["register", "import", csv.path, "--class", "OTO-01", "--db", path])
            let database = try JejakDatabase(path: path, modules: WebSchema.modules, create: false)
            let imports = RegistrationImports(database: database, modules: WebSchema.modules)
            let id = try #require(try imports.list().first?.id)
            try runJejak(["register", "imports", "--class", "OTO-01", "--db", path])

            try runJejak(["register", "undo", String(id), "--by", "admin-1", "--db", path])

            #expect(try imports.list().isEmpty)
            #expect(try AuditLog(database: database).events().last?.who == "admin-1")
        }
    }
}
