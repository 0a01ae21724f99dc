import Alumni
import Foundation
import GRDB
import Testing
@testable import Outreach

/// A reply is what a graduate wrote in one go; nothing a graduate wrote is let go unless it is plainly chatter.
@Suite struct ReplyTurnTests {
    let people = [(1, "Siti Rahmawati", "081200000001", "", "ya"), (2, "Budi Santoso", "081200000002", "", "ya")]
    let now = LocalDateTime(parsing: "2025-10-20 09:00")!

    func ingest(_ lines: [String], into database: JejakDatabase) throws -> IngestReport {
        try ingestGroupChat(lines, into: database, now: now)
    }

    @Test func consecutiveMessagesAreReadAsOneReply() throws {
        let database = try makeGraduates(people)
        let report = try ingest([
            "01/10/25 10.00 - +62 812-0000-0001: halo kak",
            "01/10/25 10.01 - +62 812-0000-0001: udah kerja kak",
            "01/10/25 10.02 - +62 812-0000-0002: wah selamat ya",
            "01/10/25 10.03 - +62 812-0000-0001: di PT Maju Jaya",
            "01/10/25 10.04 - +62 812-0000-0001: sejak agustus",
        ], into: database)
        #expect(report.answers == 1)
        let row = try #require(try database.read { db in
            try Row.fetchOne(db, sql: "SELECT status, employer, first_job_month FROM observation WHERE superseded_by IS NULL")
        })
        #expect(row["status"] as String? == "employee")
        #expect(row["employer"] as String? == "PT Maju Jaya")
        #expect(row["first_job_month"] as String? == "2025-08")
        // Each message keeps its own fingerprint and text.
        let kept = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chat_message WHERE text IS NOT NULL AND trainee_id IS NOT NULL") }
        #expect(kept == 4)
        // Budi's congratulation is about someone else: chatter, counted as such.
        #expect(report.chatter == 1)
    }

    /// Replies of one minute by different senders are read in the order they were written, not in a dictionary's
    /// order (which changes from run to run): review items and observations come out the same on every run.
    @Test func repliesOfOneMinuteAreReadInTheOrderWritten() throws {
        let six = (1...6).map { ($0, "Alumni \($0)", String(format: "08120000%04d", $0), "", "ya") }
        let database = try makeGraduates(six)
        _ = try ingest((1...6).map { String(format: "01/10/25 10.00 - +62 812-0000-%04d: ada deh", $0) }, into: database)
        let senders = try database.read { db in
            try String.fetchAll(db, sql: "SELECT m.sender FROM review_item r JOIN chat_message m ON m.fingerprint = r.message_fingerprint ORDER BY r.id")
        }
        #expect(senders.count == 6)
        #expect(senders == senders.sorted())
    }

    @Test func messagesFarApartAreSeparateReplies() throws {
        let database = try makeGraduates(people)
        let report = try ingest([
            "01/10/25 10.00 - +62 812-0000-0001: masih nyari kerja kak",
            "01/10/25 16.00 - +62 812-0000-0001: alhamdulillah barusan keterima, mulai senin depan",
        ], into: database)
        #expect(report.answers == 2)
        let status = try database.read { db in try String.fetchOne(db, sql: "SELECT status FROM observation WHERE superseded_by IS NULL") }
        #expect(status == "hiredNotStarted")
    }

    @Test func aGraduatesMessageIsAnAnswerOrReviewedNeverDropped() throws {
        let database = try makeGraduates(people)
        let report = try ingest([
            "01/10/25 10.00 - +62 812-0000-0001: gitu deh kak",
            "01/10/25 11.00 - +62 812-0000-0002: makasih kak 🙏",
            "01/10/25 12.00 - +62 812-0000-0002: <Media tidak disertakan>",
        ], into: database)
        #expect(report.answers == 0 && report.needsReview == 1 && report.chatter == 2)
        #expect(try ReviewQueue(database: database).open().map(\.text) == ["gitu deh kak"])
    }
}
