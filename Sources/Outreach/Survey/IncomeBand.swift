import Foundation

/// Monthly income relative to the city minimum wage (question 5), asked as a band because
/// graduates will not type amounts into a chat, and because the UMK changes every year
/// while a band answer stays comparable. Raw values are questionnaire.json `value` strings.
public enum IncomeBand: String, Sendable, Hashable, CaseIterable, Codable {
    /// A · below UMK.
    case belowUMK
    /// B · UMK up to under 1.2 × UMK.
    case umkToUnder1_2
    /// C · at least 1.2 × UMK (the IKU 1 line).
    case atLeast1_2UMK
    /// D · prefer not to say; excluded from the income denominators.
    case preferNotToSay
}
