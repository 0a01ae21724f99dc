import Alumni

/// The period a figure covers, by graduation date: a year (`2025`), a quarter (`2025-Q3`) or a month (`2025-07`).
public struct ReportPeriod: Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public let first: CivilDate
    public let last: CivilDate

    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), (2000...2100).contains(year) else { return nil }
        var fromMonth = 1, toMonth = 12
        if parts.count == 2 {
            if parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) {
                fromMonth = quarter * 3 - 2
                toMonth = quarter * 3
            } else if let month = Int(parts[1]), (1...12).contains(month), parts[1].count == 2 {
                fromMonth = month
                toMonth = month
            } else {
                return nil
            }
        } else if parts.count > 2 {
            return nil
        }
        description = text.uppercased()
        first = CivilDate(year: year, month: fromMonth, day: 1)!
        last = CivilDate(year: year, month: toMonth, day: CivilDate.daysIn(month: toMonth, year: year))!
    }

    /// Everything: no period given.
    public static let all = ReportPeriod(first: CivilDate(year: 1900, month: 1, day: 1)!, last: CivilDate(year: 2200, month: 12, day: 31)!, description: "all")

    private init(first: CivilDate, last: CivilDate, description: String) {
        self.first = first
        self.last = last
        self.description = description
    }

    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }
}
