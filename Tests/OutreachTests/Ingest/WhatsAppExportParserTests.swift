import Foundation
import Testing
import ZIPFoundation
@testable import Outreach

/// Wall-clock time in Asia/Jakarta (UTC+7, no DST), as the parser reads exports by default.
private func jakarta(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
    return calendar.date(from: DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: s))!
}

private func parseAll(_ url: URL) throws -> ([ChatMessage], ChatParseSummary) {
    var messages: [ChatMessage] = []
    let summary = try WhatsAppExportParser().parse(fileAt: url) { messages.append($0) }
    return (messages, summary)
}

private func parseAll(_ text: String, chat: String = "Tes") throws -> ([ChatMessage], ChatParseSummary) {
    var messages: [ChatMessage] = []
    let summary = try WhatsAppExportParser().parse(data: Data(text.utf8), chatName: chat) { messages.append($0) }
    return (messages, summary)
}

@Suite("WhatsAppExportParser")
struct WhatsAppExportParserTests {
    @Test func androidIndonesianGroup() throws {
        // Given an Indonesian Android group export (dd/mm/yyyy, no comma, "." in the time)
        let (messages, summary) = try parseAll(FixturePaths.whatsApp("Chat WhatsApp dengan Alumni Las 2022.txt"))
        // Then the chat comes from the file name and every line is read
        #expect(summary == ChatParseSummary(messages: 6, system: 4, issues: []))
        #expect(messages.count == 10)
        #expect(messages.allSatisfy { $0.chat == "Alumni Las 2022" })
        #expect(messages.map(\.kind) == [.system, .system, .system, .text, .text, .media, .deleted, .text, .text, .system])
        #expect(messages[0].sender == nil)
        #expect(messages[0].text.hasPrefix("Pesan dan panggilan terenkripsi"))
        #expect(messages[1] == ChatMessage(chat: "Alumni Las 2022", sender: nil, time: jakarta(2022, 10, 13, 16, 21),
                                           text: "Admin BLK menambahkan +62 812-0000-0001", kind: .system, position: "line 2"))
        #expect(messages[2].text == "Rina Wulandari bergabung menggunakan tautan undangan grup ini")
        #expect(messages[3] == ChatMessage(chat: "Alumni Las 2022", sender: "Admin BLK", time: jakarta(2022, 10, 13, 16, 25),
                                           text: "Selamat sore semua 👋\nMohon isi survei berikut:\n1. Sudah bekerja?",
                                           kind: .text, position: "line 4"))
        // An unsaved number keeps its spaces and dashes but loses U+202A/U+202C
        #expect(messages[4].sender == "+62 812-0000-0001")
        #expect(messages[4].text == "Sudah bekerja di bengkel las")
        #expect(messages[4].position == "line 7")
        #expect(messages[5].text == "<Media tidak disertakan>")
        #expect(messages[6].text == "Pesan ini telah dihapus")
        // Two identical messages in the same minute are both emitted
        #expect(messages[7] == ChatMessage(chat: "Alumni Las 2022", sender: "Rina Wulandari", time: jakarta(2022, 10, 13, 16, 27),
                                           text: "Ya", kind: .text, position: "line 10"))
        #expect(messages[8].position == "line 11")
        #expect(messages[8].text == messages[7].text && messages[8].time == messages[7].time)
        #expect(messages[9] == ChatMessage(chat: "Alumni Las 2022", sender: nil, time: jakarta(2022, 11, 1, 8, 5),
                                           text: "Rina Wulandari keluar", kind: .system, position: "line 12"))
    }

    @Test func androidEnglishTwelveHourWithNarrowSpace() throws {
        // Given an en-US export with U+202F before AM/PM, a "(file attached)" with caption and a deleted message
        let (messages, summary) = try parseAll(FixturePaths.whatsApp("WhatsApp Chat with Budi Santoso.txt"))
        #expect(summary == ChatParseSummary(messages: 4, system: 1, issues: []))
        #expect(messages.allSatisfy { $0.chat == "Budi Santoso" })
        #expect(messages[0].kind == .system && messages[0].time == jakarta(2024, 3, 14, 9, 5))
        #expect(messages[1] == ChatMessage(chat: "Budi Santoso", sender: "Budi Santoso", time: jakarta(2024, 3, 14, 9, 6),
                                           text: "Good morning", kind: .text, position: "line 2"))
        #expect(messages[2].sender == "You" && messages[2].time == jakarta(2024, 3, 14, 13, 30))
        // 12:05 AM is just after midnight; the caption stays with its attachment
        #expect(messages[3] == ChatMessage(chat: "Budi Santoso", sender: "Budi Santoso", time: jakarta(2024, 3, 15, 0, 5),
                                           text: "IMG-20240315-WA0001.jpg (file attached)\nPhoto from the workshop",
                                           kind: .media, position: "line 4"))
        #expect(messages[4].kind == .deleted && messages[4].time == jakarta(2024, 3, 15, 12, 45) && messages[4].position == "line 6")
    }

    @Test func iOSIndonesianRegionWithMarksAndCRLF() throws {
        // Given an iOS export ([dd/mm/yy hh.mm.ss], CRLF, U+200E before placeholders and system texts)
        let (messages, summary) = try parseAll(FixturePaths.whatsApp("_chat.txt"))
        #expect(summary == ChatParseSummary(messages: 6, system: 2, issues: []))
        #expect(messages.allSatisfy { $0.chat == "_chat" })
        #expect(messages[0].kind == .system && messages[0].sender == nil)
        #expect(messages[0].text.hasPrefix("Pesan dan panggilan terenkripsi"))
        #expect(messages[1] == ChatMessage(chat: "_chat", sender: "Siti Aminah", time: jakarta(2024, 1, 25, 19, 3, 45),
                                           text: "Selamat malam, saya alumni menjahit 2023", kind: .text, position: "line 2"))
        #expect(messages[2] == ChatMessage(chat: "_chat", sender: "Siti Aminah", time: jakarta(2024, 1, 25, 19, 4, 2),
                                           text: "gambar tidak disertakan", kind: .media, position: "line 3"))
        #expect(messages[3].text == "Terima kasih Bu Siti 🙏\nSudah bekerja di mana?")
        #expect(messages[4].kind == .deleted && messages[4].text == "Pesan ini dihapus.")
        #expect(messages[5].kind == .deleted && messages[5].sender == "Admin BLK")
        #expect(messages[6].kind == .system && messages[6].sender == nil && messages[6].position == "line 8")
        #expect(messages[7].text == "Di konveksi dekat rumah 😊" && messages[7].kind == .text)
        #expect(!messages.contains { $0.text.contains("\r") })
    }

    @Test func iOSZipTakesChatFromZipName() throws {
        // Given an iOS-style zip holding _chat.txt and a photo
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zipURL = folder.appendingPathComponent("WhatsApp Chat - Siti Aminah.zip")
        let archive = try Archive(url: zipURL, accessMode: .create)
        let chatText = FixturePaths.whatsApp("_chat.txt")
        try archive.addEntry(with: "_chat.txt", relativeTo: chatText.deletingLastPathComponent(), compressionMethod: .deflate)
        let photo = Data([0xFF, 0xD8, 0xFF, 0xD9])
        try archive.addEntry(with: "00000003-PHOTO-2024-01-25-19-04-02.jpg", type: .file,
                             uncompressedSize: Int64(photo.count)) { (position: Int64, size: Int) -> Data in
            photo.subdata(in: Int(position)..<Int(position) + size)
        }
        // When it is parsed
        let (messages, summary) = try parseAll(zipURL)
        // Then the chat title is the zip's, and the contact's own name marks system texts
        #expect(summary == ChatParseSummary(messages: 6, system: 2, issues: []))
        #expect(messages.allSatisfy { $0.chat == "Siti Aminah" })
        #expect(messages[1].sender == "Siti Aminah" && messages[1].kind == .text)
        #expect(messages[7].time == jakarta(2024, 1, 25, 19, 9))
    }

    @Test func zipWithoutChatOrCutOffThrows() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A zip with only media
        let mediaOnly = folder.appendingPathComponent("WhatsApp Chat - Kosong.zip")
        let archive = try Archive(url: mediaOnly, accessMode: .create)
        let bytes = Data(repeating: 0x41, count: 64)
        try archive.addEntry(with: "00000001-PHOTO.jpg", type: .file, uncompressedSize: 64) { (position: Int64, size: Int) -> Data in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect(throws: WhatsAppExportError.noChatInZip(file: "WhatsApp Chat - Kosong.zip")) { try parseAll(mediaOnly) }
        // A zip cut in half
        let whole = try Data(contentsOf: mediaOnly)
        let cut = folder.appendingPathComponent("WhatsApp Chat - Terpotong.zip")
        try whole.prefix(whole.count / 2).write(to: cut)
        let error = #expect(throws: WhatsAppExportError.self) { try parseAll(cut) }
        guard case .unreadableZip(let file, _) = error else {
            Issue.record("expected unreadableZip, got \(String(describing: error))")
            return
        }
        #expect(file == "WhatsApp Chat - Terpotong.zip")
        #expect(error?.errorDescription?.contains("Copy the export from the phone again") == true)
    }

    @Test func junkBeforeFirstHeaderIsReported() throws {
        // Given a BOM-only first line, then a pasted note, then a message
        let (messages, summary) = try parseAll(FixturePaths.whatsApp("junk-before-header.txt"))
        #expect(summary.messages == 1 && summary.system == 0)
        #expect(summary.issues.map(\.position) == ["line 2"])
        #expect(messages == [ChatMessage(chat: "junk-before-header", sender: "Dedi Kurniawan", time: jakarta(2023, 2, 14, 10, 0),
                                         text: "Halo", kind: .text, position: "line 3")])
    }

    @Test func nonWhatsAppFileThrows() throws {
        let error = #expect(throws: WhatsAppExportError.noMessageHeader(file: "not-whatsapp.txt")) {
            try parseAll(FixturePaths.whatsApp("not-whatsapp.txt"))
        }
        #expect(error?.errorDescription?.contains("Export chat") == true)
        #expect(throws: WhatsAppExportError.self) { try parseAll(FixturePaths.whatsApp("missing.txt")) }
    }

    @Test func anExportInALanguageJejakDoesNotReadIsRefusedWithWhatToDo() throws {
        let german = """
            23.11.25, 14:05 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen.
            23.11.25, 14:06 - Budi: <Medien ausgeschlossen>
            23.11.25, 14:07 - Budi: 1
            """
        let error = #expect(throws: WhatsAppExportError.unsupportedLanguage(file: "Alumni BAR-01", language: "German")) {
            try WhatsAppExportParser().parse(data: Data(german.utf8), chatName: "Alumni BAR-01") { _ in }
        }
        #expect(error?.errorDescription?.contains("Bahasa Indonesia or English") == true)
        // A graduate quoting German far down an Indonesian export is just a message.
        var lines = (0..<60).map { "23/11/25 14.\(String(format: "%02d", $0)) - Budi: halo \($0)" }
        lines.append("23/11/25 15.00 - Budi: di pabrik Jerman ada tulisan <Medien ausgeschlossen> wkwk")
        var count = 0
        _ = try WhatsAppExportParser().parse(data: Data(lines.joined(separator: "\n").utf8), chatName: "Alumni BAR-01") { _ in count += 1 }
        #expect(count == 61)
    }

    @Test func ambiguousDateOrderIsChosenAndReported() throws {
        // Zero-padded dates: day first (Indonesian region), with an issue at "file"
        let (padded, paddedSummary) = try parseAll(FixturePaths.whatsApp("ambiguous-padded.txt"))
        #expect(padded.map(\.time) == [jakarta(2023, 2, 1, 10, 0)])
        #expect(paddedSummary.issues.map(\.position) == ["file"])
        #expect(paddedSummary.issues.first?.reason.contains("day/month/year") == true)
        // Unpadded M/d/yy: month first (US region); no final newline
        let (unpadded, unpaddedSummary) = try parseAll(FixturePaths.whatsApp("ambiguous-unpadded.txt"))
        #expect(unpadded.map(\.time) == [jakarta(2023, 1, 2, 10, 0)])
        #expect(unpadded.first?.text == "Hi")
        #expect(unpaddedSummary.issues.first?.reason.contains("month/day/year") == true)
    }

    @Test func headerContradictingTheFileOrderIsReportedAndKept() throws {
        // Line 1 decides day first; line 3 is impossible that way (month 25)
        let text = "13/10/2022 16.25 - Ani: satu\n14/10/2022 08.00 - Ani: dua\n10/25/2022 09.00 - Ani: tiga\n"
        let (messages, summary) = try parseAll(text)
        #expect(summary.messages == 2)
        #expect(summary.issues.map(\.position) == ["line 3"])
        #expect(messages[1].text == "dua\n10/25/2022 09.00 - Ani: tiga")
    }

    @Test(arguments: [
        ("1/29/18, 12:24 - Ana: hi", "Ana", jakarta(2018, 1, 29, 12, 24)),
        ("[29.01.18, 23:33:03] Ana: hi", "Ana", jakarta(2018, 1, 29, 23, 33, 3)),
        ("[15-01-20 02:22:56] Ana: hi", "Ana", jakarta(2020, 1, 15, 2, 22, 56)),
        ("2019-10-20, 10:16 - Ana: hi", "Ana", jakarta(2019, 10, 20, 10, 16)),
        ("01/30/2019, 08:49 p.\u{00A0}m. - Ana: hi", "Ana", jakarta(2019, 1, 30, 20, 49)),
        ("30/01/2019, 3:49 pm - Ana: hi", "Ana", jakarta(2019, 1, 30, 15, 49)),
        ("\u{FEFF}[\u{FEFF}29.01.18, 11:33:03 PM] Ana: hi", "Ana", jakarta(2018, 1, 29, 23, 33, 3)),
        ("7/13/16, 4:56:55 PM: Ana: hi", "Ana", jakarta(2016, 7, 13, 16, 56, 55)),
        ("26/11/20 23.10 - \u{202A}+62\u{00A0}812\u{00A0}0000\u{00A0}0002\u{202C}: hi", "+62 812 0000 0002", jakarta(2020, 11, 26, 23, 10)),
    ])
    func headerShapes(line: String, sender: String, time: Date) throws {
        let (messages, summary) = try parseAll(line + "\n")
        #expect(summary.issues.filter { $0.position != "file" } == [])
        #expect(messages.map(\.sender) == [sender])
        #expect(messages.map(\.time) == [time])
        #expect(messages.map(\.text) == ["hi"])
    }

    @Test func subjectContainingColonIsSystem() throws {
        let (messages, _) = try parseAll("13/10/2022 16.25 - Ani changed the subject to \"Survei: 2024\"\n")
        #expect(messages.map(\.kind) == [.system])
        #expect(messages.first?.sender == nil)
    }

    @Test func callerErrorStopsParsingUnchanged() throws {
        struct Stop: Error, Equatable {}
        var seen = 0
        #expect(throws: Stop()) {
            _ = try WhatsAppExportParser().parse(fileAt: FixturePaths.whatsApp("Chat WhatsApp dengan Alumni Las 2022.txt")) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test func chatNameFromFileName() {
        #expect(WhatsAppChatName.title(forFileName: "WhatsApp Chat with +62 812-0000-0001.txt") == "+62 812-0000-0001")
        #expect(WhatsAppChatName.title(forFileName: "Chat WhatsApp dengan Alumni\u{00A0}Las.txt") == "Alumni Las")
        #expect(WhatsAppChatName.title(forFileName: "WhatsApp Chat - Siti Aminah.zip") == "Siti Aminah")
        #expect(WhatsAppChatName.title(forFileName: "/tmp/ekspor grup.txt") == "ekspor grup")
    }
}
