/// Instagram and Telegram usernames as forms receive them: with `@`, as profile links, in capitals.
public enum Handle {
    /// `@Siti.Rahma`, `instagram.com/siti.rahma/`, `https://www.instagram.com/siti.rahma?igsh=…` → `siti.rahma`.
    public static func instagram(_ raw: String) -> String? {
        clean(raw, hosts: ["instagram.com/", "instagr.am/"], allowed: "._")
    }

    /// `@siti_rahma`, `t.me/siti_rahma` → `siti_rahma`.
    public static func telegram(_ raw: String) -> String? {
        clean(raw, hosts: ["t.me/", "telegram.me/"], allowed: "_")
    }

    private static func clean(_ raw: String, hosts: [String], allowed: String) -> String? {
        let raw = raw.trimmed
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return cleanASCII(raw, hosts: hosts, allowed: allowed) }
        var text = Substring(raw.lowercased())
        for host in hosts {
            if let range = text.range(of: host) { text = text[range.upperBound...] }
        }
        text = text.prefix { $0 != "/" && $0 != "?" }
        while text.first == "@" { text = text.dropFirst() }
        guard !text.isEmpty, text.count <= 32,
            text.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || allowed.contains($0) })
        else { return nil }
        return String(text)
    }

    /// `clean` byte by byte for ASCII text (nearly every handle): Foundation's `range(of:)` and `Character`
    /// tests were a tenth of a registration import. In ASCII a character is a byte (a `\r\n` pair fails the
    /// allowed-character test either way), so the result is the same.
    private static func cleanASCII(_ raw: String, hosts: [String], allowed: String) -> String? {
        var text = raw.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }[...]
        for host in hosts {
            let pattern = Array(host.utf8)
            if let start = firstRange(of: pattern, in: text) { text = text[(start + pattern.count)...] }
        }
        text = text.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") }
        while text.first == UInt8(ascii: "@") { text = text.dropFirst() }
        let allowedBytes = Array(allowed.utf8)
        guard !text.isEmpty, text.count <= 32,
            text.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || allowedBytes.contains($0) })
        else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    private static func firstRange(of pattern: [UInt8], in text: ArraySlice<UInt8>) -> Int? {
        guard text.count >= pattern.count else { return nil }
        for start in text.startIndex...(text.endIndex - pattern.count) where text[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start
        }
        return nil
    }
}

import Foundation
