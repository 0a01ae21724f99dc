import Foundation

/// Turns wall-clock date and time fields into a `Date` without `Calendar` per line.
///
/// WhatsApp writes the exporting phone's local time with no zone. `Calendar` costs microseconds
/// per call, too slow for a million lines a second, so days are counted arithmetically and the
/// zone's offset is looked up once per calendar day (exact for zones without DST, such as
/// Asia/Jakarta; within the day of a DST change elsewhere it may be off by the shift).
struct CivilTime {
    let timeZone: TimeZone
    private var cachedDay = Int.min
    private var cachedOffset = 0

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Seconds since 1970 for the wall-clock time in `timeZone`.
    @inline(__always)
    mutating func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Date {
        let days = Self.daysFromCivil(year, month, day)
        if days != cachedDay {
            cachedDay = days
            let noon = Date(timeIntervalSince1970: Double(days * 86_400 + 43_200))
            cachedOffset = timeZone.secondsFromGMT(for: noon)
        }
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - cachedOffset
        return Date(timeIntervalSince1970: Double(seconds))
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    @inline(__always)
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
