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
    private static let unambiguousNames: Set<String> = [
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

    static func read(_ text: String) -> Result {
        var s = " " + text.lowercased().folding(options: .diacriticInsensitive, locale: nil) + " "
        var found: [YearMonth] = []
        func take(_ pattern: String, _ make: (Regex<AnyRegexOutput>.Match) -> YearMonth?) {
            // A pattern that does not compile is a programming error caught by the tests.
            guard let regex = try? Regex(pattern) else { assertionFailure("bad pattern \(pattern)"); return }
            while let m = s.firstMatch(of: regex) {
                if let ym = make(m) { found.append(ym) }
                s.replaceSubrange(m.range, with: " ")
            }
        }
        func int(_ m: Regex<AnyRegexOutput>.Match, _ i: Int) -> Int? { m.output[i].substring.flatMap { Int($0) } }
        let sep = #"\s*[/\-.]\s*"#
        take(#"(?:^|[^\d/])(\d{1,2})"# + sep + #"(\d{1,2})"# + sep + #"(20\d{2})(?!\d)"#) { YearMonth(year: int($0, 3) ?? 0, month: int($0, 2) ?? 0) }
        take(#"(?:^|[^\d/])(20\d{2})"# + sep + #"(\d{1,2})(?![\d/])"#) { YearMonth(year: int($0, 1) ?? 0, month: int($0, 2) ?? 0) }
        take(#"(?:^|[^\d/])(\d{1,2})"# + sep + #"(20\d{2})(?!\d)"#) { YearMonth(year: int($0, 2) ?? 0, month: int($0, 1) ?? 0) }
        take(#"(?:^|[^a-z])([a-z]{3,9})\.?\s*,?\s*(?:(20\d{2})|'(\d{2}))(?!\d)"#) { m in
            guard let word = m.output[1].substring, let month = names[String(word)] else { return nil }
            let year = int(m, 2) ?? int(m, 3).map { 2000 + $0 } ?? 0
            return YearMonth(year: year, month: month)
        }
        let distinct = Set(found)
        if distinct.count > 1 { return Result(month: nil, issue: "several different months are given") }
        if let month = distinct.first { return Result(month: month, issue: nil) }
        let words = s.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains(where: unambiguousNames.contains) {
            return Result(month: nil, issue: "a month is named without a year")
        }
        if let phrase = vague.first(where: { s.contains(" " + $0 + " ") || s.contains(" " + $0) }) {
            return Result(month: nil, issue: "the start time \"\(phrase)\" is too vague for a month")
        }
        return Result(month: nil, issue: nil)
    }
}
