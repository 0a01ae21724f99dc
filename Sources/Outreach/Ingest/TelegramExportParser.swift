import Foundation

/// Reads a Telegram Desktop JSON export (`result.json`) into `ChatMessage`s and `ChannelPoll`s.
///
/// Accepts both shapes Telegram writes (FORMATS.md §2): a single-chat export, where the file
/// is the chat object, and a full-account export, whose chats sit in `chats.list` and
/// `left_chats.list`. The whole file is decoded before anything is emitted, so a file that is
/// not JSON, or not a Telegram export, throws `ChatExportError` and emits nothing. Records
/// that cannot be read (no date, not an object) become issues in the summary.
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

    /// Parses the export at `url`; see ``parse(data:sourceName:onMessage:onPoll:)``.
    public func parse(
        fileAt url: URL,
        onMessage: (ChatMessage) throws -> Void,
        onPoll: (ChannelPoll) throws -> Void = { _ in }
    ) throws -> ChatParseSummary {
        let data: Data
        do {
            // Mapped, so the raw bytes are paged from the file rather than copied into memory.
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ChatExportError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        return try parse(data: data, sourceName: url.lastPathComponent, onMessage: onMessage, onPoll: onPoll)
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
        let repair = TelegramEscapeRepair.repair(data)
        let export = try decode(repair.data ?? data, sourceName: sourceName)
        var summary = ChatParseSummary(issues: repair.issues)
        let reader = ISOLocalDateReader(timeZone: timeZone)

        var chats: [(prefix: String, chat: TelegramChatRecord)] = []
        if let single = export.singleChat { chats.append(("", single)) }
        chats += export.chats.enumerated().map { ("chats[\($0.offset)].", $0.element) }
        chats += export.leftChats.enumerated().map { ("left_chats[\($0.offset)].", $0.element) }

        for (prefix, chat) in chats {
            let context = ChatContext(
                name: chat.displayName(fallback: (sourceName as NSString).deletingPathExtension),
                isChannel: chat.type == "public_channel" || chat.type == "private_channel")
            for (index, record) in chat.messages.enumerated() {
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
        }
        return summary
    }

    private func decode(_ data: Data, sourceName: String) throws -> TelegramExportFile {
        do {
            let export = try JSONDecoder().decode(TelegramExportFile.self, from: data)
            guard export.isTelegramExport else { throw ChatExportError.notATelegramExport(file: sourceName) }
            return export
        } catch let error as ChatExportError {
            throw error
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            let reason = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw ChatExportError.invalidJSON(file: sourceName, reason: reason ?? context.debugDescription)
        } catch {
            throw ChatExportError.notATelegramExport(file: sourceName)
        }
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
