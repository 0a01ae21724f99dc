import Alumni

/// A dimension the employment figures can be broken down by (`jejak rates --by …`).
public enum Breakdown: String, Sendable, CaseIterable, Codable {
    case program
    case trainingClass = "class"
    case cohort
    case campaign
    case channel
    case approach
    case kecamatan
    case gender
    case ageGroup = "age-group"

    /// Read from the class and the graduation day alone, so the summary's per-class cells answer it.
    var readsTheClassOnly: Bool { self == .program || self == .trainingClass || self == .cohort }

    /// The group a graduate falls in; attribution gaps and missing fields are groups of their own, never dropped.
    public func value(of outcome: GraduateOutcome) -> String {
        switch self {
        case .program: outcome.programName
        case .trainingClass: outcome.classCode
        case .cohort: outcome.cohort
        case .campaign: outcome.campaignCode ?? "(unattributed)"
        case .channel: outcome.channel?.rawValue ?? "(unattributed)"
        case .approach: outcome.approach?.rawValue ?? (outcome.campaignCode == nil ? "(unattributed)" : "(not set)")
        case .kecamatan: outcome.kecamatan ?? "(unknown)"
        case .gender: outcome.gender?.rawValue ?? "(unknown)"
        case .ageGroup: outcome.ageGroup
        }
    }
}
