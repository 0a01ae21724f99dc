/// The timestamp prefix that starts a WhatsApp message line, as raw numbers.
///
/// The date fields are kept as written (`first/second/third`) because whether `first` is the day
/// or the month is only known once the whole file has been seen (see `WhatsAppDateOrder`).
struct WhatsAppHeader {
    var first = 0, second = 0, third = 0
    var firstDigits = 0, secondDigits = 0, thirdDigits = 0
    var dateSeparator: UInt8 = 0
    var hour = 0, minute = 0, seconds = 0
    /// 0: 24-hour clock, 1: AM, 2: PM.
    var meridiem = 0
    var bracketed = false
    /// Index in the line where the text after the header starts.
    var bodyStart = 0

    /// Reads a header at `start` (after leading invisible marks), or returns nil when the line
    /// is not a header and so continues the previous message.
    ///
    /// Accepted, in Android, iOS and old-iOS shapes:
    /// `[`? date (`d{1,4}[./-]d{1,2}[./-]d{2,4}`) then `, ` or a space, then `h{1,2}[:.]mm([:.]ss)?`,
    /// an optional AM/PM (`AM`, `pm`, `a. m.`, with a space, NBSP or U+202F before it), then
    /// `] ` when bracketed, otherwise ` - ` (Android) or `: ` (iOS before 2017).
    @inline(__always)
    static func parse(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> WhatsAppHeader? {
        var h = WhatsAppHeader()
        var i = start
        guard i < end else { return nil }
        if p[i] == UInt8(ascii: "[") {
            h.bracketed = true
            i = WhatsAppBytes.skipMarks(p, i + 1, end)
        }
        // Date: three numbers with the same separator.
        guard let (a, na, i1) = number(p, i, end, maxDigits: 4) else { return nil }
        i = i1
        guard i < end else { return nil }
        let sep = p[i]
        guard sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") || sep == UInt8(ascii: "-") else { return nil }
        guard let (b, nb, i2) = number(p, i + 1, end, maxDigits: 2) else { return nil }
        i = i2
        guard i < end, p[i] == sep else { return nil }
        guard let (c, nc, i3) = number(p, i + 1, end, maxDigits: 4), nc >= 2 else { return nil }
        i = i3
        h.first = a; h.firstDigits = na
        h.second = b; h.secondDigits = nb
        h.third = c; h.thirdDigits = nc
        h.dateSeparator = sep
        // Between date and time: ", " or a single space (Indonesian, Czech, French…).
        if i < end, p[i] == UInt8(ascii: ",") { i += 1 }
        let gap = WhatsAppBytes.spaceLength(p, i, end)
        guard gap > 0 else { return nil }
        i += gap
        // Time.
        guard let (hh, _, i4) = number(p, i, end, maxDigits: 2) else { return nil }
        i = i4
        guard i < end, p[i] == UInt8(ascii: ":") || p[i] == UInt8(ascii: ".") else { return nil }
        guard let (mm, nm, i5) = number(p, i + 1, end, maxDigits: 2), nm == 2 else { return nil }
        i = i5
        h.hour = hh; h.minute = mm
        if i + 2 < end, p[i] == UInt8(ascii: ":") || p[i] == UInt8(ascii: "."),
           let (ss, ns, i6) = number(p, i + 1, end, maxDigits: 2), ns == 2 {
            h.seconds = ss
            i = i6
        }
        i = meridiem(p, i, end, into: &h)
        // Terminator.
        if h.bracketed {
            guard i < end, p[i] == UInt8(ascii: "]") else { return nil }
            i += 1
            if i < end {
                guard p[i] == UInt8(ascii: " ") else { return nil }
                i += 1
            }
        } else if i + 1 < end, p[i] == UInt8(ascii: " "), p[i + 1] == UInt8(ascii: "-") {
            i += 2
            if i < end {
                guard p[i] == UInt8(ascii: " ") else { return nil }
                i += 1
            }
        } else if i + 1 < end, p[i] == UInt8(ascii: ":"), p[i + 1] == UInt8(ascii: " ") {
            i += 2
        } else {
            return nil
        }
        h.bodyStart = i
        return h
    }

    /// Reads 1…`maxDigits` ASCII digits; returns value, digit count and the next index.
    @inline(__always)
    private static func number(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, maxDigits: Int) -> (Int, Int, Int)? {
        var i = i
        var value = 0
        var n = 0
        while i < end, n <= maxDigits {
            let d = p[i] &- 0x30
            if d > 9 { break }
            value = value * 10 + Int(d)
            n += 1
            i += 1
        }
        guard n > 0, n <= maxDigits else { return nil }
        return (value, n, i)
    }

    /// Consumes an optional AM/PM marker and records it; returns the index after it (or `i`).
    @inline(__always)
    private static func meridiem(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, into h: inout WhatsAppHeader) -> Int {
        let gap = WhatsAppBytes.spaceLength(p, i, end)
        guard gap > 0 else { return i }
        var j = i + gap
        guard j < end else { return i }
        let letter = p[j] | 0x20
        guard letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p") else { return i }
        j += 1
        if j < end, p[j] == UInt8(ascii: ".") { j += 1 }
        j += WhatsAppBytes.spaceLength(p, j, end)
        guard j < end, p[j] | 0x20 == UInt8(ascii: "m") else { return i }
        j += 1
        if j < end, p[j] == UInt8(ascii: ".") { j += 1 }
        h.meridiem = letter == UInt8(ascii: "a") ? 1 : 2
        return j
    }
}
