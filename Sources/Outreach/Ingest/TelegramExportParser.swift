import Foundation

/// Reads a Telegram Desktop JSON export (`result.json`) into `ChatMessage`s and `ChannelPoll`s.
///
/// Accepts both shapes Telegram writes (FORMATS.md §2): a single-chat export, where the file
/// is the chat object, and a full-account export, whose chats sit in `chats.list` and
/// `left_chats.list`. The file is read twice as a stream (`JSONStream`), in the memory of its
/// largest message whatever its size: first to check that it is JSON and a Telegram export and
/// to learn each chat's name and kind, then to decode and emit its messages one by one. So a
/// file that is not JSON, or not a Telegram export, throws `ChatExportError` and emits nothing.
/// Records that cannot be read (no date, not an object) become issues in the summary.
///
/// `senderID` rule: `from_id` as written (`"user123"`, `"channel…"`, `"chat…"`). Older exports
/// wrote a bare number; it becomes `"channel<digits>"` in a channel (`public_channel`,
/// `private_channel`), where posts are the channel's own, and `"user<digits>"` elsewhere, so one
/// person has one id across old and new exports.
public struct TelegramExportParser: Sendable {
    /// The zone of the exporting computer, used only for records without `date_unixtime`.
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = TimeZone(identifier: "Asia/Jakarta")!) {
        self.timeZone = timeZone
    }

    /// Parses the export at `url`, streamed from disk; see ``parse(data:sourceName:onMessage:onPoll:)``.
    public func parse(
        fileAt url: URL,
        onMessage: (ChatMessage) throws -> Void,
        onPoll: (ChannelPoll) throws -> Void = { _ in }
    ) throws -> ChatParseSummary {
        func open() throws -> JSONStream {
            do {
                return try JSONStream.Source.file(url).open()
            } catch {
                throw ChatExportError.unreadable(file: url.path, reason: error.localizedDescription)
            }
        }
        return try parse(open, sourceName: url.lastPathComponent, onMessage: onMessage, onPoll: onPoll)
    }

    /// Parses export bytes.
    /// - Parameters:
    ///   - sourceName: the file name, used in errors and as the chat name when the export has none.
    ///   - onMessage: called once per message and service record, in file order.
    ///   - onPoll: called once per poll; polls are never passed to `onMessage`.
    /// - Returns: counts of messages and service records, plus every issue met.
    /// - Throws: `ChatExportError` when the bytes are not a Telegram export; nothing has been emitted then.
    public func parse(
        data: Data,
        sourceName: String,
        onMessage: (ChatMessage) throws -> Void,
        onPoll: (ChannelPoll) throws -> Void = { _ in }
    ) throws -> ChatParseSummary {
        try parse({ JSONStream(data: data) }, sourceName: sourceName, onMessage: onMessage, onPoll: onPoll)
    }

    private func parse(
        _ open: () throws -> JSONStream, sourceName: String,
        onMessage: (ChatMessage) throws -> Void, onPoll: (ChannelPoll) throws -> Void
    ) throws -> ChatParseSummary {
        // First pass: the whole file is checked and each chat's name and kind read, before anything is emitted.
        var check = try open()
        var contexts: [String: ChatContext] = [:]
        let fallback = (sourceName as NSString).deletingPathExtension
        let isExport = try walk(&check, sourceName: sourceName, chat: { prefix, chat in
            contexts[prefix] = ChatContext(
                name: chat.displayName(fallback: fallback), isChannel: chat.type == "public_channel" || chat.type == "private_channel")
        }, message: { stream, _, _ in try stream.skipValue() })
        guard isExport else { throw ChatExportError.notATelegramExport(file: sourceName) }

        var summary = ChatParseSummary()
        var escapes: [TelegramEscapeRepair.Escape] = []
        var escapeCount = 0
        let reader = ISOLocalDateReader(timeZone: timeZone)
        let decoder = JSONDecoder()
        var stream = try open()
        _ = try walk(&stream, sourceName: sourceName, chat: { _, _ in }) { stream, prefix, index in
            let (bytes, line) = try stream.captureValue()
            let repair = TelegramEscapeRepair.repair(bytes, firstLine: line)
            escapeCount += repair.escapes.count
            escapes += repair.escapes.prefix(TelegramEscapeRepair.maxReported + 1 - escapes.count)
            let context = contexts[prefix] ?? ChatContext(name: fallback, isChannel: false)
            var record: TelegramMessageRecord
            do {
                record = try decoder.decode(TelegramMessageRecord.self, from: repair.data ?? bytes)
            } catch {
                record = TelegramMessageRecord(malformed: "the record is not valid JSON text (line \(line)); check the file's encoding")
            }
            let position = "\(prefix)messages[\(index)]" + (record.id.map { " (id \($0))" } ?? "")
            switch interpret(record, in: context, position: position, reader: reader) {
            case .message(let message):
                if message.kind == .system { summary.system += 1 } else { summary.messages += 1 }
                try onMessage(message)
            case .poll(let poll):
                try onPoll(poll)
            case .issue(let reason):
                summary.issues.append(ChatParseIssue(position: position, reason: reason))
            }
        }
        summary.issues = TelegramEscapeRepair.issues(escapes, total: escapeCount) + summary.issues
        return summary
    }

    /// Walks the export's outer shape: the file's own chat (prefix "") or each chat of `chats.list` and
    /// `left_chats.list` ("chats[3]."), handing each chat's name, kind and id to `chat` (once its object is read) and
    /// each element of its `messages` to `message`, which must take the element from the stream. Returns whether the
    /// file is a Telegram export.
    private func walk(
        _ stream: inout JSONStream, sourceName: String,
        chat: (String, TelegramChatRecord) -> Void,
        message: (inout JSONStream, _ prefix: String, _ index: Int) throws -> Void
    ) throws -> Bool {
        do {
            var listed = false
            guard let first = try stream.peekToken() else { throw JSONStream.Invalid(line: stream.line, reason: "the file is empty") }
            guard first == UInt8(ascii: "{") else {
                try stream.skipValue()
                try stream.requireEnd()
                return false
            }
            var listBroken = false
            let (single, singleBroken) = try chatObject(&stream, prefix: "", chat: chat, message: message) { stream, key in
                guard key == "chats" || key == "left_chats" else { return false }
                guard try stream.peekToken() == UInt8(ascii: "{") else {
                    try stream.skipValue()
                    return true
                }
                try stream.members { stream, listKey in
                    guard listKey == "list", try stream.peekToken() == UInt8(ascii: "[") else { return try stream.skipValue() }
                    var index = 0
                    try stream.elements { stream in
                        guard try stream.peekToken() == UInt8(ascii: "{") else {
                            listBroken = true
                            return try stream.skipValue()
                        }
                        let (_, broken) = try chatObject(&stream, prefix: "\(key)[\(index)].", chat: chat, message: message) { _, _ in false }
                        listBroken = listBroken || broken
                        listed = true
                        index += 1
                    }
                }
                return true
            }
            try stream.requireEnd()
            return (listed || single) && !singleBroken && !listBroken
        } catch let invalid as JSONStream.Invalid {
            throw ChatExportError.invalidJSON(file: sourceName, reason: "line \(invalid.line): \(invalid.reason)")
        }
    }

    /// Reads one chat object: whether it holds a `messages` array, and whether that or another part is not what a
    /// Telegram export holds. Keys the chat does not know go to `other`, which returns false to have them skipped.
    private func chatObject(
        _ stream: inout JSONStream, prefix: String,
        chat: (String, TelegramChatRecord) -> Void,
        message: (inout JSONStream, String, Int) throws -> Void,
        other: (inout JSONStream, String) throws -> Bool
    ) throws -> (hasMessages: Bool, broken: Bool) {
        var record = TelegramChatRecord()
        var hasMessages = false, broken = false
        try stream.members { stream, key in
            switch key {
            case "name": record.name = try stream.stringValue()
            case "type": record.type = try stream.stringValue()
            case "id": record.id = try stream.integerValue()
            case "messages":
                guard try stream.peekToken() == UInt8(ascii: "[") else {
                    broken = true
                    return try stream.skipValue()
                }
                hasMessages = true
                var index = 0
                try stream.elements { stream in
                    try message(&stream, prefix, index)
                    index += 1
                }
            default:
                if try !other(&stream, key) { try stream.skipValue() }
            }
        }
        chat(prefix, record)
        return (hasMessages, broken)
    }
}

/// What the parser knows about the chat a record belongs to.
struct ChatContext {
    var name: String
    var isChannel: Bool
}

extension TelegramChatRecord {
    /// `name`, absent for Saved Messages and in trimmed test exports.
    func displayName(fallback: String) -> String {
        if let name, !name.isEmpty { return name }
        if type == "saved_messages" { return "Saved Messages" }
        if let id { return "chat \(id)" }
        return fallback
    }
}
