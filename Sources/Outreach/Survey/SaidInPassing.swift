/// The sender's own situation said in passing, where the rules read no answer: inside a question ("kalo saya lagi
/// istirahat abis operasi, itu masuk nomor 5 ya?"), inside news about someone else ("kata temen udah dibagiin, pas
/// saya lagi masuk shift pagi di pabrik"), or a relative's work told with no word of the sender ("suami saya masih
/// kerja di pabrik", where the husband is most likely the graduate and his wife holds the phone).
///
/// None of these is a statement to record, and none is small talk to let go: the reply goes to a person, with what
/// the passing words would say as the suggestion.
enum SaidInPassing {
    /// What passing words say of work: the status they read as, or nil when they speak of work ("kakak saya kemarin
    /// di PHK", "adik sy lagi dirumahin dr pabrik") without a status of their own. Either way a person reads them.
    struct Finding: Equatable {
        var status: LabourStatus?
    }

    /// The passing words, read as statements of their own; nil when the reply has none that speaks of work.
    /// - Parameters:
    ///   - others: the clauses about other people; questions are skipped too.
    ///   - relativeNews: those of `others` that go on with a relative's news, read whole.
    ///   - questionnaire: whose options a number in a passing clause names ("suami saya 3 kak").
    static func read(_ text: ReplyText, skipping others: Set<Int>, relativeNews: Set<Int>, context: ReplyContext?,
                     questionnaire: Questionnaire) -> Finding? {
        let skipped = text.clauses.indices.filter { others.contains($0) || text.clauses[$0].isQuestion }
        var relatives: [ReplyText.Clause] = []
        let clauses = skipped.compactMap { index -> ReplyText.Clause? in
            let words = text.clauses[index].words
            let asks = text.clauses[index].isQuestion ? asksWhichOption(words) : nil
            let relative = relativeNews.contains(index) ? 0 : subject(in: words) == nil ? afterRelative(in: words) : nil
            guard let start = relative ?? subject(in: words) ?? asks else { return nil }
            let said = words[start...].prefix { !endsThePassage($0.canonical) }
            guard said.count > 1 else { return nil }
            let clause = ReplyText.Clause(words: Array(said), isQuestion: false, turns: false)
            if relative != nil { relatives.append(clause) }
            return clause
        }
        guard !clauses.isEmpty else { return nil }
        let decision = ReplyInterpreter.decide(StatusSignals(ReplyText(clauses: clauses), context: context))
        if let status = decision.status ?? decision.suggestion ?? clauses.lazy.compactMap({ option(in: $0, of: questionnaire) }).first {
            return Finding(status: status)
        }
        // A relative's news of work, even with no status in it, may be the graduate's (the relative holds the phone);
        // a wish alone ("adik saya mau daftar kelas menjahit") is a question about the classes.
        guard !relatives.isEmpty else { return nil }
        let news = StatusSignals(ReplyText(clauses: relatives), context: context)
        let speaksOfWork = news.clues.isEmpty ? news.statementsAboutSender > 0 : !news.clues.subtracting([.plan]).isEmpty
        return speaksOfWork ? Finding(status: nil) : nil
    }

    /// The status an option number in a passing clause names ("suami saya 3 kak" → looking for work).
    private static func option(in clause: ReplyText.Clause, of questionnaire: Questionnaire) -> LabourStatus? {
        guard case .code(let code, _) = NumberedAnswer.read(clause.words.map(\.raw).joined(separator: " ")),
              case .code(let answer, let issues) = AnswerCode.read(code, using: questionnaire), issues.isEmpty else { return nil }
        return answer.status
    }

    /// Where the sender's "saya" stands as subject: first in the clause, or after a word that opens a sub-clause
    /// ("kalo saya", "pas saya") — not "sertifikat saya" or "beta pung kaka", where "saya" only says whose.
    private static func subject(in words: [ReplyText.Word]) -> Int? {
        words.indices.last { s in
            words[s].canonical == "saya" && words[s].raw.lowercased() != "my" && !(s + 1 < words.count && StatusSignals.possessive.contains(words[s + 1].raw.lowercased())) && (s == 0 || opensSubClause.contains(words[s - 1].canonical) || Lexicon.filler.contains(words[s - 1].canonical)
                || StatusSignals.beforeSubject.contains(words[s - 1].canonical))
        }
    }

    /// The words after a relative who opens the clause ("suami saya masih kerja…" → "saya masih kerja…", "beta pung
    /// kaka su karja…" → "kaka su karja…").
    private static func afterRelative(in words: [ReplyText.Word]) -> Int? {
        let opening = words.drop { Lexicon.filler.contains($0.canonical) }
        let lead = opening.prefix(3).map { $0.raw.lowercased() }
        // English "my brother already work at hotel": the relative after "my"; "Suami udah kerja lagi kak": a spouse, parent
        // or parent named alone, whose news follows (not "anak2 kelas listrik", the class's "kids").
        if lead.count >= 2, lead[0] == "my", StatusSignals.relatives.contains(lead[1]), opening.count > 2 { return opening.startIndex + 2 }
        if lead.count >= 2, StatusSignals.relatives.contains(lead[0]), lead[0] != "anak2", opening.dropFirst().first?.canonical != "saya", !StatusSignals.possessive.contains(lead[1]),
           opening.count > 2 { return opening.startIndex + 1 }
        // "adikku wis kerjo nang PT …", "adekku kerjo nang pabrik": a sibling made mine by "-ku".
        if lead.count >= 2, StatusSignals.siblings.contains(lead[0]), lead[0].hasSuffix("ku"), opening.count > 2 { return opening.startIndex + 1 }
        if lead.count == 3, opening.count > 3, opening.first?.canonical == "saya", StatusSignals.possessive.contains(lead[1]) {
            return StatusSignals.relatives.contains(lead[2]) || StatusSignals.siblings.contains(lead[2]) ? opening.startIndex + 2 : nil
        }
        guard let first = opening.first, StatusSignals.relatives.contains(first.raw.lowercased()) || StatusSignals.siblings.contains(first.raw.lowercased()) || first.canonical == "keluarga",
              let next = opening.dropFirst().first, next.canonical == "saya" else { return nil }
        // "istri saya yg ikut pelatihan": the relative is named as the graduate, nothing is said of them; "abang saya yg
        // kerja di Cikupa baru di PHK": what follows "yg" is their news.
        let after = opening.dropFirst(2).first?.raw.lowercased()
        guard after == "yg" || after == "yang" else { return opening.startIndex + 1 }
        guard let described = opening.dropFirst(3).first, !namesTheTraining.contains(described.canonical) else { return nil }
        return opening.startIndex + 3
    }

    /// Words that describe someone by the training they took ("yg ikut pelatihan", "yg lulusan las", "yg dari kelas rias").
    private static let namesTheTraining: Set<String> = ["ikut", "ikutan", "lulusan", "alumni", "dari", "pelatihan", "kelas", "kursus", "daftar", "belajar", "sekelas", "seangkatan"]

    /// Where the situation starts in a question of which option it falls under ("kalo kerja freelance masuknya nomor
    /// berapa?", "misal bantu2 di warung ibu itu masuk yg mana?"): nobody asks where to put someone else's, so the
    /// words after the condition are the sender's own.
    private static func asksWhichOption(_ words: [ReplyText.Word]) -> Int? {
        guard let condition = words.firstIndex(where: { Lexicon.conditionals.contains($0.canonical) || Lexicon.conditionals.contains($0.raw.lowercased()) }),
              words[(condition + 1)...].contains(where: { optionWords.contains($0.canonical) }) else { return nil }
        return condition + 1
    }

    /// Words that ask which answer to give: "nomor", "masuk", "termasuk", "isi", "pilih".
    private static let optionWords: Set<String> = ["nomor", "nomer", "no", "nmr", "termasuk", "masuk", "masuknya", "isi", "diisi", "ngisi",
                                                   "pilih", "milih", "opsi", "kategori", "jawab", "jawabnya"]

    /// Words that open a sub-clause in which the sender may speak of themself (besides `StatusSignals.beforeSubject`).
    private static let opensSubClause: Set<String> = ["kalo", "klo", "pas", "waktu", "saat", "ketika", "karena", "soalnya", "krn", "sedangkan", "sementara"]

    /// Where the passing statement ends and the question about it begins ("…itu masuk nomor berapa"), or a question
    /// of what the sender may do ("saya boleh ikut kelas lain?") takes over.
    private static func endsThePassage(_ word: String) -> Bool {
        Lexicon.interrogatives.contains(word) || ["itu", "nomor", "yes", "termasuk", "masuknya", "isi", "diisi", "pilih", "boleh", "bolehkah", "bisa", "bisakah", "harus", "perlu", "wajib"].contains(word)
    }
}
