import Foundation

/// A calendar date with no time zone: birth dates, class dates, graduation dates.
public struct CivilDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` (the form and Indonesian Excel) or ISO `yyyy-mm-dd`.
    public init?(parsing raw: String) {
        // The stored form, `yyyy-mm-dd`, read byte by byte: queries parse one per row.
        let utf8 = raw.utf8
        if utf8.count == 10 {
            let b = Array(utf8)
            func d(_ i: Int) -> Int? { b[i] >= 48 && b[i] <= 57 ? Int(b[i] - 48) : nil }
            if b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), let y1 = d(0), let y2 = d(1), let y3 = d(2), let y4 = d(3),
                let m1 = d(5), let m2 = d(6), let d1 = d(8), let d2 = d(9)
            {
                self.init(year: y1 * 1000 + y2 * 100 + y3 * 10 + y4, month: m1 * 10 + m2, day: d1 * 10 + d2)
                return
            }
        }
        let parts = raw.trimmed
            .split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 {
            self.init(year: a, month: b, day: c)
        } else if parts[2].count == 4 {
            self.init(year: c, month: b, day: a)
        } else {
            return nil
        }
    }

    /// ISO form `yyyy-mm-dd`, which sorts as text.
    public var description: String {
        String(year) + "-" + LocalDateTime.twoDigits(month) + "-" + LocalDateTime.twoDigits(day)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whole months from `self` to `later`, counting a month only once its day is reached.
    public func months(until later: CivilDate) -> Int {
        var months = (later.year - year) * 12 + (later.month - month)
        if later.day < day { months -= 1 }
        return months
    }

    /// The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
