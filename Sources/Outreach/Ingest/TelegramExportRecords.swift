import Foundation

/// The parts of a Telegram Desktop `result.json` that Jejak reads. `TelegramExportParser` walks the outer shape
/// itself (an object holding `messages`, or `chats.list` / `left_chats.list`); each message is decoded on its
/// own, leniently: every field is optional and a wrongly typed field reads as absent, so one odd record becomes a
/// `ChatParseIssue` instead of failing the whole file.

/// One chat: its title and kind.
struct TelegramChatRecord {
    var name: String?
    var type: String?
    var id: Int64?
}

/// One element of a chat's `messages` array, with every field optional.
struct TelegramMessageRecord: Decodable {
    var id: Int64?
    var type: String?
    var date: String?
    var dateUnixtime: String?
    /// `from`; nil both when absent and when `null` (a deleted account).
    var from: String?
    var fromID: TelegramPeerID?
    var actor: String?
    var actorID: TelegramPeerID?
    var action: String?
    var text: String?
    var hasMedia = false
    var poll: TelegramPollRecord?
    /// Set when the element is not an object; the parser reports it.
    var malformed: String?

    init(malformed: String) { self.malformed = malformed }

    private enum Keys: String, CodingKey {
        case id, type, date, date_unixtime, from, from_id, actor, actor_id, action, text, poll
        case photo, file, media_type, sticker_emoji, location_information, contact_information
    }

    init(from decoder: any Decoder) throws {
        guard let c = try? decoder.container(keyedBy: Keys.self) else {
            malformed = "the record is not a JSON object"
            return
        }
        // One pass over the keys present: a lookup per absent key costs more than the decode itself.
        for key in c.allKeys {
            switch key {
            case .id: id = try? c.decode(Int64.self, forKey: key)
            case .type: type = try? c.decode(String.self, forKey: key)
            case .date: date = try? c.decode(String.self, forKey: key)
            case .date_unixtime:
                dateUnixtime = (try? c.decode(String.self, forKey: key)) ?? (try? c.decode(Int64.self, forKey: key)).map(String.init)
            case .from: from = try? c.decodeIfPresent(String.self, forKey: key)
            case .from_id: fromID = try? c.decode(TelegramPeerID.self, forKey: key)
            case .actor: actor = try? c.decodeIfPresent(String.self, forKey: key)
            case .actor_id: actorID = try? c.decode(TelegramPeerID.self, forKey: key)
            case .action: action = try? c.decode(String.self, forKey: key)
            case .text: text = (try? c.decode(TelegramText.self, forKey: key))?.flattened
            case .poll: poll = try? c.decode(TelegramPollRecord.self, forKey: key)
            case .photo, .file, .media_type, .sticker_emoji, .location_information, .contact_information: hasMedia = true
            }
        }
    }
}

/// A `from_id` / `actor_id`: `"user123"` today, a bare number in older exports.
struct TelegramPeerID: Decodable, Equatable {
    var raw: String
    var isBareNumber: Bool

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        // Strings first: current exports write "user123", and a failed decode is costly.
        if let string = try? c.decode(String.self) {
            raw = string
            isBareNumber = !string.isEmpty && string.allSatisfy(\.isASCIIDigit)
        } else {
            raw = String(try c.decode(Int64.self))
            isBareNumber = true
        }
    }
}

/// `text`: a plain string, or an array of strings and entity objects (`{"type":"bold","text":"…"}`).
///
/// The parts are concatenated as they are: Telegram keeps the spaces inside the parts.
struct TelegramText: Decodable {
    var flattened: String

    private struct Entity: Decodable { var text: String? }

    init(from decoder: any Decoder) throws {
        if let plain = try? decoder.singleValueContainer().decode(String.self) {
            flattened = plain
            return
        }
        var parts = try decoder.unkeyedContainer()
        var text = ""
        while !parts.isAtEnd {
            if let plain = try? parts.decode(String.self) {
                text += plain
            } else if let entity = try? parts.decode(Entity.self) {
                text += entity.text ?? ""
            } else {
                // Neither a string nor an object (should not happen): step over it.
                _ = try? parts.decode(IgnoredValue.self)
            }
        }
        flattened = text
    }

    private struct IgnoredValue: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}

/// A `poll` object: the question and aggregate votes per answer.
struct TelegramPollRecord: Decodable {
    var question: TelegramText?
    var closed: Bool?
    var total_voters: Int?
    var answers: [Answer]?

    struct Answer: Decodable {
        var text: TelegramText?
        var voters: Int?
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
