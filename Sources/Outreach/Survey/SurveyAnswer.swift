import Foundation

/// What one reply said, question by question; every field is optional because a reply
/// usually answers only some questions.
public struct SurveyAnswer: Sendable, Equatable {
    /// Question 1.
    public var status: LabourStatus?
    /// Question 2: the month the first job after training began.
    public var firstJobMonth: YearMonth?
    /// Question 3: the employer or business as the graduate wrote it. It may be a
    /// description ("bengkel dekat rumah", "café") rather than a registered name.
    public var employer: String?
    /// Question 4.
    public var match: JobMatch?
    /// Question 5.
    public var incomeBand: IncomeBand?
    /// Question 6.
    public var heardFrom: HeardFrom?
    /// The personal reply code found in the text, which ties the reply to a graduate
    /// when the sender's number or handle does not.
    public var replyCode: ReplyCode?
    /// True when a working graduate also said they study or train (the working-and-studying
    /// overlap of the indicators); the status stays employee/self-employed, as BPS counts it.
    public var alsoStudying: Bool

    public init(
        status: LabourStatus? = nil, firstJobMonth: YearMonth? = nil, employer: String? = nil,
        match: JobMatch? = nil, incomeBand: IncomeBand? = nil, heardFrom: HeardFrom? = nil,
        replyCode: ReplyCode? = nil, alsoStudying: Bool = false
    ) {
        self.status = status
        self.firstJobMonth = firstJobMonth
        self.employer = employer
        self.match = match
        self.incomeBand = incomeBand
        self.heardFrom = heardFrom
        self.replyCode = replyCode
        self.alsoStudying = alsoStudying
    }

    /// True when no question is answered (a reply code alone does not count).
    public var isEmpty: Bool {
        status == nil && firstJobMonth == nil && employer == nil && match == nil
            && incomeBand == nil && heardFrom == nil && !alsoStudying
    }
}

extension SurveyAnswer {
    /// One line for staff: "employee · PT Maju Jaya · since 2025-08 · match: matches".
    public var summary: String {
        var parts: [String] = [status?.rawValue ?? "no status"]
        if alsoStudying { parts.append("also studying") }
        if let employer { parts.append(employer) }
        if let firstJobMonth { parts.append("since \(firstJobMonth)") }
        if let match { parts.append("match: \(match.rawValue)") }
        if let incomeBand { parts.append("income: \(incomeBand.rawValue)") }
        if let heardFrom { parts.append("heard from: \(heardFrom.rawValue)") }
        return parts.joined(separator: " · ")
    }
}
