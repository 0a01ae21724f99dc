import Foundation

/// A wall-clock time in the training centre's own zone (WIB for Kota Tangerang), to the second.
///
/// Registration exports write local times without a zone; keeping them as wall-clock
/// values avoids inventing an offset, and the ISO text form sorts chronologically.
public struct LocalDateTime: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let date: CivilDate
    public let secondsOfDay: Int

    public init(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.date = date
        self.secondsOfDay = hour * 3600 + minute * 60 + second
    }

    /// Reads `dd/mm/yyyy HH:mm[:ss]` (also `.` as time separator), `yyyy-mm-dd HH:mm[:ss]` and
    /// ISO 8601 with `T`; an explicit offset such as `Z` or `+07:00` is converted to `zoneOffsetSeconds`.
    public init?(parsing raw: String, zoneOffsetSeconds: Int = 7 * 3600) {
        var text = Substring(raw.trimmed)
        var offset: Int?
        if text.hasSuffix("Z") {
            offset = 0
            text = text.dropLast()
        } else if text.count > 16, let signIndex = text.lastIndex(where: { $0 == "+" || $0 == "-" }),
            text.distance(from: text.startIndex, to: signIndex) >= 16
        {
            let zone = text[text.index(after: signIndex)...].split(separator: ":")
            guard let h = Int(zone.first ?? ""), let m = Int(zone.dropFirst().first ?? "0") else { return nil }
            offset = (h * 3600 + m * 60) * (text[signIndex] == "-" ? -1 : 1)
            text = text[..<signIndex]
        }
        let pieces = text.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "T" })
        guard let first = pieces.first, let date = CivilDate(parsing: String(first)) else { return nil }
        var hms = [0, 0, 0]
        if pieces.count == 2 {
            let fields = pieces[1].split(whereSeparator: { $0 == ":" || $0 == "." })
            guard (2...4).contains(fields.count) else { return nil }
            for (i, field) in fields.prefix(3).enumerated() {
                guard let value = Int(field) else { return nil }
                hms[i] = value
            }
            guard hms[0] < 24, hms[1] < 60, hms[2] < 61 else { return nil }
        }
        var value = LocalDateTime(date: date, hour: hms[0], minute: hms[1], second: hms[2])
        if let offset, offset != zoneOffsetSeconds {
            value = value.adding(seconds: zoneOffsetSeconds - offset)
        }
        self = value
    }

    public var hour: Int { secondsOfDay / 3600 }
    public var minute: Int { secondsOfDay / 60 % 60 }
    public var second: Int { secondsOfDay % 60 }

    /// `yyyy-mm-dd HH:mm:ss`.
    public var description: String {
        // Written digit by digit: String(format:) and string concatenation are slow on Linux, and this runs for
        // every stored row (twice per enrolment). The year is 1900...2200 (`CivilDate`), so always four digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 19) { text in
            func put(_ value: Int, at index: Int, digits: Int) {
                var rest = value
                for position in stride(from: index + digits - 1, through: index, by: -1) {
                    text[position] = UInt8(48 + rest % 10)
                    rest /= 10
                }
            }
            put(date.year, at: 0, digits: 4)
            put(date.month, at: 5, digits: 2)
            put(date.day, at: 8, digits: 2)
            put(hour, at: 11, digits: 2)
            put(minute, at: 14, digits: 2)
            put(second, at: 17, digits: 2)
            text[4] = UInt8(ascii: "-")
            text[7] = UInt8(ascii: "-")
            text[10] = UInt8(ascii: " ")
            text[13] = UInt8(ascii: ":")
            text[16] = UInt8(ascii: ":")
            return String(decoding: UnsafeBufferPointer(text), as: UTF8.self)
        }
    }

    /// Seconds since 1970-01-01 00:00 of the same wall clock: one integer that orders like the time itself.
    public var secondsSinceEpoch: Int64 { Int64(date.dayNumber) * 86_400 + Int64(secondsOfDay) }

    /// The inverse of `secondsSinceEpoch`.
    public init(secondsSinceEpoch: Int64) {
        self = LocalDateTime(date: CivilDate(dayNumber: 0)).adding(seconds: Int(secondsSinceEpoch))
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.secondsOfDay) < (rhs.date, rhs.secondsOfDay)
    }

    /// Moves the time by whole seconds across day boundaries.
    public func adding(seconds: Int) -> LocalDateTime {
        let total = date.dayNumber * 86_400 + secondsOfDay + seconds
        let days = total.floorDivided(by: 86_400)
        let rest = total - days * 86_400
        return LocalDateTime(date: CivilDate(dayNumber: days), hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60)
    }

    /// Seconds from `self` to `later` (negative when `later` is earlier).
    public func seconds(until later: LocalDateTime) -> Int {
        (later.date.dayNumber - date.dayNumber) * 86_400 + later.secondsOfDay - secondsOfDay
    }
}

extension CivilDate {
    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic without `Calendar`.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDivided(by: 400)
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `dayNumber`.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = z.floorDivided(by: 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
    }

    /// Days from `self` to `later`.
    public func days(until later: CivilDate) -> Int { later.dayNumber - dayNumber }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}

extension LocalDateTime {
    /// The current wall-clock time at a fixed UTC offset (WIB, +07:00, by default; Indonesia has no DST).
    public static func now(zoneOffsetSeconds: Int = 7 * 3600) -> LocalDateTime {
        LocalDateTime(Date(), zoneOffsetSeconds: zoneOffsetSeconds)
    }
}

extension LocalDateTime {
    /// The wall-clock time of an instant at a fixed UTC offset (WIB by default).
    public init(_ instant: Date, zoneOffsetSeconds: Int = 7 * 3600) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + zoneOffsetSeconds
        let days = seconds.floorDivided(by: 86_400)
        let rest = seconds - days * 86_400
        self.init(date: CivilDate(dayNumber: days), hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60)
    }
}
