import Foundation

/// The range the employment rate among all eligible graduates must lie in, whatever the
/// non-respondents are doing.
///
/// Respondents to a tracer survey are rarely a random sample (the employed answer more
/// readily, or less), so next to the rate among respondents the report gives the two
/// extreme cases:
///
///     lower = employed / G              (no non-respondent works)
///     upper = (employed + G − R) / G    (every non-respondent works)
///
/// where G is eligible graduates and R respondents with a usable status answer.
public struct NonResponseBounds: Sendable, Equatable, Hashable {
    public let lower: Double
    public let upper: Double

    /// Returns nil when G = 0 or the counts are impossible (employed > R, R > G, negatives).
    public init?(employed: Int, respondents R: Int, graduates G: Int) {
        guard G > 0, R >= 0, R <= G, employed >= 0, employed <= R else { return nil }
        lower = Double(employed) / Double(G)
        upper = Double(employed + G - R) / Double(G)
    }
}
