import Foundation
import Testing
@testable import Outreach

@Suite struct TelegramExportParserTests {
    struct Parsed {
        var messages: [ChatMessage] = []
        var polls: [ChannelPoll] = []
        var summary = ChatParseSummary()
    }

    func parse(_ url: URL, parser: TelegramExportParser = .init()) throws -> Parsed {
        var parsed = Parsed()
        parsed.summary = try parser.parse(fileAt: url, onMessage: { parsed.messages.append($0) }, onPoll: { parsed.polls.append($0) })
        return parsed
    }

    func parse(json: String) throws -> Parsed {
        var parsed = Parsed()
        parsed.summary = try TelegramExportParser().parse(
            data: Data(json.utf8), sourceName: "result.json",
            onMessage: { parsed.messages.append($0) }, onPoll: { parsed.polls.append($0) })
        return parsed
    }

    // MARK: - Our group export

    @Test func groupExportCountsAndIssues() throws {
        let parsed = try parse(FixturePaths.own("telegram/group_export.json"))
        #expect(parsed.summary.messages == 6)
        #expect(parsed.summary.system == 1)
        #expect(parsed.polls.count == 1)
        #expect(parsed.messages.map(\.position) == [
            "messages[0] (id 1)", "messages[1] (id 2)", "messages[2] (id 3)", "messages[4] (id 5)",
            "messages[5] (id 6)", "messages[7] (id 8)", "messages[8] (id 9)",
        ])
        #expect(parsed.summary.issues == [
            ChatParseIssue(position: "line 121", reason: "invalid JSON escape \\x0B (Telegram writes control characters this way); read as U+000B"),
            ChatParseIssue(position: "line 125", reason: "invalid JSON escape \\x0B (Telegram writes control characters this way); read as U+000B"),
            ChatParseIssue(position: "messages[6] (id 7)", reason: "the record has no date (neither date_unixtime nor date); skipped"),
        ])
        #expect(Set(parsed.messages.map(\.chat)) == ["Alumni Menjahit BLK 2024 (contoh)"])
    }

    @Test func serviceJoinIsSystemWithActor() throws {
        let join = try parse(FixturePaths.own("telegram/group_export.json")).messages[0]
        #expect(join == ChatMessage(
            chat: "Alumni Menjahit BLK 2024 (contoh)", sender: "Siti Rahmawati (contoh)", senderID: "user111",
            time: Date(timeIntervalSince1970: 1_717_203_600), text: "join_group_by_link", kind: .system,
            position: "messages[0] (id 1)"))
    }

    @Test func textAsStringAndAsEntityArray() throws {
        let messages = try parse(FixturePaths.own("telegram/group_export.json")).messages
        #expect(messages[1].text == "Sudah kerja di pabrik garmen")
        #expect(messages[1].sender == "Siti Rahmawati (contoh)")
        #expect(messages[1].senderID == "user111")
        #expect(messages[1].kind == .text)
        #expect(messages[1].time == Date(timeIntervalSince1970: 1_717_207_200))
        #expect(messages[2].text == "Saya belum kerja, info di https://example.org/loker")
        #expect(messages[2].senderID == "user222")
    }

    @Test func pollIsEmittedSeparatelyWithAggregateVotes() throws {
        let poll = try #require(try parse(FixturePaths.own("telegram/group_export.json")).polls.first)
        #expect(poll == ChannelPoll(
            chat: "Alumni Menjahit BLK 2024 (contoh)", time: Date(timeIntervalSince1970: 1_717_214_400),
            question: "Status kerja saat ini?",
            answers: [.init(text: "Bekerja", voters: 2), .init(text: "Belum bekerja", voters: 1)],
            totalVoters: 3, closed: false, position: "messages[3] (id 4)"))
    }

    @Test func deletedAccountHasNoSenderButKeepsID() throws {
        let message = try parse(FixturePaths.own("telegram/group_export.json")).messages[3]
        #expect(message.sender == nil)
        #expect(message.senderID == "user333")
        #expect(message.text == "Terima kasih BLK")
    }

    @Test func invalidEscapeBecomesTheControlCharacter() throws {
        let message = try parse(FixturePaths.own("telegram/group_export.json")).messages[4]
        #expect(message.text == "Baris satu\u{0B}baris dua")
    }

    @Test func mediaWithoutTextAndLocalDate() throws {
        let messages = try parse(FixturePaths.own("telegram/group_export.json")).messages
        #expect(messages[5].kind == .media)
        #expect(messages[5].text == "")
        // "2024-06-01T14:30:00" without date_unixtime is read in Asia/Jakarta (UTC+7).
        #expect(messages[5].time == Date(timeIntervalSince1970: 1_717_227_000))
    }

    @Test func bareNumericFromIDBecomesUserID() throws {
        let message = try parse(FixturePaths.own("telegram/group_export.json")).messages[6]
        #expect(message.senderID == "user444")
        #expect(message.time == Date(timeIntervalSince1970: 1_717_228_800))
    }

    @Test func configuredTimeZoneAppliesToDateWithoutUnixtime() throws {
        let parser = TelegramExportParser(timeZone: TimeZone(identifier: "UTC")!)
        let message = try parse(FixturePaths.own("telegram/group_export.json"), parser: parser).messages[5]
        #expect(message.time == Date(timeIntervalSince1970: 1_717_227_000 + 7 * 3_600))
    }

    // MARK: - Full-account export

    @Test func fullAccountExportReadsChatsAndLeftChats() throws {
        let parsed = try parse(FixturePaths.own("telegram/full_account_export.json"))
        #expect(parsed.summary == ChatParseSummary(messages: 4, system: 1, issues: []))
        #expect(parsed.messages.map(\.chat) == [
            "Rina Wulandari (contoh)", "Rina Wulandari (contoh)", "Kelas Las 2023 (contoh)", "Kelas Las 2023 (contoh)",
            "Info Loker Tangerang (contoh)",
        ])
        #expect(parsed.messages.map(\.position) == [
            "chats[0].messages[0] (id 10)", "chats[0].messages[1] (id 11)", "chats[1].messages[0] (id 1)",
            "chats[1].messages[1] (id 2)", "left_chats[0].messages[0] (id 3)",
        ])
        #expect(parsed.messages[1].text == "Sudah, di bengkel las sejak Mei")
        #expect(parsed.messages[1].senderID == "user555")
        #expect(parsed.messages[2].kind == .system)
        #expect(parsed.messages[2].text == "create_group")
        // A bare number in a channel is the channel's own id.
        #expect(parsed.messages[4].senderID == "channel777")
        #expect(parsed.messages[4].time == Date(timeIntervalSince1970: 1_672_491_600))
    }

    // MARK: - Streamed from disk

    /// An export larger than the stream's 1 MiB chunks: read from disk it gives what the same bytes give in memory,
    /// an escape past the first chunk is reported on its line, and a file broken at its very end emits nothing.
    @Test func aLargeExportIsReadInChunksAsWhole() throws {
        let count = 6000
        var lines = [#"{"name": "Alumni", "type": "private_group", "messages": ["#]
        for n in 0..<count {
            let text = n == count - 10 ? #"tab\x0B here"# : "pesan nomor \(n) " + String(repeating: "x", count: 200)
            lines.append(#"  {"id": \#(n + 1), "type": "message", "date_unixtime": "\#(1_700_000_000 + n)", "from": "A", "from_id": "user1", "text": "\#(text)"}"#
                + (n == count - 1 ? "" : ","))
        }
        lines.append("]}")
        let json = lines.joined(separator: "\n")
        #expect(json.utf8.count > 1 << 20)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("result.json")
        try Data(json.utf8).write(to: file)

        let streamed = try parse(file)
        let whole = try parse(json: json)
        #expect(streamed.summary.messages == count)
        #expect(streamed.messages.map(\.text) == whole.messages.map(\.text))
        #expect(streamed.messages[count - 10].text == "tab\u{0B} here")
        #expect(streamed.summary.issues.map(\.position) == ["line \(count - 10 + 2)"])

        try Data((json + ",").utf8).write(to: file)
        var emitted = 0
        #expect(throws: ChatExportError.self) { _ = try TelegramExportParser().parse(fileAt: file, onMessage: { _ in emitted += 1 }) }
        #expect(emitted == 0)
    }

    // MARK: - Files that are not exports

    @Test func notJSONThrowsAndEmitsNothing() throws {
        var emitted = 0
        #expect(throws: ChatExportError.self) {
            _ = try TelegramExportParser().parse(fileAt: FixturePaths.own("telegram/truncated.json"), onMessage: { _ in emitted += 1 })
        }
        #expect(emitted == 0)
        do {
            _ = try parse(FixturePaths.own("telegram/truncated.json"))
        } catch let error as ChatExportError {
            guard case .invalidJSON(let file, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "truncated.json")
            #expect(error.localizedDescription.hasPrefix("truncated.json: is not valid JSON"))
        }
    }

    @Test(arguments: ["[1, 2, 3]", #"{"name": "x"}"#, #"{"messages": 5}"#, "\"text\""])
    func otherJSONIsNotATelegramExport(json: String) {
        #expect(throws: ChatExportError.notATelegramExport(file: "result.json")) { try parse(json: json) }
    }

    @Test func malformedRecordsAreIssuesAndTheRestParses() throws {
        let parsed = try parse(json: """
            {"name": "Uji", "type": "private_group", "messages": [
              7,
              {"id": 2, "type": "unsupported"},
              {"id": 3, "type": "message", "date_unixtime": "kemarin", "from": "A", "text": "x"},
              {"id": 4, "type": "message", "date": "01/06/2024", "from": "A", "text": "x"},
              {"id": 5, "type": "message", "date": "2024-06-01T09:00:00", "from": "A", "from_id": "user1", "text": ["a", {"type": "italic", "text": "b"}]}
            ]}
            """)
        #expect(parsed.messages.map(\.text) == ["ab"])
        #expect(parsed.summary.issues.map(\.position) == ["messages[0]", "messages[1] (id 2)", "messages[2] (id 3)", "messages[3] (id 4)"])
    }

    @Test func backslashBeforeXInsideTextIsNotAnEscape() throws {
        // JSON `\\x0B` is a literal backslash followed by "x0B" and must stay so.
        let parsed = try parse(json: #"{"messages": [{"type": "message", "date_unixtime": "1", "text": "C:\\x0B"}]}"#)
        #expect(parsed.messages.map(\.text) == [#"C:\x0B"#])
        #expect(parsed.summary.issues.isEmpty)
    }

    // MARK: - Real exports by other people (shared folder; skipped when absent)

    @Test(.enabled(if: FixturePaths.shared("telegram") != nil))
    func chatAnalyticsDirectMessages() throws {
        let parsed = try parse(try #require(FixturePaths.shared("telegram/chat-analytics/DM_2A_7M.json")))
        // Counted by hand: 6 "message" records (2 photos without text), 2 "service" records.
        #expect(parsed.summary == ChatParseSummary(messages: 6, system: 2, issues: []))
        #expect(parsed.messages.map(\.kind) == [.system, .text, .text, .text, .text, .media, .media, .system])
        #expect(parsed.messages[1].text == "https://google.com 👀")
        #expect(parsed.messages[1].chat == "Bob")
        #expect(parsed.messages[1].senderID == "user700000000")
        // "2019-07-12T16:55:32" has no date_unixtime: read as Jakarta time.
        #expect(parsed.messages[1].time == Date(timeIntervalSince1970: 1_562_925_332))
        #expect(parsed.messages[7].text == "phone_call")
        #expect(parsed.messages[7].time == Date(timeIntervalSince1970: 1_691_719_862))
    }

    @Test(.enabled(if: FixturePaths.shared("telegram") != nil))
    func chatAnalyticsBigSupergroup() throws {
        let parsed = try parse(try #require(FixturePaths.shared("telegram/chat-analytics/BIG_20A_5475M.json")))
        #expect(parsed.summary == ChatParseSummary(messages: 5475, system: 0, issues: []))
        #expect(Set(parsed.messages.compactMap(\.sender)).count == 20)
        // Generated with bare numeric from_id and ISO dates in UTC with milliseconds.
        #expect(parsed.messages[0].senderID == "user19")
        #expect(parsed.messages[0].time == Date(timeIntervalSince1970: 1_483_251_609.248))
        #expect(parsed.messages.last?.position == "messages[5474] (id 5475)")
    }

    @Test(.enabled(if: FixturePaths.shared("telegram") != nil), arguments: ["test_single_export.json", "test_batch_export.json"])
    func chatMinerMatchesItsExpectedTarget(file: String) throws {
        let parsed = try parse(try #require(FixturePaths.shared("telegram/chat-miner/\(file)")))
        let target = try ChatMinerTarget.load(try #require(FixturePaths.shared("telegram/chat-miner/expected_target.json")))
        #expect(parsed.summary == ChatParseSummary(messages: 2, system: 0, issues: []))
        #expect(parsed.messages.map { ChatMinerTarget.format($0.time) } == target.map(\.timestamp))
        #expect(parsed.messages.map(\.sender) == target.map(\.author))
        // chat-miner joins entity parts with a space ("Link: https://…"); Telegram keeps spaces
        // inside the parts, so Jejak concatenates them as they are.
        #expect(parsed.messages.map(\.text) == ["Minimal Message", "Link:https://telegram.org/"])
        #expect(target.map(\.message) == ["Minimal Message", "Link: https://telegram.org/"])
        #expect(parsed.messages[0].chat == (file == "test_batch_export.json" ? "Chatname" : "test_single_export"))
    }
}
