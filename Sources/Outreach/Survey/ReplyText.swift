import Foundation

/// A reply split into clauses of words, each word also in a canonical spelling so the
/// rules are written once for "udah/udh/sdh", "blm/belom", "gak/nggak/tdk", "krja/gawe"….
///
/// Clauses end at . , ! ? ; : and line breaks; negation never reaches across a clause. A
/// clause ending in "?" or starting with a question word is a question (e.g. "kapan kelas
/// barista buka lagi?") and is never read as an answer.
struct ReplyText {
    struct Word {
        /// As typed, for names ("PT Maju Jaya").
        let raw: String
        /// Lower-cased, accents and apostrophes removed, letter runs of 3+ collapsed, synonyms mapped.
        let canonical: String
    }

    struct Clause {
        var words: [Word]
        var isQuestion: Bool
    }

    let clauses: [Clause]

    init(_ text: String) {
        var clauses: [Clause] = []
        var words: [Word] = []
        var current = ""
        func endWord() {
            if !current.isEmpty { words.append(Word(raw: current, canonical: Self.canonical(current))) }
            current = ""
        }
        func endClause(question: Bool) {
            endWord()
            if !words.isEmpty { clauses.append(Clause(words: words, isQuestion: question)) }
            words = []
        }
        for ch in text {
            if ch.isLetter || ch.isNumber || ((ch == "'" || ch == "’") && !current.isEmpty) {
                current.append(ch)
            } else if ch == ".", EmployerReading.legalForms.contains(current.lowercased()) {
                endWord()  // "PT. Sinar Abadi": the abbreviation dot does not end the clause
            } else if ".,!?;:\n…".contains(ch) {
                endClause(question: ch == "?")
            } else {
                endWord()
            }
        }
        endClause(question: false)
        for i in clauses.indices where !clauses[i].isQuestion {
            if let first = clauses[i].words.first(where: { !Lexicon.address.contains($0.canonical) }),
               Lexicon.questionStarts.contains(first.canonical)
                || clauses[i].words.contains(where: { Lexicon.interrogatives.contains($0.canonical) }) {
                clauses[i].isQuestion = true
            }
        }
        self.clauses = clauses
    }

    /// All words of non-question clauses.
    var answerWords: [Word] { clauses.filter { !$0.isQuestion }.flatMap(\.words) }

    static func canonical(_ raw: String) -> String {
        let folded = raw.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased().filter { $0 != "'" && $0 != "’" }
        var collapsed = ""
        var run = 0
        var last: Character?
        for ch in folded {
            run = ch == last ? run + 1 : 1
            last = ch
            if run < 3 { collapsed.append(ch) }
        }
        // "kerjaaa" → "kerjaa" after the rule above; drop a remaining doubled final letter.
        if Lexicon.synonyms[collapsed] == nil, collapsed.count > 3, let l = collapsed.last, l.isLetter,
           collapsed.dropLast().last == l {
            collapsed.removeLast()
        }
        return Lexicon.synonyms[collapsed] ?? collapsed
    }
}
