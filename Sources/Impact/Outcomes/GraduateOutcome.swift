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
    /// Age at graduation in the groups BPS uses for youth: 15–19, 20–24, 25–29, 30–34, 35+ (or "unknown").
    public var ageGroup: String
    public var contact: Contact
    public var status: LabourStatus?
    public var firstJobMonth: YearMonth?
    public var match: JobMatch?
    public var income: IncomeBand?
    public var alsoStudying: Bool
    public var heardFrom: HeardFrom?
    /// The class and campaign by id, as the stored summary keys them (names can change; ids do not).
    var classID: Int64 = 0
    var campaignID: Int64?

    public var responded: Bool { status != nil }
    public var working: Bool { status?.isWorking ?? false }

    public init(traineeID: Int64, enrollmentID: Int64, classCode: String, programCode: String, programName: String, graduatedOn: CivilDate,
                campaignCode: String?, channel: Channel?, approach: Approach?, attribution: AttributionMethod, kecamatan: String?,
                gender: Gender?, ageGroup: String, contact: Contact, status: LabourStatus?, firstJobMonth: YearMonth?, match: JobMatch?,
                income: IncomeBand?, alsoStudying: Bool, heardFrom: HeardFrom?) {
        self.traineeID = traineeID
        self.enrollmentID = enrollmentID
        self.classCode = classCode
        self.programCode = programCode
        self.programName = programName
        self.graduatedOn = graduatedOn
        self.campaignCode = campaignCode
        self.channel = channel
        self.approach = approach
        self.attribution = attribution
        self.kecamatan = kecamatan
        self.gender = gender
        self.ageGroup = ageGroup
        self.contact = contact
        self.status = status
        self.firstJobMonth = firstJobMonth
        self.match = match
        self.income = income
        self.alsoStudying = alsoStudying
        self.heardFrom = heardFrom
    }

    public init(traineeID: Int64, enrollmentID: Int64, classCode: String, programCode: String, programName: String, graduatedOn: CivilDate,
                campaignCode: String?, channel: Channel?, approach: Approach?, attribution: AttributionMethod, kecamatan: String?,
                gender: Gender?, birthDate: CivilDate?, contact: Contact, status: LabourStatus?, firstJobMonth: YearMonth?, match: JobMatch?,
                income: IncomeBand?, alsoStudying: Bool, heardFrom: HeardFrom?) {
        self.init(traineeID: traineeID, enrollmentID: enrollmentID, classCode: classCode, programCode: programCode, programName: programName,
                  graduatedOn: graduatedOn, campaignCode: campaignCode, channel: channel, approach: approach, attribution: attribution,
                  kecamatan: kecamatan, gender: gender, ageGroup: Self.ageGroup(born: birthDate, graduated: graduatedOn), contact: contact,
                  status: status, firstJobMonth: firstJobMonth, match: match, income: income, alsoStudying: alsoStudying, heardFrom: heardFrom)
    }

    /// Age at graduation, grouped: kept instead of the birth date, so graduates of one group can be counted together.
    static func ageGroup(born birthDate: CivilDate?, graduated graduatedOn: CivilDate) -> String {
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
