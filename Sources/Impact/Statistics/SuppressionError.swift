import Foundation

/// A table that cannot be checked for disclosure as given.
public enum SuppressionError: Error, Equatable, LocalizedError {
    /// Some cells have a column key and some do not.
    case mixedKeys
    /// Two cells share a key, so one of them would be checked against the wrong line.
    case duplicateKey(GroupKey)
    case negativeCount(GroupKey)
    case invalidThreshold(Int)

    public var errorDescription: String? {
        switch self {
        case .mixedKeys: return "a table must be either one-way (row keys only) or two-way (row and column keys), not both"
        case .duplicateKey(let k): return "group \(k) appears more than once"
        case .negativeCount(let k): return "group \(k) has a negative count"
        case .invalidThreshold(let t): return "suppression threshold must be at least 1, got \(t)"
        }
    }
}
