import Foundation

/// Undoes the mojibake in Instagram (and Facebook) "Download your information" JSON.
///
/// Meta writes every UTF-8 *byte* as its own `\u00XX` escape, so "🙏" arrives as the four
/// scalars U+00F0 U+009F U+0099 U+008F. The repair (FORMATS.md §3, as chat-miner does it):
/// when every scalar is ≤ U+00FF, take the scalars as bytes and decode them as UTF-8;
/// if that fails, or a scalar above U+00FF is present, the string was already correct
/// and is returned unchanged.
public enum MojibakeRepair {
    /// The repaired string, or `string` itself when it is not mojibake.
    public static func repair(_ string: String) -> String {
        var bytes: [UInt8] = []
        var needsRepair = false
        for scalar in string.unicodeScalars {
            let value = scalar.value
            if value > 0xFF { return string }
            if value > 0x7F { needsRepair = true }
            bytes.append(UInt8(value))
        }
        // Pure ASCII reads the same either way; skip the decode.
        guard needsRepair else { return string }
        return String(validating: bytes, as: UTF8.self) ?? string
    }

    /// `repair` for optional values, so call sites on optional JSON fields stay short.
    public static func repair(_ string: String?) -> String? {
        string.map { repair($0) }
    }
}
