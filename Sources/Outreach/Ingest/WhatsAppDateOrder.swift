/// Which date field is the day, decided once per file because the export does not say.
///
/// `01/02/19` is 1 February on a phone with an Indonesian or British region and 2 January on a
/// US one, whatever the app language (FORMATS.md §1.2).
enum WhatsAppDateOrder: Sendable, Equatable {
    case dayMonthYear, monthDayYear, yearMonthDay

    /// Turns a header's fields into (year, month, day), or nil for an impossible date.
    @inline(__always)
    func civilDate(_ h: WhatsAppHeader) -> (year: Int, month: Int, day: Int)? {
        var y: Int, m: Int, d: Int
        if h.firstDigits >= 3 {
            // Year first ("2019/01/01", "2019-10-20") whatever the file's order.
            y = h.first; m = h.second; d = h.third
        } else {
            guard h.thirdDigits != 3 else { return nil }
            y = h.thirdDigits == 2 ? 2000 + h.third : h.third
            switch self {
            case .dayMonthYear, .yearMonthDay: d = h.first; m = h.second
            case .monthDayYear: m = h.first; d = h.second
            }
        }
        guard m >= 1, m <= 12, d >= 1, d <= Self.daysIn(month: m, year: y) else { return nil }
        return (y, m, d)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// What the headers of one file say about its date order, gathered in a first pass.
///
/// The rule, in order:
/// 1. A first field written with 3–4 digits means year first.
/// 2. A first field above 12 means day first; a second field above 12 means month first.
///    The first such header decides; a later header that contradicts it gets its own issue.
/// 3. If no header decides, the file is ambiguous (reported as an issue at "file"):
///    month first when the date uses `/` and some day or month is written without a leading zero
///    (the en-US `M/d/yy` pattern, also iOS with a US region); otherwise day first — the
///    Indonesian `dd/MM/yy` pattern (with `.` in the time), en-GB and German dates, and the
///    default for BLK graduates' phones.
struct WhatsAppDateOrderEvidence {
    private(set) var decided: WhatsAppDateOrder?
    private(set) var decidingLine = 0
    private(set) var headers = 0
    private var unpaddedSlash = false

    var isDecided: Bool { decided != nil }

    mutating func observe(_ h: WhatsAppHeader, line: Int) {
        headers += 1
        guard decided == nil else { return }
        if h.firstDigits >= 3 {
            decided = .yearMonthDay
        } else if h.first > 12, h.second <= 12 {
            decided = .dayMonthYear
        } else if h.second > 12, h.first <= 12 {
            decided = .monthDayYear
        } else {
            if h.dateSeparator == UInt8(ascii: "/"), h.firstDigits == 1 || h.secondDigits == 1 {
                unpaddedSlash = true
            }
            return
        }
        decidingLine = line
    }

    /// The order to use, plus the issue to report when the file did not decide it.
    func resolve() -> (order: WhatsAppDateOrder, issue: ChatParseIssue?) {
        if let decided { return (decided, nil) }
        if unpaddedSlash {
            return (.monthDayYear, ChatParseIssue(position: "file", reason: .ambiguousOrder(
                chosen: "month/day/year", why: "dates use '/' without leading zeros, as US-region phones write them")))
        }
        return (.dayMonthYear, ChatParseIssue(position: "file", reason: .ambiguousOrder(
            chosen: "day/month/year", why: "that is how Indonesian-region phones write dates")))
    }
}

extension String {
    fileprivate static func ambiguousOrder(chosen: String, why: String) -> String {
        "no date in this file has a day above 12, so day/month order cannot be told apart; read as \(chosen) because \(why). Check a few dates against the phone."
    }
}
