import Alumni
import Foundation

/// Employment figures for one wave and period, broken down by one or more dimensions, with small cells
/// suppressed (unless staff ask otherwise) — the numbers `jejak rates` prints and the report shows.
public struct RatesTable: Sendable {
    public var wave: Int
    public var period: ReportPeriod
    public var breakdowns: [Breakdown]
    public var groups: [RateGroup]
    /// Everyone in the table; suppressed only when it would reveal a single hidden group.
    public var total: RateGroup
    /// The suppression threshold applied, or nil when suppression was switched off (staff use only).
    public var threshold: Int?

    /// - Parameter threshold: the smallest publishable count (5 by default); nil for no suppression.
    public init(outcomes: [GraduateOutcome], by breakdowns: [Breakdown], wave: Int, period: ReportPeriod, threshold: Int? = Suppression.defaultThreshold) throws {
        try self.init(tallies: outcomes.map(OutcomeTally.init), by: breakdowns, wave: wave, period: period, threshold: threshold)
    }

    /// The table from graduates counted together (`OutcomeQuery.tallies`): the same figures as from their outcomes.
    public init(tallies: [OutcomeTally], by breakdowns: [Breakdown], wave: Int, period: ReportPeriod, threshold: Int? = Suppression.defaultThreshold) throws {
        self.wave = wave
        self.period = period
        self.breakdowns = breakdowns
        self.threshold = threshold
        var buckets: [[String]: IndicatorCounts] = [:]
        var everyone = IndicatorCounts.zero
        for tally in tallies {
            buckets[breakdowns.map { $0.value(of: tally.profile) }, default: .zero] += tally.counts
            everyone += tally.counts
        }
        let keys = buckets.keys.sorted { $0.lexicographicallyPrecedes($1) }
        func groupKey(_ values: [String]) -> GroupKey {
            breakdowns.count == 2 ? GroupKey(values[0], values[1]) : GroupKey(values.joined(separator: " · "))
        }
        var indicators: [[String]: Indicators] = [:]
        for key in keys { indicators[key] = try Indicators(buckets[key]!.sorted()) }
        let suppression = try threshold.map { threshold in
            try Suppression(groups: keys.map { key in
                SuppressionGroup(key: groupKey(key), graduates: indicators[key]!.counts.graduates, respondents: indicators[key]!.counts.respondents)
            }, threshold: threshold)
        }
        groups = keys.map { key in
            let reason = suppression?.reasons[groupKey(key)]
            return RateGroup(key: zip(breakdowns, key).map { ($0.rawValue, $1) }, indicators: indicators[key]!,
                             suppressed: reason != nil, suppressionReason: reason)
        }
        let totalReason = suppression?.totalReason
        total = RateGroup(key: [], indicators: try Indicators(everyone.sorted()), suppressed: totalReason != nil, suppressionReason: totalReason)
    }
}
