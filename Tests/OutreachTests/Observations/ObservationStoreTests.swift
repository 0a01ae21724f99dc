import Alumni
import Foundation
import GRDB
import Testing
@testable import Outreach

/// Answers merge by when they were written, not by when they were ingested; a wave takes replies only inside its window.
@Suite struct ObservationStoreTests {
    let people = [(1, "Siti Rahmawati", "081200000001", "", "ya")]
    let now = LocalDateTime(parsing: "2026-03-01 09:00")!

    /// An export holding one message from Siti's phone.
    func export(_ line: String, named name: String) throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("WhatsApp Chat with Siti Rahmawati \(name).txt")
        try Data((line + "\n").utf8).write(to: url)
        return url
    }

    struct Current: Equatable {
        var wave: Int?
        var status: String?
        var employer: String?
        var match: String?
    }

    func current(_ database: JejakDatabase) throws -> [Current] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT wave, status, employer, job_match FROM observation WHERE superseded_by IS NULL ORDER BY wave")
                .map { Current(wave: $0["wave"], status: $0["status"], employer: $0["employer"], match: $0["job_match"]) }
        }
    }

    @Test(arguments: [false, true])
    func theLaterAnswerWinsFieldByFieldWhateverTheOrderOfIngest(reversed: Bool) throws {
        let database = try makeGraduates(people)
        let code = try export("01/10/25 10.00 - +62 812-0000-0001: 1A", named: "1")
        let words = try export("10/10/25 10.00 - +62 812-0000-0001: sudah kerja di PT Maju", named: "2")
        for file in reversed ? [words, code] : [code, words] {
            #expect(try ChatIngest(database: database).ingest([file], now: now).answers == 1)
        }
        #expect(try current(database) == [Current(wave: 6, status: "employee", employer: "PT Maju", match: "matches")])
        // Both answers stay in the history, the earlier pointing to the later.
        let rows = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM observation WHERE superseded_by IS NOT NULL") }
        #expect(rows == 1)
    }

    @Test func aLaterChangeOfStatusReplacesTheStatusButKeepsWhatItDidNotSay() throws {
        let database = try makeGraduates(people)
        _ = try ChatIngest(database: database).ingest([try export("20/10/25 10.00 - +62 812-0000-0001: 3", named: "later")], now: now)
        _ = try ChatIngest(database: database).ingest([try export("01/10/25 10.00 - +62 812-0000-0001: 1A", named: "earlier")], now: now)
        #expect(try current(database) == [Current(wave: 6, status: "unemployed", employer: nil, match: "matches")])
    }

    @Test func aReplyOutsideEveryWindowIsKeptButInNoWave() throws {
        let database = try makeGraduates(people)
        // Graduated 2025-03-14: 11 months later wave 6 has closed (month 9) and wave 12 not opened.
        let report = try ChatIngest(database: database).ingest([try export("15/02/26 10.00 - +62 812-0000-0001: udah kerja kak di PT Maju", named: "late")], now: now)
        #expect(report.answers == 1 && report.outOfWave == 1)
        #expect(try current(database) == [Current(wave: nil, status: "employee", employer: "PT Maju", match: nil)])
        // Wave 6 is due no more, and nobody answered it.
        #expect(try SurveyWaves(database: database).due(wave: 6, asOf: day("2026-02-15")).isEmpty)
    }

    @Test func aCodedReplyCountsForItsWaveWhileItsWindowIsOpen() throws {
        let database = try makeGraduates(people)
        try Settings(database: database).set(.surveyWaves, to: "3:7,6:9,12:18")
        let outbox = SurveyOutbox(database: database)
        let code = try #require(try outbox.prepare(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"), now: now).recipients.first?.code)
        // 6½ months after graduation: inside both wave 3's (until month 7) and wave 6's window; the code says wave 3.
        let file = try export("01/10/25 10.00 - +62 812-0000-0001: \(code.text) 1A", named: "coded")
        #expect(try ChatIngest(database: database).ingest([file], now: now).answers == 1)
        #expect(try current(database).map(\.wave) == [3])
    }

    /// Answers recorded in any order, with equal times and in several waves, leave every row as a merge of its
    /// person's wave from the start would: the merged columns and the pointer to the next answer. The fast path
    /// (an answer that extends the chain) and the full merge (one that arrives late) must agree.
    @Test func answersRecordedInAnyOrderLeaveTheRowsAFullMergeWould() throws {
        let database = try makeGraduates([(1, "Siti Rahmawati", "081200000001", "", "ya"), (2, "Budi Santoso", "081200000002", "", "ya")])
        var random = SplitMix(seed: 12)
        let enrollments = try database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM enrollment ORDER BY id") }
        func maybe<T>(_ values: [T]) -> T? { random.next() % 3 == 0 ? nil : values[Int(random.next() % UInt64(values.count))] }
        for _ in 0..<300 {
            let answer = SurveyAnswer(status: maybe(LabourStatus.allCases), firstJobMonth: maybe([YearMonth(year: 2025, month: 5)!, YearMonth(year: 2025, month: 8)!]),
                                      employer: maybe(["PT Maju", "Bengkel Jaya", "Kafe \"Senja\"/2"]), match: maybe(JobMatch.allCases),
                                      incomeBand: maybe(IncomeBand.allCases), heardFrom: maybe(HeardFrom.allCases), alsoStudying: random.next() % 4 == 0)
            // Few distinct times, so that equal times (ordered by id) and late answers are common.
            let at = LocalDateTime(parsing: "2025-10-\(String(format: "%02d", 1 + random.next() % 6)) 10:00")!
            try database.write { db in
                _ = try ObservationStore.record(enrollmentID: enrollments[Int(random.next() % 2)], wave: maybe([6, 12]), observedAt: at, answer: answer,
                                                fingerprint: nil, source: "test", db)
            }
        }
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM observation ORDER BY enrollment_id, wave, observed_at, id")
        }
        let chains = Dictionary(grouping: rows) { "\($0["enrollment_id"] as Int64)/\(($0["wave"] as Int?).map(String.init) ?? "-")" }
        #expect(chains.count == 6)
        for chain in chains.values {
            var merged = StoredAnswer()
            for (index, row) in chain.enumerated() {
                merged = merged.overwritten(by: try #require(StoredAnswer(json: row["given"])))
                var stored = StoredAnswer(row)
                stored.alsoStudying = stored.alsoStudying ?? false
                var expected = merged
                expected.alsoStudying = expected.alsoStudying ?? false
                #expect(stored == expected)
                #expect(row["superseded_by"] as Int64? == (index + 1 < chain.count ? chain[index + 1]["id"] : nil))
            }
        }
    }
}

