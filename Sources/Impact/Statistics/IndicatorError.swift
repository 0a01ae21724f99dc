import Foundation

/// Counts that cannot describe one real group; computing rates from them would publish nonsense.
public enum IndicatorError: Error, Equatable, LocalizedError {
    /// A count below zero; the associated value names the field.
    case negativeCount(field: String)
    /// `part` is larger than the `whole` it is a subset of, e.g. respondents > graduates.
    case subsetTooLarge(part: String, whole: String)
    /// The five status counts do not add up to the respondents.
    case statusesDoNotSumToRespondents(sum: Int, respondents: Int)

    public var errorDescription: String? {
        switch self {
        case .negativeCount(let field):
            return "\(field) must not be negative"
        case .subsetTooLarge(let part, let whole):
            return "\(part) cannot be larger than \(whole)"
        case .statusesDoNotSumToRespondents(let sum, let respondents):
            return "the status counts add up to \(sum) but respondents is \(respondents); each respondent needs exactly one status"
        }
    }
}
