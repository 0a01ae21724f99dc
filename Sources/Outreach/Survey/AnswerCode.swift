import Foundation

/// Compact reply codes: answers typed as a few characters on a phone.
///
/// Scheme (the positions follow the questionnaire's choice questions in number order;
/// with the default file that is 1 status, 4 match, 5 income, 6 heard-from):
/// - Positional: the status digit, then one letter per following choice question, with or
///   without separators (space , ; . / -): "1AAF", "1 a a f", "1-A-A", "2" (status only),
///   "1A" (status and match). Letters may stop early but cannot skip a position.
/// - Labelled: question number, a separator (. : = ) or a leading Q, then the code, so
///   positions can be skipped or reordered: "1=1 5=C", "Q1 2 Q6 F", "1:3".
/// - Letters are case-insensitive; lead-ins and fillers such as "jawaban", "kak", "ok"
///   around the code are ignored.
/// A string that looks like a code but breaks a rule (an unknown letter, "3A" giving a job
/// match for someone not working) is reported as an issue, never half-read silently.
enum AnswerCode {
    /// The outcome of reading a text as a compact code.
    enum Result: Equatable {
        /// Not code-shaped: read it as language instead.
        case notACode
        /// A code; `issues` are reasons for review (empty when the code is clean).
        case code(SurveyAnswer, issues: [String])
    }

    private static let fillers: Set<String> = [
        "JAWABAN", "JAWABANNYA", "JAWAB", "JWB", "ANSWER", "ANSWERS", "KAK", "KA", "KAKAK", "MIN", "ADMIN", "BANG",
        "MAS", "MBAK", "PAK", "BU", "YA", "YAA", "OK", "OKE", "OKAY", "SIP", "TERIMA", "KASIH", "MAKASIH", "TERIMAKASIH",
        "THANKS", "THX", "TKS", "NIH", "SAYA", "KODE",
    ]

    /// Reads the whole text (personal code already removed) as a compact code.
    static func read(_ text: String, using questionnaire: Questionnaire) -> Result {
        let words = text.uppercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || ",;./:=)-+".contains($0)) })  // "+1" agrees, no code
        var core = words.map(String.init)
        while let first = core.first, fillers.contains(first.trimmingCharacters(in: .punctuationCharacters)) { core.removeFirst() }
        while let last = core.last, fillers.contains(last.trimmingCharacters(in: .punctuationCharacters)) { core.removeLast() }
        let joined = core.joined(separator: " ")
        guard !joined.isEmpty, joined.count <= 30,
              joined.first?.isNumber == true || joined.first == "Q" || joined.hasPrefix("NO"),
              joined.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || " ,;./:=)-".contains($0) }),
              joined.contains(where: \.isNumber)
        else { return .notACode }
        // Words are not codes: every letter run must be short ("AAF" at most 3 after a digit).
        let letterRuns = joined.split(whereSeparator: { !$0.isLetter })
        guard letterRuns.allSatisfy({ $0.count <= 3 || $0 == "NO" }) else { return .notACode }

        let choices = questionnaire.choiceQuestions
        if let pairs = labelled(joined) {
            return build(pairs.map { pair in (choices.first { $0.number == pair.number }, pair.number, pair.code) }, choices: choices)
        }
        let symbols = joined.filter { $0.isLetter || $0.isNumber }.map(String.init)
        // Only the status is a digit: "2023", "10.30" or a phone number is not a positional code.
        guard symbols.filter({ $0.first!.isNumber }).count == 1 else { return .notACode }
        var items: [(Questionnaire.Question?, Int, String)] = []
        for (i, s) in symbols.enumerated() {
            items.append((i < choices.count ? choices[i] : nil, i < choices.count ? choices[i].number : 0, s))
        }
        return build(items, choices: choices, positional: true)
    }

    /// Splits "1=1 5=C" / "Q1 2 Q6 F" into (question number, code) pairs; nil unless the whole
    /// string is labelled pairs.
    private static func labelled(_ s: String) -> [(number: Int, code: String)]? {
        let chars = Array(s)
        var i = 0
        var pairs: [(Int, String)] = []
        func skipSpace() { while i < chars.count, " ,;/-".contains(chars[i]) { i += 1 } }
        skipSpace()
        while i < chars.count {
            var hadQ = false
            if chars[i] == "Q" { hadQ = true; i += 1 } else if i + 1 < chars.count, chars[i] == "N", chars[i + 1] == "O" {
                hadQ = true; i += 2
                if i < chars.count, chars[i] == "." { i += 1 }
            }
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count, let n = chars[i].wholeNumberValue else { return nil }
            i += 1
            while i < chars.count, chars[i] == " " { i += 1 }
            var hadSep = false
            if i < chars.count, ".:=)".contains(chars[i]) { hadSep = true; i += 1 }
            guard hadQ || hadSep else { return nil }
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count, chars[i].isLetter || chars[i].isNumber else { return nil }
            pairs.append((n, String(chars[i])))
            i += 1
            guard i == chars.count || " ,;/-".contains(chars[i]) else { return nil }
            skipSpace()
        }
        return pairs.isEmpty ? nil : pairs
    }

    private static func build(_ items: [(Questionnaire.Question?, Int, String)], choices: [Questionnaire.Question], positional: Bool = false) -> Result {
        var answer = SurveyAnswer()
        var issues: [String] = []
        var seen = Set<Int>()
        for (question, number, code) in items {
            guard let question else {
                issues.append(positional ? "reply code has more characters than there are coded questions"
                                         : "reply code names question \(number), which has no code options")
                continue
            }
            guard seen.insert(number).inserted else { issues.append("reply code answers question \(number) twice"); continue }
            guard let value = question.options?.first(where: { $0.code == code })?.value else {
                issues.append("\"\(code)\" is not an option of question \(number)")
                continue
            }
            switch question.key {
            case .status: answer.status = LabourStatus(rawValue: value)
            case .match: answer.match = JobMatch(rawValue: value)
            case .incomeBand: answer.incomeBand = IncomeBand(rawValue: value)
            case .heardFrom: answer.heardFrom = HeardFrom(rawValue: value)
            case .firstJobMonth, .employer: break
            }
        }
        if let status = answer.status, !status.isWorking, answer.match != nil || answer.incomeBand != nil {
            issues.append("reply code gives job match or income for status \(status.rawValue), which is not working")
        }
        if answer.status == nil, issues.isEmpty { issues.append("reply code has no status (question 1)") }
        return .code(answer, issues: issues)
    }
}
