import Alumni
import Outreach

/// How `OutcomeSummary` writes a graduation down: the key of its cell (what the breakdowns read, by id) and its
/// answer (what the counts read), each one line of fields. Nothing here names a person.
enum OutcomeCellKey {
    private static let separator: Character = "\u{1F}"

    static func key(of outcome: GraduateOutcome) -> String {
        join([String(outcome.classID), outcome.graduatedOn.description, outcome.campaignID.map(String.init), outcome.attribution.rawValue,
              outcome.kecamatan, outcome.gender?.rawValue, outcome.ageGroup])
    }

    /// The key of a cell's class and graduation day alone (`OutcomeSummary`'s per-class cells): its first two fields,
    /// the rest absent, so it decodes like any key.
    static func classKey(of key: String) -> String {
        let fields = key.split(separator: separator, maxSplits: 2, omittingEmptySubsequences: false)
        return (fields.prefix(2) + Array(repeating: "-", count: 5)).joined(separator: String(separator))
    }

    static func answer(of outcome: GraduateOutcome) -> String {
        join([outcome.contact.rawValue, outcome.status?.rawValue, outcome.firstJobMonth?.description, outcome.match?.rawValue,
              outcome.income?.rawValue, outcome.alsoStudying ? "1" : "0", outcome.heardFrom?.rawValue])
    }

    /// The graduation day alone, read without decoding the rest: most cells of a national summary are outside the
    /// period asked.
    static func graduatedOn(_ key: String) -> CivilDate? {
        let fields = key.utf8.split(separator: separator.asciiValue!, maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count > 1, fields[1].first == UInt8(ascii: "=") else { return nil }
        return CivilDate(parsing: String(Substring(fields[1].dropFirst())))
    }

    /// A graduation as it was written down (without `answer`: the breakdown side of a cell), or nil when its class no
    /// longer exists (a recount would not find it either).
    static func outcome(traineeID: Int64 = 0, enrollmentID: Int64 = 0, key: String, answer: String? = nil, _ lookup: OutcomeLookup) -> GraduateOutcome? {
        let outcome = decode(traineeID: traineeID, enrollmentID: enrollmentID, key: key, answer: answer, lookup)
        return outcome.classCode.isEmpty ? nil : outcome
    }

    /// Decodes without checking the class: without a lookup the names are empty, which is enough to count.
    static func decode(traineeID: Int64, enrollmentID: Int64, key: String, answer: String?, _ lookup: OutcomeLookup?) -> GraduateOutcome {
        let k = split(key)
        let a = answer.map(split) ?? Array(repeating: nil, count: 7)
        let classID = Int64(k[0] ?? "") ?? 0
        let campaignID = k[2].flatMap { Int64($0) }
        let trainingClass = lookup?.classes[classID]
        let campaign = campaignID.flatMap { lookup?.campaigns[$0] }
        var outcome = GraduateOutcome(
            traineeID: traineeID, enrollmentID: enrollmentID, classCode: trainingClass?.code ?? "", programCode: trainingClass?.programCode ?? "",
            programName: trainingClass?.programName ?? "", graduatedOn: k[1].flatMap(CivilDate.init(parsing:)) ?? CivilDate(dayNumber: 0),
            campaignCode: campaign?.code, channel: campaign?.channel, approach: campaign?.approach,
            attribution: k[3].flatMap(AttributionMethod.init(rawValue:)) ?? .none, kecamatan: k[4],
            gender: k[5].flatMap(Gender.init(rawValue:)), ageGroup: k[6] ?? "unknown",
            contact: a[0].flatMap(GraduateOutcome.Contact.init(rawValue:)) ?? .reachable,
            status: a[1].flatMap(LabourStatus.init(rawValue:)), firstJobMonth: a[2].flatMap(YearMonth.init(parsing:)),
            match: a[3].flatMap(JobMatch.init(rawValue:)), income: a[4].flatMap(IncomeBand.init(rawValue:)),
            alsoStudying: a[5] == "1", heardFrom: a[6].flatMap(HeardFrom.init(rawValue:)))
        outcome.classID = classID
        outcome.campaignID = campaignID
        return outcome
    }

    /// Absent fields are written as "-", present ones behind "=", so that nil and "" stay apart.
    private static func join(_ fields: [String?]) -> String {
        fields.map { $0.map { "=" + $0 } ?? "-" }.joined(separator: String(separator))
    }

    /// Split on the bytes (the separator is ASCII): splitting on Characters costs more than the rest of a question.
    private static func split(_ line: String) -> [String?] {
        line.utf8.split(separator: separator.asciiValue!, omittingEmptySubsequences: false).map { field in
            field.first == UInt8(ascii: "=") ? String(Substring(field.dropFirst())) : nil
        }
    }
}
