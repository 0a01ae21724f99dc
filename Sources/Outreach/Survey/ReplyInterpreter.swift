import Foundation

/// Turns one incoming chat message into a survey answer, or says why a person must look.
///
/// Order: (1) personal reply codes are found and removed; (2) chat placeholders (stickers,
/// media) are not answers; (3) the rest is read as a compact answer code (see
/// `AnswerCode`), or as a code followed by free text ("1AB PT Maju Jaya, Maret 2025");
/// (4) otherwise as everyday Bahasa Indonesia or English.
///
/// Status rules for everyday language (BPS Sakernas, simplified):
/// - Working beats looking and studying: "sudah kerja tapi masih cari kerja" is employee;
///   "kerja sambil kuliah" is employee with `alsoStudying`.
/// - Working together with not working ("belum kerja, eh sudah"), with both a job and an
///   own business, with only past work ("pernah kerja", "resign"), or with "accepted" (BPS
///   counts accepted-not-started as unemployed) → review.
/// - Not working + looking, "nganggur", "belum dapat kerja", "still looking" → unemployed.
///   "Belum kerja" alone does not say whether they look (option 3 or 5) → review.
/// - Ride-hailing, odd jobs ("serabutan") and internships ("magang") → review: the survey
///   cannot tell employee from own-account work for them.
/// - Studying alone → studying; studying while looking → review.
/// - "Ibu rumah tangga", or not working and not looking → not in the labour force.
/// - A bare "sudah, di bengkel dekat rumah" → review, suggesting employee with employer
///   "bengkel dekat rumah": "sudah" names no verb, so it could also be an own workshop.
/// - Month, match and income are kept only for those working; any uncertain detail sends
///   the whole reply to review with the partial answer as a suggestion.
public struct ReplyInterpreter: Sendable {
    public let questionnaire: Questionnaire

    public init(questionnaire: Questionnaire = .default) {
        self.questionnaire = questionnaire
    }

    public func interpret(_ text: String) -> ReplyInterpretation {
        var reasons: [String] = []
        let (codes, rest) = ReplyCode.scan(text, prefix: questionnaire.replyCodePrefix)
        let valid = Set(codes.compactMap { if case .valid(let c) = $0 { c } else { nil } })
        for case .invalid(let fragment) in codes { reasons.append("reply code \"\(fragment)\" fails its check (typo?)") }
        if valid.count > 1 { reasons.append("the message carries \(valid.count) different reply codes") }
        let personal = valid.count == 1 ? valid.first : nil

        let lower = rest.lowercased()
        let isMedia = Lexicon.mediaPlaceholders.contains { TextSearch.contains(lower, $0) }
        var reading: Reading
        if isMedia {
            reading = Reading()
        } else if case .code(let answer, let issues) = AnswerCode.read(rest, using: questionnaire) {
            reading = Reading(answer: answer, issues: issues)
        } else if let combined = readCodeThenText(rest) {
            reading = combined
        } else {
            reading = read(ReplyText(rest), raw: rest)
        }
        reading.answer.replyCode = personal
        reasons += reading.issues

        if reading.answer.isEmpty {
            // A suggestion is only worth showing when it carries the graduate's code.
            let suggestion = personal == nil ? nil : reading.answer
            if !reasons.isEmpty { return .needsReview(suggestion, reason: reasons.joined(separator: "; ")) }
            if reading.hasContent { return .needsReview(suggestion, reason: "no survey answer recognised") }
            if personal != nil { return .needsReview(suggestion, reason: "only a reply code, no answer") }
            return .notAnAnswer
        }
        if reading.answer.status == nil, reasons.isEmpty { reasons.append("no status (question 1) recognised") }
        return reasons.isEmpty ? .answer(reading.answer) : .needsReview(reading.answer, reason: reasons.joined(separator: "; "))
    }

    /// The working state of one reply while it is read.
    struct Reading {
        var answer = SurveyAnswer()
        var issues: [String] = []
        /// Words that are neither filler nor a question: something a person should read.
        var hasContent = false
    }

    /// Everyday language.
    func read(_ text: ReplyText, raw: String) -> Reading {
        var reading = Reading()
        let signals = StatusSignals(text)
        let clues = signals.clues
        let details = DetailReading(text)
        let month = MonthReading.read(raw)
        reading.hasContent = text.answerWords.contains { !Lexicon.filler.contains($0.canonical) }

        let (status, statusIssue) = Self.decide(clues)
        reading.answer.status = status
        if let statusIssue { reading.issues.append(statusIssue) }

        let working = status?.isWorking == true
            || (status == nil && (clues.contains(.employee) || clues.contains(.selfEmployed) || clues.contains(.unclearWorkType)))
        if working {
            reading.answer.alsoStudying = clues.contains(.studying)
            reading.answer.employer = EmployerReading.read(text, workPositions: signals.workPositions)
            reading.answer.firstJobMonth = month.month
            if let issue = month.issue { reading.issues.append(issue) }
            reading.answer.match = details.match
            reading.answer.incomeBand = details.incomeBand
            reading.issues += details.issues
        } else if status == nil, clues == [.bareYes], let place = EmployerReading.placeClause(text) {
            reading.answer.status = .employee
            reading.answer.employer = place
            reading.issues = ["\"sudah\" with a place suggests working there, but not whether as an employee or in their own business"]
        } else {
            reading.issues += details.issues.filter { $0.contains("first heard") || $0.contains("Instagram") }
        }
        reading.answer.heardFrom = details.heardFrom
        return reading
    }

    /// The status the clues support, or nil with the reason a person must decide.
    static func decide(_ clues: Set<StatusSignals.Clue>) -> (LabourStatus?, String?) {
        let employee = clues.contains(.employee), own = clues.contains(.selfEmployed)
        let notWorking = clues.contains(.notWorking) || clues.contains(.jobless)
        let looking = clues.contains(.looking) || clues.contains(.jobless)
        if clues.contains(.unclearWorkType) {
            return (nil, "the kind of work (ojek online, odd jobs, internship) does not say employee or own account")
        }
        if employee || own {
            if notWorking { return (nil, "the reply says both working and not working") }
            if employee && own { return (nil, "the reply mentions both a job and an own business; the main one is unclear") }
            if clues.contains(.pastWork) { return (nil, "the reply mixes past and current work") }
            return (employee ? .employee : .selfEmployed, nil)
        }
        if clues.contains(.bareYes) && notWorking { return (nil, "the reply says both working and not working") }
        if clues.contains(.accepted) {
            return (nil, "accepted for a job: BPS counts it as unemployed until the job starts; ask whether it has started")
        }
        if clues.contains(.studying) {
            if looking { return (nil, "studying and looking for work: BPS status depends on availability") }
            if clues.contains(.outsideLabourForce) { return (nil, "studying and outside the labour force both mentioned") }
            return (.studying, nil)
        }
        if looking {
            if clues.contains(.notLooking) || clues.contains(.outsideLabourForce) {
                return (nil, "the reply says both looking and not looking for work")
            }
            return (.unemployed, nil)
        }
        if clues.contains(.outsideLabourForce) || (notWorking && clues.contains(.notLooking)) { return (.notInLabourForce, nil) }
        if clues.contains(.pastWork) { return (nil, "worked before, but the reply does not say what they do now") }
        if notWorking { return (nil, "not working, but not said whether looking for work (option 3) or not (option 5)") }
        if clues.contains(.notLooking) { return (nil, "not looking for work, but not said whether working") }
        if clues.contains(.plan) { return (nil, "a plan, not the current status") }
        if clues.contains(.bareYes) { return (nil, "\"sudah\" alone does not say which status") }
        return (nil, nil)
    }
}
