import Alumni
import Foundation
import Testing
import Web
@testable import CLI

@Suite("jejak backup / restore on the command line")
struct BackupCommandTests {
    @Test func aRestoreIsUndoableAndAudited() throws {
        try withScratchFolder("jejak-backup") { folder in
            let path = folder.appendingPathComponent("jejak.sqlite").path
            let database = try JejakDatabase(path: path, modules: WebSchema.modules)
            try Catalog(database: database).addProgram(code: "BAR", name: "Barista", sector: nil)
            let copy = folder.appendingPathComponent("copy.sqlite").path

            try runJejak(["backup", "--db", path, copy])
            try Catalog(database: database).addProgram(code: "OTO", name: "Otomotif", sector: nil)
            try runJejak(["restore", "--db", path, "--by", "admin-1", copy])

            #expect(try Catalog(database: database).programs().map(\.code) == ["BAR"])
            let event = try #require(try AuditLog(database: database).events().last)
            #expect(event.who == "admin-1" && event.action == "restore database")
            let saved = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.contains("before-restore") })
            let before = try JejakDatabase(path: folder.appendingPathComponent(saved).path, modules: WebSchema.modules, create: false)
            #expect(try Catalog(database: before).programs().map(\.code).sorted() == ["BAR", "OTO"])
        }
    }
}
