/// Byte-level helpers for WhatsApp export lines.
///
/// The parser works on UTF-8 bytes rather than `String` so that a gigabyte export streams at
/// memory speed; these helpers recognise the few multi-byte characters the format cares about.
enum WhatsAppBytes {
    /// Length of an invisible mark at `i` (U+FEFF, U+200E, U+200F, U+202A…U+202E), or 0.
    ///
    /// Exports put these before headers, inside `[`, around phone-number senders and before
    /// iOS placeholders; they must not stop a header or sender from matching.
    @inline(__always)
    static func markLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard i + 2 < end else { return 0 }
        let b0 = p[i]
        if b0 == 0xE2, p[i + 1] == 0x80 {
            let b2 = p[i + 2]
            if b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE) { return 3 }
        } else if b0 == 0xEF, p[i + 1] == 0xBB, p[i + 2] == 0xBF {
            return 3
        }
        return 0
    }

    /// Index of the first byte at or after `i` that is not an invisible mark.
    @inline(__always)
    static func skipMarks(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, p[i] >= 0xE2 {
            let n = markLength(p, i, end)
            if n == 0 { break }
            i += n
        }
        return i
    }

    /// Index just past the last byte before `end` that is not an invisible mark (trims marks at the end).
    static func trimTrailingMarks(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end - 3 >= start, markLength(p, end - 3, end) == 3 { end -= 3 }
        return end
    }

    /// Length of a space-like separator at `i`: space, NBSP (U+00A0) or NNBSP (U+202F); else 0.
    ///
    /// Newer exports put U+202F before AM/PM and Spanish ones a NBSP inside `p. m.`.
    @inline(__always)
    static func spaceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard i < end else { return 0 }
        let b = p[i]
        if b == 0x20 { return 1 }
        if b == 0xC2, i + 1 < end, p[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0xAF { return 3 }
        return 0
    }

    /// Whether bytes `start..<end` end with `suffix`.
    static func hasSuffix(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ suffix: [UInt8]) -> Bool {
        let n = suffix.count
        guard end - start >= n else { return false }
        var j = 0
        while j < n {
            if p[end - n + j] != suffix[j] { return false }
            j += 1
        }
        return true
    }

    /// Whether bytes `start..<end` begin with `prefix`.
    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
        let n = prefix.count
        guard end - start >= n else { return false }
        var j = 0
        while j < n {
            if p[start + j] != prefix[j] { return false }
            j += 1
        }
        return true
    }

    /// Whether bytes `start..<end` equal `other`.
    static func equals(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ other: [UInt8]) -> Bool {
        end - start == other.count && hasPrefix(p, start, end, other)
    }

    /// Decodes a sender: invisible marks removed anywhere, NBSP/NNBSP turned into spaces.
    ///
    /// Phone numbers keep their spaces and dashes ("+62 812-3456-7890"); another module normalises them.
    static func decodeSender(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var ascii = true
        var i = start
        while i < end {
            if p[i] >= 0x80 { ascii = false; break }
            i += 1
        }
        if ascii {
            return String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        i = start
        while i < end {
            let mark = markLength(p, i, end)
            if mark > 0 { i += mark; continue }
            if p[i] != 0x20 {
                let space = spaceLength(p, i, end)
                if space > 0 { out.append(0x20); i += space; continue }
            }
            out.append(p[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
