import Foundation

/// The parts of an Instagram `message_N.json` that Jejak reads, decoded leniently.
///
/// Only `messages` (an array) is required: without it the file is not a message file.
/// Each message's fields are optional, so an odd record becomes a `ChatParseIssue`.
/// Strings are kept as written; `MojibakeRepair` runs when they are used.
struct InstagramMessageFile: Decodable {
    var participants: [Participant]?
    var messages: [InstagramMessageRecord]
    var title: String?
    var thread_path: String?

    struct Participant: Decodable { var name: String? }
}

/// One element of `messages`, newest first in the file.
struct InstagramMessageRecord: Decodable {
    var senderName: String?
    var timestampMs: Int64?
    var content: String?
    /// Photos, videos, audio, a share, a sticker, files or a call: something that is not text.
    var hasAttachment = false
    var isUnsent = false
    /// Set when the element is not an object; the parser reports it.
    var malformed: String?

    private enum Keys: String, CodingKey {
        case sender_name, timestamp_ms, content, is_unsent
        case photos, videos, audio_files, gifs, sticker, files, share, call_duration
    }

    init(from decoder: any Decoder) throws {
        guard let c = try? decoder.container(keyedBy: Keys.self) else {
            malformed = "the record is not a JSON object"
            return
        }
        senderName = try? c.decodeIfPresent(String.self, forKey: .sender_name)
        timestampMs = try? c.decodeIfPresent(Int64.self, forKey: .timestamp_ms)
        content = try? c.decodeIfPresent(String.self, forKey: .content)
        isUnsent = (try? c.decodeIfPresent(Bool.self, forKey: .is_unsent)) == true
        hasAttachment = [Keys.photos, .videos, .audio_files, .gifs, .sticker, .files, .share, .call_duration]
            .contains { c.contains($0) }
    }
}
