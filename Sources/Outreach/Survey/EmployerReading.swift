import Foundation

/// Finds the employer or business name (question 3) as the graduate wrote it.
///
/// Rules, in order: a "PT/CV/UD/Toko/…" name anywhere in an answer clause; otherwise the
/// words after "di/at/for" that follow a working clue ("kerja di PT Maju Jaya", "I work at
/// a café now" → "café"), stopping at a time word, a month, a conjunction or the clause end.
/// Places that are not workplaces ("di rumah", "di Jakarta") give no employer. The text is
/// kept as typed, so it may be a description ("bengkel dekat rumah") rather than a name.
enum EmployerReading {
    static let legalForms: Set<String> = ["pt", "cv", "ud", "toko", "koperasi", "yayasan", "rs", "klinik"]

    /// Words that end a name: time, conjunctions, address, fillers.
    static let stopWords: Set<String> = [
        "sejak", "dari", "mulai", "bulan", "sebagai", "jadi", "bagian", "tapi", "dan", "and", "sambil", "sudah", "as",
        "since", "sekarang", "kak", "ka", "min", "bang", "yes", "yah", "alhamdulillah", "gaji", "sesuai", "tidak",
        "yang", "selama", "kurang", "lebih", "tahun", "year", "month", "months", "lagi", "masih", "udah", "started",
        "mulainya", "tp", "sih", "dong", "nih", "aja", "saja", "terus", "gajinya", "penghasilan", "di", "the",
        "starting", "salary", "income", "not", "but", "shift",
    ]
    private static let articles: Set<String> = ["a", "an", "the", "sebuah", "salah", "satu", "my"]
    /// First words that name a place, not a workplace.
    private static let places: Set<String> = [
        "rumah", "sini", "sana", "situ", "mana", "luar", "kota", "daerah", "dekat", "jakarta", "tangerang", "bekasi",
        "bogor", "depok", "serang", "banten", "cikupa", "karawaci", "cipondoh", "bandung", "home", "here", "there",
    ]

    static func read(_ text: ReplyText, workPositions: [(clause: Int, word: Int)]) -> String? {
        for clause in text.clauses where !clause.isQuestion {
            if let start = clause.words.firstIndex(where: { legalForms.contains($0.canonical) && $0.raw.first?.isUppercase == true }),
               let name = phrase(clause.words, from: start, includeFirst: true) {
                return name
            }
        }
        for (c, w) in workPositions {
            // The workplace may follow in the same clause or open the next: "udeh kerja bang, di gudang".
            for (clause, start) in [(c, w), (c + 1, 0)] where clause < text.clauses.count {
                let words = text.clauses[clause].words
                var j = start
                while j < words.count, j < start + 5, words[j].canonical != "di" {
                    // A job title or an address may come first: "kerja jadi barista di Janji Jiwa", "kerja kak di laundry".
                    if stopWords.contains(words[j].canonical), !["jadi", "sebagai", "as", "bagian"].contains(words[j].canonical),
                       !Lexicon.address.contains(words[j].canonical) { break }
                    j += 1
                }
                guard j < words.count, words[j].canonical == "di", clause == c || j == 0 || Lexicon.contrast.contains(words[0].canonical) else { continue }
                if let name = phrase(words, from: j + 1, includeFirst: true) { return name }
            }
        }
        return nil
    }

    /// "di bengkel dekat rumah" as a clause of its own (after a bare "sudah").
    static func placeClause(_ text: ReplyText) -> String? {
        for clause in text.clauses where !clause.isQuestion {
            if clause.words.first?.canonical == "di", let name = phrase(clause.words, from: 1, includeFirst: true) { return name }
        }
        return nil
    }

    private static func phrase(_ words: [ReplyText.Word], from start: Int, includeFirst: Bool) -> String? {
        var i = start
        while i < words.count, articles.contains(words[i].canonical) { i += 1 }
        guard i < words.count, words[i].raw.first?.isNumber != true else { return nil }
        // "di rumah" is a place; "di rumah makan Sederhana" and "di rumah sakit" are workplaces.
        let workplaceAfterPlace = i + 1 < words.count && ["makan", "sakit", "produksi"].contains(words[i + 1].canonical)
        guard !places.contains(words[i].canonical) || workplaceAfterPlace else { return nil }
        var picked: [String] = []
        while i < words.count, picked.count < 6 {
            let word = words[i]
            if !picked.isEmpty, stopWords.contains(word.canonical) || MonthReading.monthNumber(word.canonical) != nil
                || (word.raw.count == 4 && word.raw.allSatisfy(\.isNumber)) { break }
            if picked.isEmpty, stopWords.contains(word.canonical) { return nil }
            picked.append(word.raw)
            i += 1
        }
        return picked.isEmpty ? nil : picked.joined(separator: " ")
    }
}
