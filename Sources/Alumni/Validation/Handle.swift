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
        var text = Substring(raw.trimmed.lowercased())
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
}

import Foundation
