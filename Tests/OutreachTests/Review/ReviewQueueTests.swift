import Alumni
import Foundation
import GRDB
import Testing
@testable import Outreach

/// A person decides what the reader could not; the decision keeps the message's wave and says who took it.
@Suite struct ReviewQueueTests {
    let people = [(1, "Siti Rahmawati", "081200000001", "", "ya"), (2, "Budi Santoso", "081200000002", "", "ya")]
    let now = LocalDateTime(parsing: "2025-10-20 09:00")!

    func ingest(_ lines: [String], into database: JejakDatabase) throws -> IngestReport {
        try ingestGroupChat(lines, into: database, now: now)
    }

    func observations(_ database: JejakDatabase) throws -> [(wave: Int?, status: String?)] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT wave, status FROM observation WHERE superseded_by IS NULL ORDER BY id").map { ($0["wave"], $0["status"]) }
        }
    }

    @Test func aResolvedItemKeepsTheWaveOfItsMessage() throws {
        let database = try makeGraduates(people)
        try Settings(database: database).set(.surveyWaves, to: "3:7,6:9,12:18")
        let code = try #require(try SurveyOutbox(database: database).prepare(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"), now: now).recipients.first?.code)
        // Written 6½ months after graduation with the wave-3 code, and unreadable as it stands ("X" is no option).
        let report = try ingest(["01/10/25 10.00 - +62 812-0000-0001: \(code.text) 1AX"], into: database)
        #expect(report.needsReview == 1)
        let item = try #require(try ReviewQueue(database: database).open().first)
        #expect(item.wave == 3)
        // Resolved a month later, in wave 6's window: still wave 3, and wave 6 is still to be asked.
        try ReviewQueue(database: database).resolve(item.id, answer: "1 A", by: "rina", now: now)
        #expect(try observations(database).map(\.wave) == [3])
        #expect(try SurveyWaves(database: database).due(wave: 6, asOf: day("2025-10-20")).map(\.name).contains("Siti Rahmawati"))
        let decided = try database.read { db in try String.fetchOne(db, sql: "SELECT decided_by || ' ' || resolved_at FROM review_item") }
        #expect(decided == "rina 2025-10-20 09:00:00")
    }

    @Test func acceptTakesTheSuggestionAndAcceptAllNeedsAMatchedSender() throws {
        let database = try makeGraduates(people)
        // Siti and Budi (matched by phone) each send a code with an unknown letter; a stranger answers in a one-to-one chat.
        _ = try ingest(["01/10/25 10.00 - +62 812-0000-0001: 1AX", "01/10/25 10.30 - +62 812-0000-0002: 2AX"], into: database)
        let stranger = try temporaryFolder().appendingPathComponent("WhatsApp Chat with +62 877-1234-5678.txt")
        try Data("01/10/25 11.00 - +62 877-1234-5678: 1 A\n".utf8).write(to: stranger)
        _ = try ChatIngest(database: database).ingest([stranger], now: now)
        let queue = ReviewQueue(database: database)
        let items = try queue.open()
        #expect(items.map(\.suggestion?.status) == [.employee, .selfEmployed, .employee])
        let unknown = try #require(items.first { $0.nik == nil })
        // All or none: the stranger's item cannot be taken as suggested, so Siti's is not recorded either.
        #expect(throws: OutreachError.self) { try queue.accept([items[0].id, unknown.id], by: "rina", now: now) }
        #expect(try observations(database).isEmpty)
        try queue.accept([items[0].id], by: "rina", now: now)
        #expect(try observations(database).map(\.status) == ["employee"])
        let (accepted, skipped) = try queue.acceptAll(by: "rina", reason: "checked with the class teacher", now: now)
        #expect(accepted == 1 && skipped == [ReviewQueue.Skipped(id: unknown.id, reason: "sender not matched to a graduate")])
        #expect(try observations(database).map(\.status) == ["employee", "selfEmployed"])
        let who = try database.read { db in try String.fetchAll(db, sql: "SELECT decided_by FROM review_item WHERE state = 'resolved' ORDER BY id") }
        #expect(who == ["rina", "rina: checked with the class teacher"])
    }

    /// A batch never records the model's reading of small talk: news of a classmate would become the sender's status.
    @Test func acceptAllLeavesDoubtedSmallTalkOpen() throws {
        let database = try makeGraduates(people)
        _ = try ingest(["01/10/25 10.00 - +62 812-0000-0001: 1AX", "01/10/25 10.30 - +62 812-0000-0002: temen sebangku aku no 1 kak udh kerja di gudang"], into: database)
        let queue = ReviewQueue(database: database)
        let items = try queue.open()
        // The premise: the second item is small talk to the rules, held back by the model with a status of its own.
        #expect(items.count == 2)
        let doubted = try #require(items.last)
        #expect(doubted.reason.hasPrefix(ReplyInterpreter.smallTalkDoubted) && doubted.suggestion?.status != nil)
        let (accepted, skipped) = try queue.acceptAll(by: "rina", reason: "checked", now: now)
        #expect(accepted == 1 && skipped.map(\.id) == [doubted.id])
        #expect(try observations(database).map(\.status) == ["employee"])
        try queue.dismiss([doubted.id], by: "rina", now: now)
        #expect(try queue.open().isEmpty)
    }

    /// Small talk the second opinion doubted is cleared several items at a time, all or none, each decision recorded.
    @Test func dismissClosesSeveralItemsAllOrNone() throws {
        let database = try makeGraduates(people)
        _ = try ingest(["01/10/25 10.00 - +62 812-0000-0001: 1AX", "01/10/25 10.30 - +62 812-0000-0002: 2AX"], into: database)
        let queue = ReviewQueue(database: database)
        let ids = try queue.open().map(\.id)
        #expect(ids.count == 2)
        #expect(throws: OutreachError.self) { try queue.dismiss(ids + [9_999], by: "rina", now: now) }
        #expect(try queue.open().count == 2)
        try queue.dismiss(ids, by: "rina", now: now)
        #expect(try queue.open().isEmpty)
        let decided = try database.read { db in try String.fetchAll(db, sql: "SELECT state || ' ' || decided_by FROM review_item ORDER BY id") }
        #expect(decided == ["dismissed rina", "dismissed rina"])
        let texts = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chat_message WHERE text IS NOT NULL") }
        #expect(texts == 0)
    }

    @Test func reviewListMasksAPhoneNumberSender() throws {
        let database = try makeGraduates(people)
        let url = try temporaryFolder().appendingPathComponent("WhatsApp Chat with +62 877-1234-5678.txt")
        try Data("01/10/25 10.00 - +62 877-1234-5678: 1 A\n".utf8).write(to: url)
        _ = try ChatIngest(database: database).ingest([url], now: now)
        let item = try #require(try ReviewQueue(database: database).open().first)
        #expect(item.sender?.hasSuffix("5678") == true && item.sender?.contains("877") == false)
    }
}
