import Alumni
import Foundation
import Testing
import TestSupport
@testable import CLI

/// `jejak trainees`: looking at a person is audited; erasing needs --yes.
@Suite struct TraineesCommandTests {
    @Test func viewingAPersonIsWrittenToTheAuditLog() throws {
        let database = try makeSmallCentre(onDisk: true)
        try runJejak(["trainees", "show", String(testNIK(3).suffix(4)), "--class", "BAR-01", "--by", "rina", "--db", database.path])
        let event = try #require(try AuditLog(database: database).events().last)
        #expect(event.who == "rina" && event.action == "view trainee" && event.people == [NIK.mask(testNIK(3))])
    }

    @Test func eraseWithoutYesChangesNothing() throws {
        let database = try makeSmallCentre(onDisk: true)
        #expect(throws: (any Error).self) { try runJejak(["trainees", "erase", testNIK(3), "--db", database.path]) }
        #expect(try TraineeHistory.load(nik: testNIK(3), from: database).trainee.name.isEmpty == false)
        try runJejak(["trainees", "erase", testNIK(3), "--yes", "--db", database.path])
        #expect(throws: AlumniError.self) { try TraineeHistory.load(nik: testNIK(3), from: database) }
    }
}
