/// Graduates who fall in the same group of every breakdown, counted together: what the rates are made of.
///
/// One graduate is a tally of one (`init(_:)`); the stored summary (`OutcomeSummary`) hands out tallies of many, so a
/// question about a million graduates adds up thousands of tallies instead of a million outcomes.
public struct OutcomeTally: Sendable {
    /// What the breakdowns read (programme, class, campaign, kecamatan, …); its answer fields are not used.
    public var profile: GraduateOutcome
    public var counts: IndicatorCounts

    public init(profile: GraduateOutcome, counts: IndicatorCounts) {
        self.profile = profile
        self.counts = counts
    }

    /// One graduate.
    public init(_ outcome: GraduateOutcome) {
        self.init(profile: outcome, counts: IndicatorCounts([outcome]))
    }
}
