import Foundation

extension ReplyInterpreter {
    /// Time and amount words that make a leading number part of a sentence, not a code
    /// ("3 bulan lalu", "2 tahun").
    private static let unitWords: Set<String> = [
        "bulan", "bln", "tahun", "thn", "minggu", "mgg", "hari", "jam", "month", "months", "year", "years", "week",
        "weeks", "day", "days", "juta", "jt", "ribu", "rb", "orang", "kali", "x", "hours",
    ]

    /// A compact code at the start followed by free text: "1AB PT Maju Jaya, Maret 2025".
    /// The code gives the choices; the text adds employer and month. If the text states a
    /// different status or choice, the reply goes to review.
    func readCodeThenText(_ text: String) -> Reading? {
        let parts = text.split(maxSplits: 40, omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard parts.count >= 2, parts[0].first?.isNumber == true else { return nil }
        for k in stride(from: min(parts.count - 1, 4), through: 1, by: -1) {
            let head = parts[0..<k].joined(separator: " ")
            guard case .code(let codeAnswer, let issues) = AnswerCode.read(head, using: questionnaire), issues.isEmpty else { continue }
            let tail = parts[k...].joined(separator: " ")
            let firstTail = ReplyText.canonical(String(parts[k]).trimmingCharacters(in: .punctuationCharacters))
            if Self.unitWords.contains(firstTail) { return nil }
            // A bare digit needs punctuation before the text ("2, jualan kopi"), or it is likely a number in a sentence.
            if codeAnswer.match == nil, codeAnswer.incomeBand == nil, codeAnswer.heardFrom == nil,
               !(head.last.map { ",.;:-)".contains($0) } ?? false) { return nil }
            var reading = read(ReplyText(tail), raw: tail)
            var merged = codeAnswer
            var extra = reading.issues
            if let s = reading.answer.status, s != codeAnswer.status {
                extra.append("the code says \(codeAnswer.status?.rawValue ?? "no status") but the text says \(s.rawValue)")
            }
            if reading.answer.status == nil, codeAnswer.status?.isWorking == true {
                // The text after a working code is the employer and start month.
                let month = MonthReading.read(tail)
                merged.firstJobMonth = month.month
                if let issue = month.issue { extra.append(issue) }
                merged.employer = Self.nameOnly(tail)
                extra.removeAll { $0.hasPrefix("no status") || $0.hasPrefix("\"sudah\"") }
            } else if codeAnswer.status?.isWorking == true {
                merged.firstJobMonth = reading.answer.firstJobMonth
                merged.employer = reading.answer.employer
                merged.alsoStudying = reading.answer.alsoStudying
            }
            for (mine, theirs, name) in [(merged.match.map { "\($0)" }, reading.answer.match.map { "\($0)" }, "job match"),
                                         (merged.incomeBand.map { "\($0)" }, reading.answer.incomeBand.map { "\($0)" }, "income"),
                                         (merged.heardFrom.map { "\($0)" }, reading.answer.heardFrom.map { "\($0)" }, "first heard from")]
            where mine != nil && theirs != nil && mine != theirs {
                extra.append("the code and the text give different answers for \(name)")
            }
            merged.match = merged.match ?? reading.answer.match
            merged.incomeBand = merged.incomeBand ?? reading.answer.incomeBand
            merged.heardFrom = merged.heardFrom ?? reading.answer.heardFrom
            reading.answer = merged
            reading.issues = extra
            return reading
        }
        return nil
    }

    /// The text after a working code with the month phrase and filler removed, if what is
    /// left looks like a name (at most 6 words, no status words).
    private static func nameOnly(_ tail: String) -> String? {
        let text = ReplyText(tail)
        var words: [String] = []
        for clause in text.clauses where !clause.isQuestion {
            for w in clause.words {
                let c = w.canonical
                if MonthReading.monthNumber(c) != nil || (w.raw.count == 4 && w.raw.allSatisfy(\.isNumber)) { continue }
                if Lexicon.filler.contains(c) || ["di", "sejak", "mulai", "bulan", "since", "from", "dari", "tahun"].contains(c) { continue }
                if words.isEmpty, ["kerja", "karyawan", "usaha", "nama", "namanya", "tempat"].contains(c) { continue }
                words.append(w.raw)
            }
            if !words.isEmpty { break }
        }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        return words.joined(separator: " ")
    }
}
