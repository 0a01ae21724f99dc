import Foundation

/// A business's automatic reply: "Terima kasih telah menghubungi Kedai Kopi Sore! Kami akan membalas…", "saat ini kami
/// sedang di luar jam operasional". The phone answered, not the graduate; what the sender types after it, past a blank
/// line ("maaf kak itu otomatis, aku 2 ya"), is their own.
enum AutoReply {
    /// The sender's own words after the automatic reply ("" when there are none); nil when the reply is no such thing.
    static func sendersWords(_ text: String) -> String? {
        // Runs on every reply: most have neither word, and are turned away before anything is lower-cased.
        guard TextSearch.containsIgnoringASCIICase(text, "kami") || TextSearch.containsIgnoringASCIICase(text, "contacting") else { return nil }
        let paragraphs = text.components(separatedBy: "\n\n")
        guard let auto = paragraphs.lastIndex(where: { paragraph in
            let lower = paragraph.lowercased()
            return phrases.contains { TextSearch.contains(lower, $0) }
        }) else { return nil }
        return paragraphs.dropFirst(auto + 1).joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let phrases = ["telah menghubungi", "sudah menghubungi", "for contacting", "akan kami balas", "kami akan membalas", "kami balas",
                                  "luar jam operasional", "sudah kami terima", "segera kami proses", "akan segera kami"]
}
