import Alumni
import Testing
import TestSupport
@testable import CLI

/// `jejak consent` finds the person as lists show them (last four digits within a class) and records the answer.
@Suite struct ConsentCommandTests {
    @Test func aWithdrawalByTheLastFourDigitsIsRecorded() throws {
        let database = try makeSmallCentre(onDisk: true)
        var command = try Jejak.parseAsRoot(["consent", "withdraw", String(testNIK(3).suffix(4)), "--class", "BAR-01",
                                             "--date", "2025-10-02", "--db", database.path])
        try command.run()
        let trainee = try TraineeHistory.load(nik: testNIK(3), from: database).trainee
        #expect(trainee.consent == false)
        #expect(trainee.consentOn == CivilDate(parsing: "2025-10-02"))
        #expect(try TraineeHistory.load(nik: testNIK(4), from: database).trainee.consent != false)
    }

    @Test func digitsThatFitNobodySaySo() throws {
        let database = try makeSmallCentre(onDisk: true)
        var command = try Jejak.parseAsRoot(["consent", "give", "9999", "--class", "BAR-01", "--db", database.path])
        #expect(throws: AlumniError.self) { try command.run() }
    }
}
