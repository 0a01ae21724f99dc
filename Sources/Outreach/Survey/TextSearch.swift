/// Substring search on UTF-8 bytes. `String.contains(String)` goes through Foundation's NSString on Linux,
/// which profiling showed as the largest cost of reading replies; these compare bytes directly.
enum TextSearch {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard h.count >= n.count else { return false }
                outer: for start in 0...(h.count - n.count) where h[start] == first {
                    for offset in 1..<n.count where h[start + offset] != n[offset] { continue outer }
                    return true
                }
                return false
            }
        }
    }

    /// Case-insensitive for ASCII letters: enough for reply-code prefixes such as "JJK".
    static func containsIgnoringASCIICase(_ haystack: String, _ needle: String) -> Bool {
        let lowerNeedle = Array(needle.utf8.map(lower))
        guard let first = lowerNeedle.first else { return true }
        var haystack = haystack
        return haystack.withUTF8 { bytes in
            guard bytes.count >= lowerNeedle.count else { return false }
            outer: for start in 0...(bytes.count - lowerNeedle.count) where lower(bytes[start]) == first {
                for offset in 1..<lowerNeedle.count where lower(bytes[start + offset]) != lowerNeedle[offset] { continue outer }
                return true
            }
            return false
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
