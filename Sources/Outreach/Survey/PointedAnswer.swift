/// A reply that points at an answer instead of giving it: an option by its words or its place ("yg belum mulai itu
/// kak", "yg pendidikan/pelatihan", "pilihan kedua", "yg paling bawah"), someone else's answer ("sama kayak
/// temen2"), or an earlier message ("masih sama kak", "iya yg itu").
///
/// Made of small-talk words, it would be let go as chatter, yet it is the sender's own answer. It goes to a person,
/// with the option it names as the suggestion when the words or the place name one.
enum PointedAnswer {
    /// Why the reply goes to review.
    static let reason = "the reply points at an answer instead of giving it (\"yg belum mulai itu\", \"pilihan kedua\", \"sama kayak temen2\"): a person reads what it points at"

    /// Whether the reply points at an answer, and the status of the option it names, if any.
    static func read(_ text: ReplyText, questionnaire: Questionnaire) -> (points: Bool, option: LabourStatus?) {
        var points = false
        for clause in text.clauses where !clause.isQuestion {
            let raw = clause.words.map { $0.raw.lowercased() }.filter { !Lexicon.address.contains($0) }
            guard !raw.isEmpty else { continue }
            if let option = option(after: raw, in: clause, questionnaire: questionnaire) { return (true, option) }
            points = points || comparesWithOthers(raw) || pointsBack(raw) || pointsAtSelf(clause.words)
        }
        return (points, nil)
    }

    /// "sama kayak temen2", "sama aja kyk kemarin", "masih sama", "tetep sama kak": the same as someone or before.
    /// "sama sama" / "sama2" is "you're welcome".
    static func comparesWithOthers(_ raw: [String]) -> Bool {
        raw.indices.contains { i in
            guard raw[i] == "sama", !(i + 1 < raw.count && raw[i + 1] == "sama"), !(i > 0 && raw[i - 1] == "sama") else { return false }
            let next = raw[(i + 1)...].prefix(2)
            return next.contains(where: comparators.contains) || i > 0 && ["masih", "tetep", "tetap", "msh"].contains(raw[i - 1])
        }
    }

    /// "aku juga kak" (me too), "itu aku" (that one is me): the answer is someone else's, or an option quoted.
    static func pointsAtSelf(_ words: [ReplyText.Word]) -> Bool {
        let said = words.map(\.canonical).filter { !Lexicon.address.contains($0) && !Lexicon.filler.contains($0) || $0 == "juga" }
        return said == ["saya", "juga"] || said == ["itu", "saya"]
    }

    /// "iya kak yg itu", "yg tadi", "yg kemarin": the answer is in a message not in this reply.
    static func pointsBack(_ raw: [String]) -> Bool {
        let opening = raw.drop(while: openers.contains)
        guard let first = opening.first, ["yg", "yang"].contains(first), let next = opening.dropFirst().first else { return false }
        // "yg kemarin saya salah isi" says what was wrong with it; "yg kemarin masih sama" only points.
        return ["itu", "tadi", "kemarin", "kemaren", "sebelumnya", "td"].contains(next) && opening.dropFirst(2).allSatisfy(pointerTail.contains)
    }

    /// The option named by its place ("pilihan kedua", "yg paling bawah") or by words of its text ("yg belum mulai
    /// itu", "yg pendidikan/pelatihan"), at the opening of the clause.
    static func option(after raw: [String], in clause: ReplyText.Clause, questionnaire: Questionnaire) -> LabourStatus? {
        guard let options = questionnaire.choiceQuestions.first(where: { $0.key == .status })?.options, !options.isEmpty else { return nil }
        let opening = raw.drop(while: openers.contains)
        guard let first = opening.first, pointers.contains(first) else { return nil }
        let rest = Array(opening.dropFirst())
        // By place: "pilihan kedua", "yg paling bawah", "opsi terakhir".
        if let place = rest.first.flatMap({ ordinals[$0] }) ?? (rest.starts(with: ["paling"]) ? rest.dropFirst().first.flatMap { ends[$0] } : nil) {
            let index = place == 0 ? options.count - 1 : place - 1
            return options.indices.contains(index) ? LabourStatus(rawValue: options[index].value) : nil
        }
        // By words: every word said after "yg" is in the text of exactly one option.
        guard first == "yg" || first == "yang" else { return nil }
        let said = clause.words.drop { !pointers.contains($0.raw.lowercased()) }.dropFirst().map(\.canonical)
            .filter { !ignorable.contains($0) && !Lexicon.filler.contains($0) && !Lexicon.address.contains($0) }
        guard !said.isEmpty else { return nil }
        let matching = options.filter { option in
            let words = Set(ReplyText(option.text.id).clauses.flatMap { $0.words.map(\.canonical) })
            return said.allSatisfy(words.contains)
        }
        return matching.count == 1 ? LabourStatus(rawValue: matching[0].value) : nil
    }

    /// Words that may come before a pointer: "iya kak yg itu", "aku yg belum mulai itu".
    static let openers: Set<String> = ["iya", "iyaa", "iy", "ya", "yaa", "ok", "oke", "okee", "siap", "oh", "eh", "hmm", "aku", "saya", "sy", "gue", "gw", "aq", "ane"]
    /// Words that may follow "yg itu" / "yg kemarin" in a reply that only points.
    static let pointerTail: Set<String> = ["masih", "msh", "sama", "aja", "ya", "yaa", "itu", "kok", "deh", "sih", "juga", "jg", "tetap", "tetep", "kak", "loh", "kan"]
    /// Words that compare with someone or something ("sama kayak …").
    static let comparators: Set<String> = ["kayak", "kaya", "kyk", "kek", "kayaknya", "seperti", "spt", "dengan", "dgn", "ama", "kaek", "kyak"]
    /// Words that open a pointer at an option.
    static let pointers: Set<String> = ["yg", "yang", "pilihan", "opsi", "option", "jawaban", "poin", "point"]
    /// Option places by ordinal; 0 is the last.
    static let ordinals: [String: Int] = ["pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
                                          "kedelapan": 8, "terakhir": 0, "trakhir": 0]
    /// "yg paling atas" / "yg paling bawah".
    static let ends: [String: Int] = ["atas": 1, "bawah": 0, "akhir": 0, "awal": 1]
    /// Words of a pointer that name no option: "yg lagi nyiapin usaha itu".
    static let ignorable: Set<String> = ["itu", "ini", "lagi", "sedang", "yg", "yang", "atau"]  // besides filler and address
}
