import Foundation
import Testing
@testable import Outreach

/// Runs the parser over other people's published exports (shared/fixtures/exports/whatsapp,
/// never copied here). Skipped when that folder is absent.
@Suite("WhatsApp real exports", .enabled(if: FixturePaths.sharedExports != nil))
struct WhatsAppRealExportTests {
    /// Formats deliberately not supported: time-first (vi), Arabic digits order with RLMs, Buddhist and Japanese-era years.
    static let unsupported: Set<String> = [
        "whats_json/ios/iOS Vietnamese.txt", "whats_json/ios/WhatsApp Chat - Elon Musk (Arabic).txt",
        "whats_json/calendars/Buddhist iOS.txt", "whats_json/calendars/Japanese iOS.txt",
    ]

    /// Exports from phones set to a language Jejak does not read: refused, with what to do.
    static let otherLanguage: [String: String] = [
        "WhatsR/germanandroid24h.txt": "German", "WhatsR/germanandroidampm.txt": "German",
        "WhatsR/germanios24h.txt": "German", "WhatsR/germaniosampm.txt": "German",
        "whats_json/ios/WhatsApp Chat - Elon Musk (FR).txt": "French", "whats_json/ios/WhatsApp Chat - Elon Musk (German).txt": "German",
        "whats_json/ios/WhatsApp Chat - Elon Musk (Spanish).txt": "Spanish",
        "whats_json/ios/WhatsApp Chat - Elon Musk (IT).txt": "Italian", "whats_json/ios/WhatsApp Chat - Elon Musk (RU).txt": "Russian",
        "whats_json/ios/WhatsApp Chat - Elon Musk (UKR).txt": "Ukrainian", "whats_json/ios/WhatsApp Chat - Elon Musk (CZ).txt": "Czech",
        "whats_json/ios/iOS Thai.txt": "Thai", "whats_json/ios/iOS Hindi.txt": "Hindi",
        // These two names hold a no-break space, as the phones wrote them.
        "whats_json/android/Chat WhatsApp s\u{00A0}uživatelem Dmitry S CZ Android.txt": "Czech",
        "whats_json/android/Чат WhatsApp с\u{00A0}контактом Dmitry S RU Android.txt": "Russian", "whats_json/ios/WhatsApp Chat - Elon Musk (RU).zip": "Russian",
    ]

    static var allExports: [String] {
        guard let root = FixturePaths.realWhatsApp("") else { return [] }
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { ["txt", "zip"].contains($0.pathExtension.lowercased()) } ?? []
        return files.map { String($0.path.dropFirst(root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
            .sorted()
    }

    @Test(arguments: allExports)
    func parsesOrRefuses(relativePath: String) throws {
        let url = try #require(FixturePaths.realWhatsApp(relativePath))
        if Self.unsupported.contains(relativePath) {
            #expect(throws: WhatsAppExportError.noMessageHeader(file: url.lastPathComponent)) {
                _ = try WhatsAppExportParser().parse(fileAt: url) { _ in }
            }
            return
        }
        if let language = Self.otherLanguage[relativePath] {
            #expect(throws: WhatsAppExportError.unsupportedLanguage(file: url.lastPathComponent, language: language)) {
                _ = try WhatsAppExportParser().parse(fileAt: url) { _ in }
            }
            return
        }
        var messages: [ChatMessage] = []
        let summary = try WhatsAppExportParser().parse(fileAt: url) { messages.append($0) }
        #expect(summary.messages > 0)
        #expect(summary.messages + summary.system == messages.count)
        for message in messages {
            if message.kind == .system {
                #expect(message.sender == nil, "\(relativePath) \(message.position)")
            } else {
                #expect(message.sender?.isEmpty == false, "\(relativePath) \(message.position)")
                #expect(message.sender?.unicodeScalars.contains { [0x200E, 0x200F, 0x202A, 0x202C, 0xFEFF].contains($0.value) } == false)
            }
            #expect(!message.text.hasPrefix("\u{200E}") && !message.text.contains("\r"), "\(relativePath) \(message.position)")
        }
        // Only the ambiguous-order notice and the deliberately broken "23:59 PM" lines may be issues.
        #expect(summary.issues.allSatisfy { $0.position == "file" }, "\(relativePath): \(summary.issues)")
    }

    /// Counts checked by hand: headers counted with grep, system lines read one by one.
    @Test(arguments: [
        ("WhatsR/englishandroid24h.txt", 42, 8),
        ("WhatsR/englishandroidampm.txt", 42, 8),
        ("whats_json/android/WhatsApp Chat with Dmitry S EN Android.txt", 59, 1),
        ("whats_json/android/WhatsApp Chat with Group Chat XXX Android.txt", 4, 16),
        ("whats_json/ios/iOS Indonesian.txt", 25, 3),
        ("whats_json/ios/WhatsApp Chat - Elon Musk (EN).txt", 22, 3),
        ("chat-analytics/4A_11M.txt", 11, 3),
        ("chat-analytics/4A_11M.zip", 11, 3),
    ])
    func handCheckedCounts(relativePath: String, messages: Int, system: Int) throws {
        let url = try #require(FixturePaths.realWhatsApp(relativePath))
        let summary = try WhatsAppExportParser().parse(fileAt: url) { _ in }
        #expect(summary.messages == messages)
        #expect(summary.system == system)
    }

    @Test func oneToOneChatTakesTheOtherPartyFromTheFileName() throws {
        let url = try #require(FixturePaths.realWhatsApp("whats_json/android/WhatsApp Chat with Dmitry S EN Android.txt"))
        var first: ChatMessage?
        _ = try WhatsAppExportParser().parse(fileAt: url) { if first == nil { first = $0 } }
        #expect(first?.chat == "Dmitry S EN Android")  // the fixture file name carries a suffix
        // "23/03/2022, 13:31" read day-first in Asia/Jakarta
        #expect(first?.time == Date(timeIntervalSince1970: 1_648_017_060))
    }

    /// chat-miner's expected parse: participant messages as (local time, author, text joined by spaces).
    @Test(arguments: ["test_ddmmyy_24hrs.txt", "test_mmddyy_24hrs.txt", "test_[mmddyy]_24hrs.txt",
                      "test_mmddyyyy_12hrs.txt", "test_yyyymmdd_24hrs.txt"])
    func matchesChatMinerTarget(file: String) throws {
        let target = try #require(FixturePaths.realWhatsApp("chat-miner/expected_target.json"))
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: target)) as! [[String: String]]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Jakarta")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        var rows: [[String: String]] = []
        let url = try #require(FixturePaths.realWhatsApp("chat-miner/\(file)"))
        let summary = try WhatsAppExportParser().parse(fileAt: url) { m in
            guard m.kind != .system else { return }
            rows.append(["timestamp": formatter.string(from: m.time), "author": m.sender ?? "",
                         "message": m.text.replacingOccurrences(of: "\n", with: " ")])
        }
        #expect(summary.system == 3)
        #expect(rows.reversed() == expected)
    }
}
