import Foundation

/// Rewrites the invalid `\xHH` escapes that Telegram Desktop writes for control characters.
///
/// The exporter writes control characters other than `\n \r \t` as `\x0B`-style escapes,
/// which no strict JSON decoder accepts (FORMATS.md §2). Rather than lose the whole file,
/// each one becomes the valid `\u00HH` escape for the same character and is reported.
/// Backslashes occur only inside JSON strings, so no string tracking is needed: every
/// `\` starts an escape pair, which is skipped as a unit (`\\x41` stays a literal `\x41`).
enum TelegramEscapeRepair {
    /// One escape rewritten: the line it is on and its two hex digits.
    struct Escape {
        var line: Int
        var hex: String
    }

    /// The repaired bytes (nil when nothing needed repair, so no copy is made) and each escape rewritten.
    /// - Parameter firstLine: the line of the file the bytes start on, for the escapes' lines.
    static func repair(_ data: Data, firstLine: Int = 1) -> (data: Data?, escapes: [Escape]) {
        let backslash = UInt8(ascii: "\\"), x = UInt8(ascii: "x"), newline = UInt8(ascii: "\n")
        var offsets: [Int] = []
        var lines: [Int] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let count = raw.count
            var line = firstLine
            var i = 0
            while i < count {
                let byte = raw[i]
                if byte == newline {
                    line += 1
                } else if byte == backslash, i + 1 < count {
                    if raw[i + 1] == x, i + 3 < count, isHex(raw[i + 2]), isHex(raw[i + 3]) {
                        offsets.append(i)
                        lines.append(line)
                    }
                    i += 2
                    continue
                }
                i += 1
            }
        }
        guard !offsets.isEmpty else { return (nil, []) }

        var repaired = Data(capacity: data.count + offsets.count * 2)
        var start = data.startIndex
        for offset in offsets {
            let at = data.startIndex + offset
            repaired.append(data[start..<at])
            repaired.append(contentsOf: Array("\\u00".utf8))
            repaired.append(data[(at + 2)..<(at + 4)])
            start = at + 4
        }
        repaired.append(data[start..<data.endIndex])
        let escapes = zip(offsets, lines).map { offset, line in
            Escape(line: line, hex: String(decoding: data[(data.startIndex + offset + 2)..<(data.startIndex + offset + 4)], as: UTF8.self))
        }
        return (repaired, escapes)
    }

    /// How many escapes are reported one by one.
    static let maxReported = 100

    /// One issue per escape, up to `maxReported`, then one that counts the rest.
    /// - Parameters:
    ///   - escapes: the first escapes (at least `maxReported + 1` when there are more).
    ///   - total: how many there were in all.
    static func issues(_ escapes: [Escape], total: Int) -> [ChatParseIssue] {
        var issues = escapes.prefix(maxReported).map { escape in
            ChatParseIssue(
                position: "line \(escape.line)",
                reason: "invalid JSON escape \\x\(escape.hex) (Telegram writes control characters this way); read as U+00\(escape.hex.uppercased())")
        }
        if total > maxReported, escapes.count > maxReported {
            issues.append(ChatParseIssue(
                position: "line \(escapes[maxReported].line)",
                reason: "\(total - maxReported) more invalid \\x escapes repaired the same way"))
        }
        return issues
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }
}
