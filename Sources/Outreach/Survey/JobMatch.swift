import Foundation

/// Whether the work matches the training (question 4); asked only of those working.
/// Raw values are the `value` strings used in questionnaire.json.
public enum JobMatch: String, Sendable, Hashable, CaseIterable, Codable {
    /// A · sesuai.
    case matches
    /// B · sebagian sesuai.
    case partly
    /// C · tidak sesuai.
    case doesNotMatch
}
