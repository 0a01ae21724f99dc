import Alumni
import Foundation
import GRDB
import TestSupport
import Testing
@testable import Impact

@Suite struct RatesQueryTests {
    let now = LocalDateTime(parsing: "2025-10-01 09:00")!

    @Test func aRepeatedQueryIsAnsweredFromTheCacheUntilTheDataChanges() throws {
        let database = try makeSmallCentre()
        let query = RatesQuery(database: database)
        func ask() throws -> String {
            try query.render(by: [.program], wave: 6, period: .all, asOf: smallCentreAsOf, threshold: nil, format: .json, now: now)
        }
        let first = try ask()
        #expect(first.contains("\"employment_rate\" : 0.8"))
        let cached = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rates_cache") }
        #expect(cached == 1)
        #expect(try ask() == first)
        // Serial 6 (Barista, silent so far) answers through review-free data entry: a new graduate's answer changes the rate.
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO observation(enrollment_id, wave, observed_at, status, source)
                SELECT e.id, 6, '2025-09-21 10:00:00', 'employee', 'test' FROM enrollment e JOIN trainee t ON t.id = e.trainee_id
                WHERE t.nik LIKE '%0006'
                """)
        }
        let after = try ask()
        #expect(after != first)
        #expect(after.contains("\"employment_rate\" : 0.8333"))  // 5 of 6
    }

    @Test func aWriteCommittedDuringTheQueryNeverLeavesOldFiguresUnderItsVersion() throws {
        let database = try makeSmallCentre(onDisk: true)
        var query = RatesQuery(database: database)
        func ask() throws -> String {
            try query.render(by: [.program], wave: 6, period: .all, asOf: smallCentreAsOf, threshold: nil, format: .json, now: now)
        }
        // Serial 6 answers, committed by another connection while the query is between reading the version and the data.
        query.betweenVersionAndOutcomes = {
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                try? database.write { db in
                    try db.execute(sql: """
                        INSERT INTO observation(enrollment_id, wave, observed_at, status, source)
                        SELECT e.id, 6, '2025-09-21 10:00:00', 'employee', 'test' FROM enrollment e JOIN trainee t ON t.id = e.trainee_id
                        WHERE t.nik LIKE '%0006'
                        """)
                }
                done.signal()
            }
            done.wait()
        }
        // The first answer is the snapshot's (before the write); the write's version is not cached with it.
        #expect(try ask().contains("\"employment_rate\" : 0.8,"))
        query.betweenVersionAndOutcomes = nil
        #expect(try ask().contains("\"employment_rate\" : 0.8333"))
    }
}
