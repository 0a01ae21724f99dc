import Alumni

/// Single tables and charts of the report, as HTML, for the server's pages: drawn by the report's own code, so a
/// figure, its format and its suppression mark are the same in the browser as in `jejak report`. Every text in the
/// fragments is escaped.
public struct ReportFragments: Sendable {
    let format: ReportFormatter

    /// - Parameter threshold: the threshold the footnotes name (the default when a staff table is unsuppressed).
    public init(language: ReportLanguage, threshold: Int? = Suppression.defaultThreshold) {
        format = ReportFormatter(lang: language, threshold: threshold ?? Suppression.defaultThreshold)
    }

    /// A chart of each group's employment rate with its interval, and the table with the total and footnotes.
    public func rates(_ table: RatesTable, title: String) -> String {
        format.rates(table, name: "rates", title: title).dropFirst().map(HTMLReport.html).joined()
    }

    /// The funnel's chart (when publishable), counts, and results per reach and per rupiah.
    public func funnel(_ table: Funnel.Table) -> String {
        format.funnel(table).map(HTMLReport.html).joined()
    }

    /// Classes with registrations, seats, waitlist and hours to fill.
    public func classes(_ listings: [ClassListing]) -> String {
        format.classes(listings).map { HTMLReport.html(.table($0)) } ?? ""
    }
}
