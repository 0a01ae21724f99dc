import Foundation

/// A count out of a base, kept as both numbers so a report can print "12 of 40" next to the rate.
///
/// Rates for officials must always travel with their denominator and interval; a bare
/// percentage of a group of 6 looks as solid as one of 600.
public struct Proportion: Sendable, Equatable, Hashable {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, of denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// numerator / denominator, or nil when the denominator is 0.
    public var value: Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    /// The 95% Wilson interval, or nil when the denominator is 0.
    public var interval: WilsonInterval? {
        WilsonInterval(successes: numerator, of: denominator)
    }
}
