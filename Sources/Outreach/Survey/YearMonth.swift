import Foundation

/// A calendar month, the precision of "when did your first job begin": graduates remember
/// the month, rarely the day, and masa tunggu is counted in calendar months.
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// Nil unless month is 1…12 and year 2000…2100 (a plausible job start).
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (2000...2100).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Whole calendar months from `start` to this month (negative if earlier).
    public func months(since start: YearMonth) -> Int {
        (year - start.year) * 12 + (month - start.month)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// ISO style, "2025-03".
    public var description: String { String(format: "%04d-%02d", year, month) }
}

extension YearMonth {
    /// Reads `yyyy-mm` as stored.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        self.init(year: parts[0], month: parts[1])
    }
}
