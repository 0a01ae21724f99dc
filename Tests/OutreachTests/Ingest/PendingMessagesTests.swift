import Alumni
import Foundation
import GRDB
import Testing
@testable import Outreach

/// Messages whose sender is not known when they are ingested are kept and read again later, never lost.
@Suite struct PendingMessagesTests {
    let people = [
        (1, "Siti Rahmawati", "081200000001", "", "ya"),
        (2, "Budi Santoso", "081200000002", "", "ya"),
    ]
    let now = LocalDateTime(parsing: "2025-07-20 09:00")!

    func groupExport() throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("WhatsApp Chat with Alumni BAR-01.txt")
        try Data("""
            20/06/25 09.15 - +62 812-0000-0001: Alhamdulillah sudah kerja di PT Kopi Nusantara
            20/06/25 09.20 - Budi Santoso: masih nganggur kak, masih nyari
            20/06/25 09.25 - +62 877-1111-2222: kapan ada kelas las lagi kak?
            """.utf8).write(to: url)
        return url
    }

    func statuses(_ database: JejakDatabase) throws -> [String] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT status FROM observation WHERE superseded_by IS NULL ORDER BY enrollment_id")
        }
    }

    @Test func aGroupExportReadBeforeGraduationIsReadAgainAfterIt() throws {
        let database = try makeGraduates(people, graduate: false)
        let url = try groupExport()
        let before = try ChatIngest(database: database).ingest([url], now: now)
        #expect(before.answers == 0 && before.pending == 3)
        try graduateEveryone(database)
        // The same export again: its messages are not new, but those kept are read again now that the senders graduated.
        let after = try ChatIngest(database: database).ingest([url], now: now)
        #expect(after.newMessages == 0 && after.skippedDuplicates == 3)
        #expect(after.reread == 2 && after.answers == 2)
        #expect(try statuses(database) == ["employee", "unemployed"])
        // The stranger's question stays kept; nothing is read twice.
        let again = try ChatIngest(database: database).ingest([url], now: now)
        #expect(again.reread == 0 && again.answers == 0)
        let pending = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chat_message WHERE pending = 1") }
        #expect(pending == 1)
    }

    @Test func rereadOnRequestAfterANewPhoneIsKnown() throws {
        let database = try makeGraduates([(1, "Siti Rahmawati", "", "", "ya")])
        let url = try temporaryFolder().appendingPathComponent("WhatsApp Chat with Admin BLK.txt")
        try Data("20/06/25 09.15 - +62 812-0000-0001: udah kerja kak di PT Kopi Nusantara\n".utf8).write(to: url)
        #expect(try ChatIngest(database: database).ingest([url], now: now).answers == 0)
        try database.write { db in try db.execute(sql: "UPDATE trainee SET phone = '+6281200000001'") }
        let report = try ChatIngest(database: database).reread(now: now)
        #expect(report.reread == 1 && report.answers == 1)
        #expect(try statuses(database) == ["employee"])
    }

    @Test func aKeptTextIsDroppedAfterTheRetentionPeriod() throws {
        let database = try makeGraduates(people, graduate: false)
        _ = try ChatIngest(database: database).ingest([try groupExport()], now: now)
        try Settings(database: database).set(.retentionMessageDays, to: "30")
        // Counted from the ingest, not from when the messages were written (an old export still gets its time).
        #expect(try ChatIngest(database: database).reread(now: LocalDateTime(parsing: "2025-08-18 09:00")!).expired == 0)
        let later = try ChatIngest(database: database).reread(now: LocalDateTime(parsing: "2025-08-20 09:00")!)
        #expect(later.expired == 3)
        let texts = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chat_message WHERE text IS NOT NULL OR pending = 1") }
        #expect(texts == 0)
        // Their fingerprints stay: the export is still recognised as already ingested.
        let again = try ChatIngest(database: database).ingest([try groupExport()], now: now)
        #expect(again.newMessages == 0)
    }

    @Test func aSettledAnswersTextIsDroppedAfterTheRetentionPeriodAndTheAnswerStays() throws {
        let database = try makeGraduates([(1, "Siti Rahmawati", "081200000001", "", "ya"), (2, "Budi Santoso", "081200000002", "", "ya")])
        let ingested = LocalDateTime(parsing: "2025-07-01 09:00")!
        let report = try ingestGroupChat([
            "20/06/25 09.15 - +62 812-0000-0001: udah kerja kak di PT Kopi Nusantara",
            "20/06/25 09.20 - +62 812-0000-0002: ada deh",
        ], into: database, now: ingested)
        #expect(report.answers == 1 && report.needsReview == 1)
        try Settings(database: database).set(.retentionMessageDays, to: "30")
        #expect(try ChatIngest(database: database).reread(now: LocalDateTime(parsing: "2025-07-30 09:00")!).expired == 0)
        #expect(try ChatIngest(database: database).reread(now: LocalDateTime(parsing: "2025-08-01 09:00")!).expired == 1)
        let kept = try database.read { db in try String.fetchAll(db, sql: "SELECT text FROM chat_message WHERE text IS NOT NULL") }
        #expect(kept == ["ada deh"], "the open review item keeps its text until it is decided")
        #expect(try statuses(database) == ["employee"])
        let provenance = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT m.chat, m.sent_at, m.position FROM observation o JOIN chat_message m ON m.fingerprint = o.message_fingerprint")
        }
        #expect(provenance?["position"] != nil && provenance?["chat"] != nil, "the answer keeps where and when it was written")
    }

    /// Messages of one minute are read again in the order they were written, not in the order of their fingerprints.
    @Test func messagesOfOneMinuteAreReadAgainInTheirOrder() throws {
        let database = try makeGraduates([(1, "Budi Santoso", "081200000002", "", "ya")], graduate: false)
        let url = try temporaryFolder().appendingPathComponent("WhatsApp Chat with Alumni BAR-01.txt")
        try Data("""
            20/06/25 09.20 - Budi Santoso: 1
            20/06/25 09.20 - Budi Santoso: eh salah, 3 kak
            """.utf8).write(to: url)
        _ = try ChatIngest(database: database).ingest([url], now: now)
        // The premise: the correction's fingerprint sorts before the answer it corrects.
        let fingerprints = try database.read { db in try Int64.fetchAll(db, sql: "SELECT fingerprint FROM chat_message ORDER BY id") }
        try #require(fingerprints.count == 2 && fingerprints[1] < fingerprints[0])
        try graduateEveryone(database)
        let report = try ChatIngest(database: database).reread(now: now)
        #expect(report.reread == 2 && report.answers == 1)
        #expect(try statuses(database) == ["unemployed"])
    }
}
