import Foundation

/// One element of a `message_N.json`'s `messages`, newest first in the file, decoded leniently: each field is
/// optional, so an odd record becomes a `ChatParseIssue`. Strings are kept as written; `MojibakeRepair` runs when
/// they are used.
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
        // As `JSONStream.integerValue` reads it, which the first pass used: a whole number in any notation.
        timestampMs = (try? c.decodeIfPresent(Int64.self, forKey: .timestamp_ms))
            ?? (try? c.decodeIfPresent(Double.self, forKey: .timestamp_ms)).flatMap { $0.flatMap { Int64(exactly: $0) } }
        content = try? c.decodeIfPresent(String.self, forKey: .content)
        isUnsent = (try? c.decodeIfPresent(Bool.self, forKey: .is_unsent)) == true
        hasAttachment = [Keys.photos, .videos, .audio_files, .gifs, .sticker, .files, .share, .call_duration]
            .contains { c.contains($0) }
    }
}
