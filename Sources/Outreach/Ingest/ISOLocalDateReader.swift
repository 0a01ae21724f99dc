import Foundation

/// Reads the ISO dates chat exports write, such as Telegram's `date` field.
///
/// Telegram writes `"2019-07-12T16:55:32"`: the exporting computer's wall-clock time with
/// no offset, so the caller supplies the zone (Jejak assumes Asia/Jakarta). Generated
/// exports also carry fractions and a zone (`"2017-01-01T06:20:09.248Z"`); an explicit
/// `Z` or `±hh:mm` wins over the configured zone. Hand-written rather than a
/// `DateFormatter`, because it runs once per message on files of a million messages.
struct ISOLocalDateReader: Sendable {
    let timeZone: TimeZone

    /// The instant, or nil when the text is not an ISO date-time.
    func date(from text: String) -> Date? {
        var utf8 = Array(text.utf8)[...]
        guard let year = number(&utf8, digits: 4), take(&utf8, "-"),
              let month = number(&utf8, digits: 2), take(&utf8, "-"),
              let day = number(&utf8, digits: 2), take(&utf8, "T") || take(&utf8, " "),
              let hour = number(&utf8, digits: 2), take(&utf8, ":"),
              let minute = number(&utf8, digits: 2)
        else { return nil }
        var second = 0.0
        if take(&utf8, ":") {
            guard let whole = number(&utf8, digits: 2) else { return nil }
            second = Double(whole)
            if take(&utf8, ".") {
                var scale = 0.1
                while let digit = utf8.first, digit >= 48, digit <= 57 {
                    second += Double(digit - 48) * scale
                    scale /= 10
                    utf8.removeFirst()
                }
            }
        }
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }

        let wallClock = Double(Self.daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60) + second
        var offset: Int?
        if take(&utf8, "Z") {
            offset = 0
        } else if let sign = utf8.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            utf8.removeFirst()
            guard let hours = number(&utf8, digits: 2) else { return nil }
            _ = take(&utf8, ":")
            let minutes = number(&utf8, digits: 2) ?? 0
            offset = (hours * 3_600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        guard utf8.isEmpty else { return nil }
        if let offset {
            return Date(timeIntervalSince1970: wallClock - Double(offset))
        }
        return Date(timeIntervalSince1970: wallClock - Double(localOffset(wallClock: wallClock)))
    }

    /// The zone's offset at a wall-clock time, re-checked once so DST changes land right.
    private func localOffset(wallClock: Double) -> Int {
        let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock))
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock - Double(guess)))
    }

    private func number(_ bytes: inout ArraySlice<UInt8>, digits: Int) -> Int? {
        guard bytes.count >= digits else { return nil }
        var value = 0
        for byte in bytes.prefix(digits) {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        bytes.removeFirst(digits)
        return value
    }

    private func take(_ bytes: inout ArraySlice<UInt8>, _ character: Unicode.Scalar) -> Bool {
        guard bytes.first == UInt8(ascii: character) else { return false }
        bytes.removeFirst()
        return true
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
