import Alumni
import Foundation

/// When a reply was written and when its writer graduated: what turns "sejak Mei" or "udah 2 bulan" into a month.
public struct ReplyContext: Sendable, Hashable {
    public var repliedOn: CivilDate
    public var graduatedOn: CivilDate?

    public init(repliedOn: CivilDate, graduatedOn: CivilDate? = nil) {
        self.repliedOn = repliedOn
        self.graduatedOn = graduatedOn
    }

    /// Whether the dates can change how `text` is read. Only month names ("sejak Mei", "mulai Desember") and months
    /// counted back ("udah 2 bln", "sebulan lalu") are read against them, so a reply without any of these reads the
    /// same on every day: ingest reads such a wording once per file instead of once per day it was sent.
    /// Errs towards true: any text holding the first letters of a month name or "bln" counts.
    /// Runs for every reply ingest reads: plain ASCII text (nearly all) is searched as typed, ignoring case.
    static func matters(for text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return datedWords.contains { TextSearch.containsIgnoringASCIICase(text, $0) } }
        let folded = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        return datedWords.contains { TextSearch.contains(folded, $0) }
    }

    /// The first three letters of every month name `MonthReading` knows, and the word of months counted back.
    private static let datedWords = Set(MonthReading.monthNames.map { String($0.prefix(3)) }).sorted() + ["bulan", "bln"]
}
