import Foundation

/// A 95% Wilson score interval for a proportion k of n.
///
/// Wilson rather than the textbook Wald interval (p ± z·√(p(1−p)/n)) because BLK groups are
/// small: with n = 12 and k = 12 Wald collapses to [1, 1] and with k = 0 to [0, 0], while
/// Wilson stays inside [0, 1] and keeps an honest width.
///
/// Formula (appendix): with p̂ = k / n and z = 1.959963984540054,
///
///     centre = (p̂ + z² / 2n) / (1 + z² / n)
///     half   = z · √( p̂(1 − p̂) / n + z² / 4n² ) / (1 + z² / n)
///     interval = [centre − half, centre + half]
public struct WilsonInterval: Sendable, Equatable, Hashable {
    /// The two-sided 95% normal quantile, Φ⁻¹(0.975).
    public static let z95 = 1.959963984540054

    public let lower: Double
    public let upper: Double

    /// Returns nil when n = 0 (no one to estimate from) or k is outside 0…n.
    public init?(successes k: Int, of n: Int, z: Double = WilsonInterval.z95) {
        guard n > 0, k >= 0, k <= n else { return nil }
        let nd = Double(n)
        let p = Double(k) / nd
        let z2 = z * z
        let denominator = 1 + z2 / nd
        let centre = (p + z2 / (2 * nd)) / denominator
        let half = z * (p * (1 - p) / nd + z2 / (4 * nd * nd)).squareRoot() / denominator
        // Rounding can push an end a hair past 0 or 1; the interval is of a proportion.
        lower = k == 0 ? 0 : max(0, centre - half)
        upper = k == n ? 1 : min(1, centre + half)
    }
}
