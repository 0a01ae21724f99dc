import Alumni
import Impact

/// `jejak funnel`'s arguments as query parameters, for `/api/funnel` and the campaign page.
struct FunnelQuestion {
    static let parameters = ["by", "wave", "period", "threshold", "suppress"]

    var by: Funnel.Grouping
    var wave: Int
    var period: ReportPeriod
    var threshold: Int?

    init(_ query: QueryParameters, user: WebUser, waves: [Int]) throws {
        by = try query.choice("by", default: .channel)
        wave = try RatesQuestion.wave(query, waves: waves)
        period = try query.period()
        threshold = try RatesQuestion.threshold(query, user: user)
    }

    /// The same grouping as a rates breakdown, for the employment rates beside the funnel.
    var breakdown: Breakdown { Self.breakdown(of: by) }

    static func breakdown(of grouping: Funnel.Grouping) -> Breakdown {
        switch grouping {
        case .campaign: .campaign
        case .channel: .channel
        case .approach: .approach
        }
    }
}
