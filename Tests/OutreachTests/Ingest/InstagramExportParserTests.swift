import Foundation
import Testing
@testable import Outreach

@Suite struct InstagramExportParserTests {
    func parse(_ url: URL, parser: InstagramExportParser = .init()) throws -> ([ChatMessage], ChatParseSummary) {
        var messages: [ChatMessage] = []
        let summary = try parser.parse(fileAt: url) { messages.append($0) }
        return (messages, summary)
    }

    static let siti = "Siti Rahmawati 🌸 (contoh)"
    static let threadFolder = "instagram/your_instagram_activity/messages/inbox/sitirahma_1234567890"

    // MARK: - Current layout, a thread split in two parts

    @Test func threadPartsMergeOldestFirstWithExactValues() throws {
        let (messages, summary) = try parse(FixturePaths.own(Self.threadFolder))
        #expect(summary == ChatParseSummary(messages: 4, system: 2, issues: []))
        let s = Self.siti, blk = "BLK Kota Tangerang"
        let expected: [ChatMessage] = [
            .init(chat: s, sender: blk, senderID: nil, time: .init(timeIntervalSince1970: 1_740_060_000),
                  text: "Halo Kak Siti, apa kabar? Mohon isi survei alumni BLK ya", kind: .text, position: "message_2.json messages[2]"),
            .init(chat: s, sender: s, senderID: "sitirahma", time: .init(timeIntervalSince1970: 1_740_065_000),
                  text: "Siti reacted ❤ to your message", kind: .system, position: "message_2.json messages[1]"),
            .init(chat: s, sender: s, senderID: "sitirahma", time: .init(timeIntervalSince1970: 1_740_070_000),
                  text: "it’s okay, saya isi besok", kind: .text, position: "message_2.json messages[0]"),
            .init(chat: s, sender: s, senderID: "sitirahma", time: .init(timeIntervalSince1970: 1_740_080_000),
                  text: "", kind: .media, position: "message_1.json messages[2]"),
            .init(chat: s, sender: blk, senderID: nil, time: .init(timeIntervalSince1970: 1_740_090_000),
                  text: "Liked a message", kind: .system, position: "message_1.json messages[1]"),
            .init(chat: s, sender: s, senderID: "sitirahma", time: .init(timeIntervalSince1970: 1_740_100_000),
                  text: "Alhamdulillah sudah kerja 🙏", kind: .text, position: "message_1.json messages[0]"),
        ]
        #expect(messages == expected)
    }

    @Test func wholeExportFolderFindsCurrentLayout() throws {
        let (messages, summary) = try parse(FixturePaths.own("instagram"))
        #expect(summary.messages + summary.system == 6)
        #expect(messages.first?.position == "message_2.json messages[2]")
    }

    @Test func singlePartFileUsesItsFolderForTheUsername() throws {
        let (messages, summary) = try parse(FixturePaths.own(Self.threadFolder + "/message_2.json"))
        #expect(summary == ChatParseSummary(messages: 2, system: 1, issues: []))
        #expect(messages.map(\.senderID) == [nil, "sitirahma", "sitirahma"])
    }

    // MARK: - Legacy layout, several threads

    @Test func legacyLayoutWithGroupAndUnsentMessage() throws {
        let (messages, summary) = try parse(FixturePaths.own("instagram/legacy"))
        #expect(summary == ChatParseSummary(messages: 4, system: 2, issues: []))
        #expect(messages.map(\.position) == [
            "budi_santoso_5550001/message_1.json messages[2]", "budi_santoso_5550001/message_1.json messages[1]",
            "budi_santoso_5550001/message_1.json messages[0]", "kelasmenjahit2024_7770002/message_1.json messages[2]",
            "kelasmenjahit2024_7770002/message_1.json messages[1]", "kelasmenjahit2024_7770002/message_1.json messages[0]",
        ])
        // A username may itself hold "_": only the trailing _<digits> is the thread id.
        #expect(messages.map(\.senderID) == [nil, "budi_santoso", "budi_santoso", nil, nil, nil])
        #expect(messages.map(\.kind) == [.text, .text, .deleted, .system, .system, .text])
        #expect(messages[5].text == "Saya ikut 👍")
        #expect(messages[5].chat == "Kelas Menjahit 2024 (contoh)")
    }

    // MARK: - Owner rule without a configured account name

    static func oneToOne(title: String?) -> Data {
        let titleField = title.map { #", "title": "\#($0)""# } ?? ""
        return Data("""
            {"participants": [{"name": "Rina Wulandari (contoh)"}, {"name": "Akun Pelatihan"}],
             "messages": [{"sender_name": "Akun Pelatihan", "timestamp_ms": 2000, "content": "Sudah kerja?"},
                          {"sender_name": "Rina Wulandari (contoh)", "timestamp_ms": 1000, "content": "Halo"}]\(titleField)}
            """.utf8)
    }

    @Test func ownerFromTitleWhenNoAccountNameMatches() throws {
        var ids: [String?] = []
        let summary = try InstagramExportParser(accountNames: []).parse(
            data: Self.oneToOne(title: "Rina Wulandari (contoh)"), sourceName: "message_1.json", threadFolder: "rina.w_42") { ids.append($0.senderID) }
        #expect(ids == ["rina.w", nil])
        #expect(summary.issues.isEmpty)
    }

    @Test func ownerFromConfiguredAccountName() throws {
        var ids: [String?] = []
        _ = try InstagramExportParser(accountNames: ["akun pelatihan"]).parse(
            data: Self.oneToOne(title: nil), sourceName: "message_1.json", threadFolder: "rina.w_42") { ids.append($0.senderID) }
        #expect(ids == ["rina.w", nil])
    }

    @Test func undecidableOwnerIsAnIssueNotAGuess() throws {
        var ids: [String?] = []
        let summary = try InstagramExportParser(accountNames: []).parse(
            data: Self.oneToOne(title: nil), sourceName: "message_1.json", threadFolder: "rina.w_42") { ids.append($0.senderID) }
        #expect(ids == [nil, nil])
        #expect(summary.issues.map(\.position) == ["message_1.json"])
    }

    @Test func ownerIsTheParticipantInEveryThread() {
        let other = InstagramThreadOwner.otherParty(
            participants: ["Rina", "Akun Pelatihan"], title: nil, accountNames: [], inEveryThread: ["Akun Pelatihan"])
        #expect(other == "Rina")
    }

    // MARK: - Bad input

    @Test func recordsWithoutTimestampAreIssues() throws {
        var texts: [String] = []
        let summary = try InstagramExportParser().parse(
            data: Data(#"{"messages": [{"sender_name": "A", "content": "x"}, 3, {"sender_name": "A", "timestamp_ms": 5, "content": "y"}]}"#.utf8),
            sourceName: "message_1.json") { texts.append($0.text) }
        #expect(texts == ["y"])
        #expect(summary.issues.map(\.position) == ["message_1.json messages[0]", "message_1.json messages[1]"])
    }

    /// A record the first pass accepts but the decoder may refuse (a lone UTF-16 surrogate escape, bytes that are
    /// not UTF-8) is reported with its position or read, never dropped unseen.
    @Test(arguments: [Array(#"\ud800 x"#.utf8), [0x78, 0xFF, 0xFE, 0x78]])
    func aRecordTheDecoderRefusesIsNotDropped(content: [UInt8]) throws {
        var texts: [String] = []
        let data = Data(#"{"messages": [{"sender_name": "A", "timestamp_ms": 9, "content": "ok"}, {"sender_name": "A", "timestamp_ms": 7, "content": ""#.utf8)
            + Data(content) + Data(#""}, {"sender_name": "A", "timestamp_ms": 5, "content": "y"}]}"#.utf8)
        let summary = try InstagramExportParser().parse(data: data, sourceName: "message_1.json") { texts.append($0.text) }
        #expect(texts.count + summary.issues.count == 3, "texts \(texts), issues \(summary.issues)")
        #expect(texts.contains("ok") && texts.contains("y"))
    }

    @Test func notAMessageFileThrows() {
        #expect(throws: ChatExportError.notAnInstagramExport(file: "message_1.json")) {
            _ = try InstagramExportParser().parse(data: Data(#"{"participants": []}"#.utf8), sourceName: "message_1.json") { _ in }
        }
        #expect(throws: ChatExportError.self) {
            _ = try InstagramExportParser().parse(data: Data("{".utf8), sourceName: "message_1.json") { _ in }
        }
    }

    @Test func folderWithoutThreadsThrows() {
        let folder = FixturePaths.own("telegram")
        #expect(throws: ChatExportError.noInstagramThreads(folder: folder.path)) { try parse(folder) }
    }

    // MARK: - Long threads, read back a stretch at a time

    /// A `message_N.json` of the given records (time, text) in the order given, one of them not an object.
    static func part(_ records: [(Int64, String)], brokenAt broken: Int? = nil) -> String {
        let items = records.enumerated().map { n, r in
            n == broken ? "\"not a record\"" : #"{"sender_name": "Rina", "timestamp_ms": \#(r.0), "content": "\#(r.1)"}"#
        }
        return #"{"participants": [{"name": "Rina"}, {"name": "BLK Kota Tangerang"}], "messages": [\#n"# + items.joined(separator: ",\n") + "\n]}"
    }

    /// Every record of every part, oldest first, equal times in the reverse of file order: the order of the whole-file
    /// sort the parser used before it streamed.
    static func expectedOrder(_ parts: [[(Int64, String)]], broken: Set<String> = []) -> [String] {
        typealias Placed = (time: Int64, part: Int, index: Int, text: String)
        var all: [Placed] = []
        for (part, records) in parts.enumerated() {
            for (index, record) in records.enumerated() where !broken.contains(record.1) {
                all.append((record.0, part, index, record.1))
            }
        }
        all.sort { (a: Placed, b: Placed) -> Bool in
            if a.time != b.time { return a.time < b.time }
            return a.part != b.part ? a.part > b.part : a.index > b.index
        }
        return all.map(\.text)
    }

    @Test func longPartsAcrossStretchesMergeInTimeOrder() throws {
        let stretch = InstagramPartScan.stretch
        // Two parts of several stretches each, newest first, with runs of equal times inside and across parts
        // (steps of 0, 1 or 2 seconds in a fixed irregular pattern, so a failure can be run again).
        let parts: [[(Int64, String)]] = (0..<2).map { p in
            var time: Int64 = 10_000_000
            return (0..<(2 * stretch + 300 + p * 77)).map { n in
                time -= Int64((n * 7919 + p) % 5 % 3) * 1000
                return (time, "p\(p)m\(n)")
            }
        }
        let folder = try temporaryFolder().appendingPathComponent("rina_42")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (n, records) in parts.enumerated() {
            try Data(Self.part(records, brokenAt: n == 1 ? stretch : nil).utf8).write(to: folder.appendingPathComponent("message_\(n + 1).json"))
        }
        let (messages, summary) = try parse(folder)
        #expect(messages.map(\.text) == Self.expectedOrder(parts, broken: ["p1m\(stretch)"]))
        #expect(summary.issues.map(\.position) == ["message_2.json messages[\(stretch)]"])
        #expect(messages.allSatisfy { $0.senderID == "rina" })
    }

    @Test func partOutOfOrderIsStillEmittedOldestFirst() throws {
        // Times out of order in a fixed pattern, with repeats.
        let records = (0..<(InstagramPartScan.stretch + 500)).map { n in (Int64((n * 7919) % 400 + 1) * 1000, "m\(n)") }
        var texts: [String] = []
        _ = try InstagramExportParser().parse(data: Data(Self.part(records).utf8), sourceName: "message_1.json") { texts.append($0.text) }
        #expect(texts == Self.expectedOrder([records]))
    }

    @Test func headerFieldsOfTheWrongKindAreNotAMessageFile() throws {
        let documents = [#"{"title": 5, "messages": []}"#, #"{"participants": "Rina", "messages": []}"#,
                         #"{"participants": [3], "messages": []}"#, #"{"messages": {}}"#, "[1]"]
        for document in documents {
            #expect(throws: ChatExportError.notAnInstagramExport(file: "message_1.json")) {
                _ = try InstagramExportParser().parse(data: Data(document.utf8), sourceName: "message_1.json") { _ in }
            }
        }
        var texts: [String] = []
        _ = try InstagramExportParser().parse(
            data: Data(#"{"participants": null, "title": null, "messages": [{"timestamp_ms": 1.5e3, "content": "x"}]}"#.utf8), sourceName: "message_1.json") {
            texts.append($0.text)
        }
        #expect(texts == ["x"])
    }

    // MARK: - Real export by other people (shared folder; skipped when absent)

    @Test(.enabled(if: FixturePaths.shared("instagram/chat-miner") != nil))
    func chatMinerMatchesItsExpectedTarget() throws {
        let folder = try #require(FixturePaths.shared("instagram/chat-miner"))
        let (messages, summary) = try parse(folder.appendingPathComponent("message_1.json"))
        let target = try ChatMinerTarget.load(folder.appendingPathComponent("expected_target.json"))
        #expect(summary == ChatParseSummary(messages: 2, system: 0, issues: []))
        // chat-miner keeps file order (newest first); Jejak emits oldest first.
        let rows = messages.reversed().map { ChatMinerTarget(timestamp: ChatMinerTarget.format($0.time), author: $0.sender ?? "", message: $0.text) }
        #expect(rows == target)
        #expect(messages.allSatisfy { $0.senderID == nil && $0.kind == .text })
    }
}
