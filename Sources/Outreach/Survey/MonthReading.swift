import Foundation

/// Reads the month the first job began (question 2) from free text.
///
/// Accepted: "Maret 2025", "mar 2025", "March 2025", "Maret '25", "03/2025", "3-2025",
/// "2025-03", "2025/3", and a full date "12/03/2025" (day first, as written in Indonesia).
/// Uncertain, reported as an issue instead of a month: a month name without a year
/// ("sejak Maret"), relative times ("bulan lalu", "last month", "baru seminggu"), and
/// two different months in one reply.
enum MonthReading {
    struct Result: Equatable {
        var month: YearMonth?
        var issue: String?
    }

    private static let names: [String: Int] = {
        var map: [String: Int] = [:]
        let table: [(Int, [String])] = [
            (1, ["januari", "jan", "january"]), (2, ["februari", "feb", "pebruari", "february", "febuari"]),
            (3, ["maret", "mar", "march"]), (4, ["april", "apr"]), (5, ["mei", "may"]), (6, ["juni", "jun", "june"]),
            (7, ["juli", "jul", "july"]), (8, ["agustus", "agu", "agt", "ags", "aug", "august", "agust"]),
            (9, ["september", "sep", "sept"]), (10, ["oktober", "okt", "oct", "october"]),
            (11, ["november", "nov", "nop", "nopember"]), (12, ["desember", "des", "dec", "december"]),
        ]
        for (n, words) in table { for w in words { map[w] = n } }
        return map
    }()

    /// Names that are months even without a year (not "may", "mar", "des"…, which are words).
    static let unambiguousNames: Set<String> = [
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
        "desember", "january", "february", "june", "july", "august", "october", "december", "pebruari", "nopember",
    ]

    private static let vague = [
        "bulan lalu", "bulan kemarin", "bulan kemaren", "minggu lalu", "minggu kemarin", "tahun lalu", "baru seminggu",
        "baru sebulan", "baru aja", "barusan", "kemarin", "kemaren", "last month", "last week", "last year", "a month ago",
        "weeks ago", "months ago", "recently", "baru mulai", "belum lama", "awal tahun", "akhir tahun", "bulan ini",
        "this month",
    ]

    /// The month number for a (lower-case) month name or abbreviation.
    static func monthNumber(_ word: String) -> Int? { names[word] }

    /// Every month name and abbreviation known, in lower case.
    static var monthNames: Dictionary<String, Int>.Keys { names.keys }

    /// Date shapes, most specific first; compiled once (compiling a regex costs far more than matching it).
    private enum Shape { case dayMonthYear, yearMonth, monthYear, monthName }
    // A `let` of immutable regex values, never mutated after it is built: safe to share across threads.
    nonisolated(unsafe) private static let shapes: [(Regex<AnyRegexOutput>, Shape)] = {
        let sep = #"\s*[/\-.]\s*"#
        let patterns: [(String, Shape)] = [
            (#"(?:^|[^\d/])(\d{1,2})"# + sep + #"(\d{1,2})"# + sep + #"(20\d{2})(?!\d)"#, .dayMonthYear),
            (#"(?:^|[^\d/])(20\d{2})"# + sep + #"(\d{1,2})(?![\d/])"#, .yearMonth),
            (#"(?:^|[^\d/])(\d{1,2})"# + sep + #"(20\d{2})(?!\d)"#, .monthYear),
            (#"(?:^|[^a-z])([a-z]{3,9})\.?\s*,?\s*(?:(20\d{2})|'(\d{2}))(?!\d)"#, .monthName),
        ]
        // The patterns are constants covered by the tests; one that does not compile is a programming error.
        return patterns.map { (try! Regex($0.0), $0.1) }
    }()

    /// Every shape needs a year: "20" and two more digits, or an apostrophe and two digits ('25). Checking the
    /// bytes first spares the regex engine — the costliest step of reading a reply — on most messages.
    static func mayHoldYear(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        func digit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        for i in 0..<(bytes.count - 2) {
            if bytes[i] == UInt8(ascii: "2"), bytes[i + 1] == UInt8(ascii: "0"), digit(i + 2), digit(i + 3) { return true }
            if bytes[i] == UInt8(ascii: "'"), digit(i + 1), digit(i + 2) { return true }
        }
        return false
    }

    /// Reads the month, and with the reply's date resolves what a person would: a month without a year ("sejak
    /// Mei" in a November reply: the latest May on or before the reply that is not before graduation), and a
    /// start counted back ("3 bulan lalu", "udah 2 bulan jalan", "dari bulan lalu").
    static func read(_ text: String, context: ReplyContext?) -> Result {
        let plain = read(text)
        // A reply dated outside any plausible year (a phone with its clock wrong) cannot anchor a month.
        guard let context, plain.month == nil, let replied = YearMonth(year: context.repliedOn.year, month: context.repliedOn.month)
        else { return plain }
        let graduated = context.graduatedOn.flatMap { YearMonth(year: $0.year, month: $0.month) }
        let words = text.lowercased().folding(options: .diacriticInsensitive, locale: nil).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        // A month name on its own.
        if let name = words.first(where: unambiguousNames.contains).flatMap({ names[$0] }) {
            var year = replied.year
            if name > replied.month { year -= 1 }
            if let month = YearMonth(year: year, month: name), graduated.map({ month >= $0 }) ?? true { return Result(month: month, issue: nil) }
            return Result(month: nil, issue: "the month named is before graduation")
        }
        // Counted back from the reply.
        func back(_ months: Int) -> Result {
            let total = replied.year * 12 + replied.month - 1 - months
            return Result(month: YearMonth(year: total / 12, month: total % 12 + 1), issue: nil)
        }
        for (i, word) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            let after = i + 2 < words.count ? words[i + 2] : ""
            if word == "bulan" && ["lalu", "kemarin", "kemaren", "kmrn"].contains(next) && (i == 0 || !["3", "2", "4", "5", "6"].contains(words[i - 1])) { return back(1) }
            if word == "sebulan" && (["lalu", "yang"].contains(next) || (i > 0 && ["baru", "udah", "sudah", "udh"].contains(words[i - 1]))) { return back(1) }
            if let n = Int(word), (1...24).contains(n), ["bulan", "bln"].contains(next),
               ["lalu", "yang", "jalan", "kerja"].contains(after) || (i > 0 && ["udah", "sudah", "udh", "baru", "sdh"].contains(words[i - 1])) {
                return back(n)
            }
        }
        return plain
    }

    static func read(_ text: String) -> Result {
        var s = " " + text.lowercased().folding(options: .diacriticInsensitive, locale: nil) + " "
        var found: [YearMonth] = []
        func int(_ m: Regex<AnyRegexOutput>.Match, _ i: Int) -> Int? { m.output[i].substring.flatMap { Int($0) } }
        // Every shape has a year in digits: a message without digits names no month with a year.
        if MonthReading.mayHoldYear(s) {
            for (regex, shape) in shapes {
                while let m = s.firstMatch(of: regex) {
                    let month: YearMonth?
                    switch shape {
                    case .dayMonthYear: month = YearMonth(year: int(m, 3) ?? 0, month: int(m, 2) ?? 0)
                    case .yearMonth: month = YearMonth(year: int(m, 1) ?? 0, month: int(m, 2) ?? 0)
                    case .monthYear: month = YearMonth(year: int(m, 2) ?? 0, month: int(m, 1) ?? 0)
                    case .monthName:
                        month = m.output[1].substring.flatMap { names[String($0)] }.flatMap { number in
                            YearMonth(year: int(m, 2) ?? int(m, 3).map { 2000 + $0 } ?? 0, month: number)
                        }
                    }
                    if let month { found.append(month) }
                    s.replaceSubrange(m.range, with: " ")
                }
            }
        }
        let distinct = Set(found)
        if distinct.count > 1 { return Result(month: nil, issue: "several different months are given") }
        if let month = distinct.first { return Result(month: month, issue: nil) }
        let words = s.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains(where: unambiguousNames.contains) {
            return Result(month: nil, issue: "a month is named without a year")
        }
        if let phrase = vague.first(where: { TextSearch.contains(s, " " + $0) }) {
            return Result(month: nil, issue: "the start time \"\(phrase)\" is too vague for a month")
        }
        return Result(month: nil, issue: nil)
    }
}
