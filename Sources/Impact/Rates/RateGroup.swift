/// One row of `jejak rates`: a group's counts and employment figures, or nothing but its key when suppressed.
public struct RateGroup: Sendable, Equatable {
    /// Dimension name → value, in the order the breakdowns were asked.
    public var key: [(dimension: String, value: String)]
    public var indicators: Indicators
    /// Withheld for officials: fewer than the threshold of graduates or respondents, or hidden so a
    /// suppressed neighbour cannot be worked out from the total.
    public var suppressed: Bool
    public var suppressionReason: SuppressionReason?

    public var counts: IndicatorCounts { indicators.counts }

    public static func == (a: RateGroup, b: RateGroup) -> Bool {
        a.key.map(\.dimension) == b.key.map(\.dimension) && a.key.map(\.value) == b.key.map(\.value)
            && a.indicators == b.indicators && a.suppressed == b.suppressed
    }

    /// The figures every output form prints, in this order, rounded once here so HTML, Markdown, CSV and JSON agree.
    public var figures: [(name: String, value: Double?)] {
        let i = indicators
        let c = i.counts
        return [
            ("graduates", Double(c.graduates)), ("unreachable", Double(c.unreachable)), ("consent_not_asked", Double(c.consentNotAsked)),
            ("declined_contact", Double(c.declined)), ("respondents", Double(c.respondents)),
            ("employed", Double(c.employees)), ("self_employed", Double(c.selfEmployed)), ("unemployed", Double(c.unemployed)),
            ("studying", Double(c.studying)), ("not_in_labour_force", Double(c.notInLabourForce)),
            ("response_rate", Self.round(i.grossResponseRate.value)), ("net_response_rate", Self.round(i.netResponseRate.value)),
            ("employment_rate", Self.round(i.employmentRate.value)), ("ci_low", Self.round(i.employmentRate.interval?.lower)),
            ("ci_high", Self.round(i.employmentRate.interval?.upper)), ("bound_low", Self.round(i.employmentBounds?.lower)),
            ("bound_high", Self.round(i.employmentBounds?.upper)), ("unemployment_rate", Self.round(i.unemploymentRate.value)),
        ]
    }

    /// Rates are published to four decimals (a tenth of a percentage point).
    static func round(_ value: Double?) -> Double? {
        value.map { ($0 * 10_000).rounded() / 10_000 }
    }
}
