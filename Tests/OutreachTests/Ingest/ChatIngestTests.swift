import Alumni
import Foundation
import GRDB
import Testing
import ZIPFoundation
@testable import Outreach

/// Replies read back from exports end to end: matching, answers, review, idempotency.
@Suite struct ChatIngestTests {
    let people = [
        (1, "Siti Rahmawati", "081200000001", "siti.r", "ya"),
        (2, "Budi Santoso", "081200000002", "", "ya"),
        (3, "Dewi Lestari", "081200000003", "dewi.lestari", "ya"),
        (4, "Eko Wibowo", "081200000004", "", "ya"),
        (5, "Eko Wibowo", "081200000005", "", "ya"),
    ]
    let now = LocalDateTime(parsing: "2025-07-20 09:00")!

    struct Observation: Equatable {
        var nik: String
        var wave: Int
        var status: String?
        var employer: String?
    }

    func observations(_ database: JejakDatabase) throws -> [Observation] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.nik, o.wave, o.status, o.employer FROM observation o JOIN enrollment e ON e.id = o.enrollment_id
                JOIN trainee t ON t.id = e.trainee_id WHERE o.superseded_by IS NULL ORDER BY t.nik, o.wave
                """).map { Observation(nik: String(($0["nik"] as String).suffix(4)), wave: $0["wave"], status: $0["status"], employer: $0["employer"]) }
        }
    }

    @Test func aClassGroupExport() throws {
        let database = try makeGraduates(people)
        let folder = try temporaryFolder()
        // Graduated 2025-03-14: by 20 June the 3-month wave is the latest due.
        let group = """
            14/03/25 10.00 - BLK Kota Tangerang membuat grup "Alumni Barista BAR-01"
            14/03/25 10.01 - BLK Kota Tangerang menambahkan +62 812-0000-0001
            20/06/25 09.00 - BLK Kota Tangerang: Halo alumni, mohon isi survei ya. Balas 1 bekerja, 2 wirausaha, 3 cari kerja
            20/06/25 09.15 - \u{202A}+62 812-0000-0001\u{202C}: Alhamdulillah sudah kerja di PT Kopi Nusantara
            20/06/25 09.20 - Budi Santoso: masih nganggur kak, masih nyari
            20/06/25 09.21 - Budi Santoso: <Media tidak disertakan>
            20/06/25 09.30 - Eko Wibowo: sudah kerja
            20/06/25 09.31 - +62 813-9999-0000: Kapan kelas barista buka lagi?
            20/06/25 09.40 - Dewi Lestari: terima kasih kak 🙏
            """
        let url = folder.appendingPathComponent("Chat WhatsApp dengan Alumni Barista BAR-01.txt")
        try Data(group.utf8).write(to: url)
        let report = try ChatIngest(database: database).ingest([url], now: now)
        #expect(report.files == 1)
        #expect(report.system == 2)
        #expect(report.messages == 7)
        #expect(report.newMessages == 9)
        #expect(report.answers == 2)
        // "Eko Wibowo" is shared by two graduates of the class: never guessed.
        #expect(report.needsReview == 1)
        #expect(report.unmatchedSenders == 2)  // the unknown number, and the ambiguous name
        #expect(report.errors.isEmpty)
        #expect(try observations(database) == [
            Observation(nik: "0001", wave: 3, status: "employee", employer: "PT Kopi Nusantara"),
            Observation(nik: "0002", wave: 3, status: "unemployed", employer: nil),
        ])
        let review = try ReviewQueue(database: database).open()
        #expect(review.map(\.reason) == ["the display name is shared by 2 graduates of BAR-01"])
        #expect(review.first?.text == "sudah kerja")

        // The same export again adds nothing.
        let again = try ChatIngest(database: database).ingest([url], now: now)
        #expect(again.newMessages == 0 && again.skippedDuplicates == 9 && again.answers == 0 && again.needsReview == 0)
        // Only answers, review items, and messages kept until their sender is known keep their text.
        let texts = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chat_message WHERE text IS NOT NULL") }
        #expect(texts == 4)
        let pending = try database.read { db in try String.fetchAll(db, sql: "SELECT text FROM chat_message WHERE pending = 1 ORDER BY sent_at") }
        #expect(pending == ["sudah kerja", "Kapan kelas barista buka lagi?"])
    }

    @Test func aOneToOneChatIsTiedByTheCodeInTheCentresMessage() throws {
        let database = try makeGraduates(people)
        let outbox = SurveyOutbox(database: database)
        let batch = try outbox.prepare(wave: 3, channel: .whatsapp, asOf: day("2025-06-20"), now: now)
        let code = try #require(batch.recipients.first { $0.due.name == "Dewi Lestari" }?.code.text)
        let folder = try temporaryFolder()
        // Saved under a nickname; the number is not in the export.
        let chat = """
            [20/06/25 09.00.00] BLK Kota Tangerang: Halo Dewi, survei alumni. Kode \(code)
            [21/06/25 19.05.10] Dewi: Halo kak
            [21/06/25 19.05.40] Dewi: buka usaha sendiri, jualan kue di rumah
            """
        let url = folder.appendingPathComponent("WhatsApp Chat with Dewi.txt")
        try Data(chat.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: url)
        let report = try ChatIngest(database: database).ingest([url], now: now)
        #expect(report.answers == 1)
        #expect(try observations(database) == [Observation(nik: "0003", wave: 3, status: "selfEmployed", employer: nil)])
    }

    @Test func aReplyCodeMatchesAnyoneAndALaterAnswerSupersedes() throws {
        let database = try makeGraduates(people)
        let batch = try SurveyOutbox(database: database).prepare(wave: 3, channel: .whatsapp, asOf: day("2025-06-20"), now: now)
        let code = try #require(batch.recipients.first { $0.due.name == "Budi Santoso" }?.code.text)
        let folder = try temporaryFolder()
        let first = "20/06/25 10.00 - Kakak Ipar: \(code) 3\n"
        let url1 = folder.appendingPathComponent("WhatsApp Chat with Kakak Ipar.txt")
        try Data(first.utf8).write(to: url1)
        _ = try ChatIngest(database: database).ingest([url1], now: now)
        #expect(try observations(database) == [Observation(nik: "0002", wave: 3, status: "unemployed", employer: nil)])
        // The cumulative export a month later repeats the first line and adds an update from the same contact.
        let later = first + "20/07/25 08.00 - Kakak Ipar: alhamdulillah sudah kerja di bengkel Jaya Motor\n"
        let url2 = folder.appendingPathComponent("later/WhatsApp Chat with Kakak Ipar.txt")
        try FileManager.default.createDirectory(at: url2.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(later.utf8).write(to: url2)
        let report = try ChatIngest(database: database).ingest([url2], now: now)
        #expect(report.skippedDuplicates == 1 && report.newMessages == 1 && report.answers == 1)
        #expect(try observations(database) == [Observation(nik: "0002", wave: 3, status: "employee", employer: "bengkel Jaya Motor")])
        let history = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM observation") }
        #expect(history == 2)
    }

    @Test func instagramDirectMessagesMatchByThreadHandle() throws {
        let database = try makeGraduates(people)
        let thread = try temporaryFolder().appendingPathComponent("messages/inbox/siti.r_1234567890")
        try FileManager.default.createDirectory(at: thread, withIntermediateDirectories: true)
        let json = #"""
            {"participants": [{"name": "Siti R"}, {"name": "BLK Kota Tangerang"}],
             "messages": [
               {"sender_name": "Siti R", "timestamp_ms": 1750500000000, "content": "Alhamdulillah sudah kerja kak \u00f0\u009f\u0099\u008f"},
               {"sender_name": "BLK Kota Tangerang", "timestamp_ms": 1750400000000, "content": "Halo Siti, boleh isi survei alumni?"}
             ],
             "title": "Siti R", "thread_path": "inbox/siti.r_1234567890"}
            """#
        try Data(json.utf8).write(to: thread.appendingPathComponent("message_1.json"))
        let report = try ChatIngest(database: database).ingest([thread.deletingLastPathComponent()], now: now)
        #expect(report.files == 1 && report.answers == 1 && report.matched == 1)
        #expect(try observations(database).map(\.nik) == ["0001"])
    }

    @Test func aBrokenFileIsRefusedWhileTheOthersGoIn() throws {
        let database = try makeGraduates(people)
        let folder = try temporaryFolder()
        let good = folder.appendingPathComponent("WhatsApp Chat with Budi.txt")
        try Data("20/06/25 10.00 - +62 812-0000-0002: masih nganggur, lagi nyari\n".utf8).write(to: good)
        let truncated = folder.appendingPathComponent("WhatsApp Chat - Rusak.zip")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00]).write(to: truncated)
        let notJSON = folder.appendingPathComponent("result.json")
        try Data(#"{"name": "Alumni", "type": "private_group", "messages": [ {"id": 1, "#.utf8).write(to: notJSON)
        let stray = folder.appendingPathComponent("notes.docx")
        try Data("x".utf8).write(to: stray)
        let report = try ChatIngest(database: database).ingest([good, truncated, notJSON, stray], now: now)
        #expect(report.answers == 1)
        #expect(Set(report.errors.map(\.file)) == [truncated.path, notJSON.path, stray.path])
        #expect(report.failedFiles == 3)
        let sources = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chat_source") }
        #expect(sources == 1)
        // Each reason is said once, without the file's name again (the report prints it beside the reason).
        for error in report.errors {
            let name = URL(fileURLWithPath: error.file).lastPathComponent
            #expect(!error.reason.contains(name), "\(error.reason)")
        }
    }

    @Test func anEmptyZipSaysItIsEmpty() throws {
        let database = try makeGraduates(people)
        let folder = try temporaryFolder()
        let empty = folder.appendingPathComponent("WhatsApp Chat - Alumni.zip")
        try Data().write(to: empty)
        let report = try ChatIngest(database: database).ingest([empty], now: now)
        #expect(report.failedFiles == 1 && report.files == 0)
        let reason = try #require(report.errors.first?.reason)
        #expect(reason.contains("the file is empty: 0 bytes"))
        #expect(!reason.contains("missingEndOfCentralDirectoryRecord"))
    }
}
