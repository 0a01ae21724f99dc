import Foundation

/// A reply that gives several people's answers at once: a class leader's recap ("Rizal 1 / Bagas 3 / aku 2"), a
/// couple's ("aku 1, suami 2 (bengkel motor)"), a graduate beside a friend ("aku 3, mas Bayu juga 3", "aku kang parkir,
/// kalo Joko udah kerja di pabrik"), or answers with their people after them ("1 aku, Tya, Irma. 3 Dian", "✅ Kerja:
/// Ratih, saya"). Only the sender's own entry is their answer; the rest is news of other people, which read together
/// with it records the wrong status or none.
struct Recap {
    /// What the sender says of themself once the others' entries are set aside ("1 desainer di percetakan"); nil
    /// when the recap leaves them out.
    let own: String?

    /// Nil when the reply is no recap: another person's entry must say something of them, and what is left must say
    /// something of the sender; or, without the sender, two entries must give other people's options.
    init?(_ text: ReplyText) {
        // "ini kakaknya Rizal …": a relative answering for the graduate speaks of them; that is no recap.
        guard !text.clauses.contains(where: StatusSignals.introducesAProxy) else { return nil }
        let shapes = text.clauses.map(Self.shape)
        var entries: [Entry] = []
        var open: Int?  // the entry a clause without people continues
        for (k, shape) in shapes.enumerated() {
            let head = k > 0 ? Self.plain(shapes[k - 1]) : nil
            switch shape {
            case .people(let people) where text.clauses[k].endsInColon:
                // "Agus: buka bengkel sendiri (2)", "aku: di rumah, ngurus nenek (5)".
                entries.append(Entry(people: people, clauses: [k], content: [], order: .colon))
                open = entries.count - 1
            case .led(let people, let content, let contrasted):
                entries.append(Entry(people: people, clauses: [k], content: content, order: contrasted ? .contrasted : .led))
                open = entries.count - 1
            case .trailed(let people, let content):
                entries.append(Entry(people: people, clauses: [k], content: content, order: .listed))
                open = nil
            case .people(let people):
                // "✅ Kerja: Ratih / Yanti / saya": names listed under the answer before them.
                if let head {
                    if let o = open, entries[o].clauses.last == k - 1 { entries[o].clauses.removeLast(); entries[o].content.removeLast(head.count) }
                    entries.append(Entry(people: people, clauses: [k - 1, k], content: head, order: .listed))
                } else if let last = entries.indices.last, open == nil, entries[last].order == .listed {
                    entries[last].people += people
                    entries[last].clauses.append(k)
                }
                open = nil
            case .words(let content):
                if let o = open { entries[o].content += content; entries[o].clauses.append(k) }
            case .question:
                open = nil
            }
        }
        // Names listed under answers in words ("🛒 Usaha: Nur, Ipah") are people where the sender is listed too.
        let listsTheSender = entries.contains { $0.order == .listed && $0.people.contains(.sender) }
        let others = entries.filter { !$0.people.contains(.sender) && $0.holds(listsTheSender: listsTheSender) && Self.saysSomething($0.content) }
        // A recap gives options, lists or fields ("aku 1, suami 2", "Agus: buka bengkel", "1 - Ratna"); news of
        // relatives told in sentences ("ortu nyuruh kuliah, aku pengennya kerja") is the reader's to weigh.
        let structured = (others + entries.filter { $0.people.contains(.sender) }).contains { entry in
            entry.order == .colon || entry.order == .listed || entry.content.indices.contains { Self.isOption(entry.content, at: $0) }
        }
        guard !others.isEmpty, structured else { return nil }
        let theirs = Set(others.flatMap(\.clauses))
        let mine = Set(entries.filter { $0.people.contains(.sender) }.flatMap(\.clauses))
        // The sender's own entries ("aku 1 (desainer)"); without one, whatever no one else's entry takes ("2 (jastip).
        // Laras 1. Mutia 3").
        let said = mine.isEmpty
            ? text.clauses.indices.filter { !theirs.contains($0) && !text.clauses[$0].isQuestion }.flatMap { text.clauses[$0].words }
            : entries.filter { $0.people.contains(.sender) }.flatMap(\.content)
        if Self.saysSomething(said) {
            own = said.map(\.raw).joined(separator: " ")
        } else {
            // "Rizal 1 / Bagas 3 / Ferdi 2": with no one named but others, two of them must give an option's number.
            guard mine.isEmpty, others.filter({ Self.isOptionNumber($0.content) }).count >= 2 else { return nil }
            own = nil
        }
    }

    /// The sender; someone the words show to be a person ("si Ferry", "mas Bayu", "suami", "dia"); or a capitalised
    /// word that may be a name or a place ("Rizal", "Cikupa").
    private enum Person { case sender, other, named }

    /// One person's answer, or one answer with its people.
    private struct Entry {
        var people: [Person]
        /// The clauses the entry takes up, its head included.
        var clauses: [Int]
        var content: [ReplyText.Word]
        var order: Order

        enum Order {
            /// "Rizal 1", "suami 2 (bengkel)"
            case led
            /// After a word that sets them against the sender: "kalo Joko udah kerja".
            case contrasted
            /// "Agus: buka bengkel sendiri (2)"
            case colon
            /// The answer, then its people: "1 - Ratna, Wulan".
            case listed
        }

        /// Whether the entry can be trusted to be one: a capitalised word is taken for a name only where the answer
        /// beside it is an option's number ("Rizal 1", "3 - Dian"), after "kalo" ("kalo Joko udah kerja"), before a
        /// colon, or in lists where the sender is listed too — not "Cilegon, Serang manapun jadi".
        func holds(listsTheSender: Bool) -> Bool {
            guard !content.isEmpty else { return false }
            if order == .listed { return people.contains(.sender) || Recap.isOptionNumber(content) || listsTheSender }
            return people.contains { $0 != .named } || Recap.isOptionNumber(content) || order == .colon || order == .contrasted
        }
    }

    /// How a clause stands in a recap.
    private enum Shape {
        /// People, then what is said of them: "aku 1", "kalo Joko udah kerja di pabrik", "suami 2".
        case led([Person], [ReplyText.Word], contrasted: Bool)
        /// What is said, then its people: "1 aku", "1 Ratna sama Wulan", "sisanya udah 1 semua termasuk aku".
        case trailed([Person], [ReplyText.Word])
        /// Nothing but people: "Yanti", "saya".
        case people([Person])
        /// No one named: the rest of an entry, or the answer the people after it share.
        case words([ReplyText.Word])
        /// A question ends whatever entry was open.
        case question
    }

    private static func plain(_ shape: Shape) -> [ReplyText.Word]? {
        if case .words(let words) = shape, !words.isEmpty { return words }
        return nil
    }

    private static func shape(_ clause: ReplyText.Clause) -> Shape {
        guard !clause.isQuestion else { return .question }
        let words = clause.words
        var start = 0
        while start < words.count, person(words, at: start) == nil,
              Lexicon.filler.contains(words[start].canonical) || leaders.contains(words[start].raw.lowercased()) { start += 1 }
        if let (people, end) = group(words, from: start) {
            let contrasted = words[..<start].contains { contrasts.contains($0.raw.lowercased()) }
            return end == words.count ? .people(people) : .led(people, Array(words[end...]), contrasted: contrasted)
        }
        // People at the end: the longest run of them that closes the clause.
        for from in start..<words.count {
            guard let (people, end) = group(words, from: from), end == words.count else { continue }
            let included = from > 0 && ["termasuk", "including"].contains(words[from - 1].raw.lowercased())
            // "buka cucian motor sama adik", "digaji sama dia": whom the sender works with or for, not a list.
            if from > start, joiners.contains(words[from - 1].raw.lowercased()), !isOptionNumber(Array(words[start..<from - 1])) { return .words(Array(words[start...])) }
            let content = Array(words[start..<(included ? from - 1 : from)].filter { !joiners.contains($0.raw.lowercased()) })
            if content.isEmpty { return .people(people) }
            // "1 Ratna sama Wulan", "1 aku", "… termasuk aku" — not "jaga konter punya koh Liong", whose the work is.
            let bareOption = isOptionNumber(content) && content.filter { Int($0.raw) == nil && !Lexicon.filler.contains($0.canonical) && !beforeNumber.contains($0.canonical) }.isEmpty
            guard people.contains(.sender) || included || bareOption else { return .words(Array(words[start...])) }
            return .trailed(people, content)
        }
        return .words(Array(words[start...]))
    }

    /// People joined by "sama", "&", "dan" from `from`, and where they end; nil when no person stands there.
    private static func group(_ words: [ReplyText.Word], from: Int) -> ([Person], Int)? {
        var people: [Person] = []
        var i = from
        while let (who, length) = person(words, at: i) {
            people.append(who)
            i += length
            guard i + 1 < words.count, joiners.contains(words[i].raw.lowercased()), person(words, at: i + 1) != nil else { break }
            i += 1
        }
        return people.isEmpty ? nil : (people, i)
    }

    /// The person `words[i]` names, and how many words that takes: the sender ("aku", "saya sendiri", "punyaku"),
    /// someone named ("Rizal", "si Ferry", "mas Bayu"), a relative ("suami", "adik ipar"), "dia".
    private static func person(_ words: [ReplyText.Word], at i: Int) -> (Person, Int)? {
        guard i < words.count else { return nil }
        let raw = words[i].raw.lowercased()
        let next = i + 1 < words.count ? words[i + 1] : nil
        if words[i].canonical == "saya" && raw != "my" || raw == "punyaku" {
            return (.sender, next.map { ["sendiri", "pribadi"].contains($0.raw.lowercased()) } == true ? 2 : 1)
        }
        if ["punya", "punyak"].contains(raw), next?.canonical == "saya" { return (.sender, 2) }
        if ["dia", "beliau", "doi", "mereka"].contains(raw) { return (.other, 1) }
        if let next, raw == "si" || StatusSignals.honorifics.contains(raw) && isName(next) { return (.other, 2) }
        if StatusSignals.kinOpeners.contains(raw) && !Lexicon.address.contains(raw) {
            return (.other, next.map { ["ipar", "saya", "ku"].contains($0.raw.lowercased()) || $0.canonical == "saya" } == true ? 2 : 1)
        }
        return isName(words[i]) ? (.named, 1) : nil
    }

    /// A capitalised word no lexicon knows: a given name ("Rizal", not "PT", "BLK", "Rekap" or a month).
    private static func isName(_ word: ReplyText.Word) -> Bool {
        let lower = word.raw.lowercased()
        guard lower.count >= 3, word.raw.first?.isUppercase == true, word.raw.dropFirst().allSatisfy(\.isLowercase) else { return false }
        return word.canonical == lower && !ReplyText.known(lower) && MonthReading.monthNumber(lower) == nil
            && !ReplyInterpreter.chatterWords.contains(lower) && !notNames.contains(lower)
    }

    /// "1", "juga 3", "udah 1", "yg 3", "no 4 (kuliah)": an option's number opens the answer.
    private static func isOptionNumber(_ content: [ReplyText.Word]) -> Bool {
        guard let first = content.firstIndex(where: { !beforeNumber.contains($0.canonical) && !beforeNumber.contains($0.raw.lowercased()) }) else { return false }
        return isOption(content, at: first)
    }

    /// An option's number: 1 to 8, not a count ("3 bulan", "anak 3", "2 org"), as `NumberedAnswer` tells them apart.
    private static func isOption(_ words: [ReplyText.Word], at i: Int) -> Bool {
        guard let n = Int(words[i].raw), (1...8).contains(n) else { return false }
        return NumberedAnswer.isOption(words.map { $0.raw.lowercased() }, at: i)
    }

    /// Words that may stand before an option's number: "juga 1", "udah 1", "tetep 1", "yg 3", "no 2".
    private static let beforeNumber: Set<String> = ["juga", "jg", "sudah", "masih", "tetap", "tetep", "yg", "yang", "no", "nomor", "nmr", "nomer", "sekarang", "pilih", "jawab"]

    /// Whether an entry says something of its people: an option's number or a status word.
    private static func saysSomething(_ content: [ReplyText.Word]) -> Bool {
        content.indices.contains { i in
            let word = content[i]
            if Int(word.raw) != nil { return isOption(content, at: i) }
            return StatusSignals.statementWords.contains(word.canonical) || ["sudah", "belum", "masih"].contains(word.canonical)
                || Lexicon.wageTitles.contains(word.canonical) || Lexicon.ownTitles.contains(word.canonical)
        }
    }

    /// Words that may open a person's entry: "kalo Joko …", "terus Rio …", "sedangkan aku …".
    private static let leaders = contrasts.union(["terus", "trus", "nah", "cuma", "cuman", "untuk", "utk", "buat"])
    /// Words that set a person against the sender: "kalo Joko udah kerja".
    private static let contrasts: Set<String> = ["kalo", "kalau", "klo", "kl", "sedangkan", "sedang"]
    /// Words that join people: "Eni sm Tuti", "aku & suami".
    private static let joiners: Set<String> = ["sama", "sm", "ama", "dan", "and", "&", "n", "dgn", "dengan", "bareng"]
    /// Capitalised words of recaps and reports that are no one's name.
    /// (Nor the labels of a form typed out: "Status: kerja / Tempat: kafe Daun Kelor".)
    private static let notNames: Set<String> = ["rekap", "rekapan", "update", "laporan", "lapor", "kelas", "ketua", "total", "sisanya", "batch", "sekian",
                                                "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "senen",
                                                "nama", "status", "tempat", "sejak", "ket", "keterangan", "alasan", "posisi", "perusahaan", "jabatan",
                                                "pengalaman", "transkrip", "jawaban", "jawabannya", "penjelasan", "penjelasannya", "alamat", "lokasi",
                                                "catatan", "note", "bidang", "bagian", "gaji", "penghasilan", "instansi", "kantor", "usia", "umur"]
}
