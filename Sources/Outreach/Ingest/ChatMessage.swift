import Foundation

/// One message as a chat export wrote it, before Jejak knows which graduate sent it.
///
/// Parsers for every app produce this one shape, so matching, de-duplication and
/// answer parsing are written once.
public struct ChatMessage: Sendable, Equatable {
    /// What kind of line or record this is; only `.text` can carry a survey answer.
    public enum Kind: String, Sendable, Equatable {
        case text, media, deleted, system
    }

    /// The chat's title: the group or channel name, or the other party of a one-to-one chat.
    public var chat: String
    /// The sender as written, with invisible marks (U+200E, U+202A…) removed; nil when the export names none.
    public var sender: String?
    /// A platform identifier when the export has one: Telegram `from_id` ("user123"),
    /// the Instagram username of a one-to-one thread (from its folder name).
    public var senderID: String?
    /// When it was sent. WhatsApp writes wall-clock time; parsers read it in their configured time zone.
    public var time: Date
    /// The text; continuation lines joined with "\n".
    public var text: String
    public var kind: Kind
    /// Where the message starts in its file, for error reports and traceability: "line 12", "messages[3]".
    public var position: String

    public init(chat: String, sender: String?, senderID: String? = nil, time: Date, text: String, kind: Kind, position: String) {
        self.chat = chat
        self.sender = sender
        self.senderID = senderID
        self.time = time
        self.text = text
        self.kind = kind
        self.position = position
    }
}

/// A line or record a parser could not read; it is reported, never dropped silently.
public struct ChatParseIssue: Sendable, Equatable {
    public var position: String
    public var reason: String

    public init(position: String, reason: String) {
        self.position = position
        self.reason = reason
    }
}

/// What a parser saw in one file.
public struct ChatParseSummary: Sendable, Equatable {
    /// Messages written by participants (a multi-line message counts once), including media and deleted ones.
    public var messages = 0
    /// System lines: joins, leaves, the encryption notice, service records.
    public var system = 0
    public var issues: [ChatParseIssue] = []

    public init(messages: Int = 0, system: Int = 0, issues: [ChatParseIssue] = []) {
        self.messages = messages
        self.system = system
        self.issues = issues
    }
}
