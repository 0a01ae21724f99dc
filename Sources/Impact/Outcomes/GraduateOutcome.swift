import Alumni
import Outreach

/// One graduate as the indicators see them for one survey wave: who they are, which campaign recruited
/// them, whether they could be reached, and their latest answer (if any).
public struct GraduateOutcome: Sendable, Equatable {
    /// Whether the survey could reach the graduate, as the response rates count it.
    public enum Contact: String, Sendable, Equatable {
        /// Answered, or consented and has a phone or handle a message did not fail on.
        case reachable
        /// No valid phone or handle on any channel, or every message of the wave failed: U in R / (G − U).
        case unreachable
        /// Has a contact, but the registration form never asked for consent to follow-up: not messaged, not in U.
        case consentNotAsked
        /// Declined follow-up contact: not messaged, not in U.
        case declined
    }

    /// The person: rates count people, each once.
    public var traineeID: Int64
    public var enrollmentID: Int64
    public var classCode: String
    public var programCode: String
    public var programName: String
    public var graduatedOn: CivilDate
    public var campaignCode: String?
    public var channel: Channel?
    public var approach: Approach?
    public var attribution: AttributionMethod
    public var kecamatan: String?
    public var gender: Gender?
    public var birthDate: CivilDate?
    public var contact: Contact
    public var status: LabourStatus?
    public var firstJobMonth: YearMonth?
    public var match: JobMatch?
    public var income: IncomeBand?
    public var alsoStudying: Bool
    public var heardFrom: HeardFrom?

    public var responded: Bool { status != nil }
    public var working: Bool { status?.isWorking ?? false }

    /// Age at graduation in the groups BPS uses for youth: 15–19, 20–24, 25–29, 30–34, 35+.
    public var ageGroup: String {
        guard let birthDate else { return "unknown" }
        var age = graduatedOn.year - birthDate.year
        if (graduatedOn.month, graduatedOn.day) < (birthDate.month, birthDate.day) { age -= 1 }
        switch age {
        case ..<20: return "15-19"
        case 20..<25: return "20-24"
        case 25..<30: return "25-29"
        case 30..<35: return "30-34"
        default: return "35+"
        }
    }

    /// The graduation month: a cohort is the people who finished together.
    public var cohort: String { String(graduatedOn.description.prefix(7)) }
}
