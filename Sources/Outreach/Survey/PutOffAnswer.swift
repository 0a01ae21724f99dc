/// A reply that puts its answer off: "nanti aku kabarin ya kak", "ok nanti saya isi", "lg di jalan kak",
/// "bentar lagi insyaallah", "kumaha engké wé", "lagi nyuapin si kecil 👶 nanti ya".
///
/// It says nothing to record, yet it is not plain chatter either: the graduate has not answered and said so.
/// Let go, the person would drop out of the figures unseen; in review, staff dismiss it or ask again when no answer
/// follows. Writers of the labelled corpus read such replies both ways (small talk, or an answer not yet given), so
/// the reader takes the side that loses nobody.
enum PutOffAnswer {
    /// "nanti", "ntar", "besok", "bentar", "engké", "mengko": the answer comes later.
    static let laterWords: Set<String> = ["nanti", "besok", "bentar", "sebentar", "bntr", "bntar", "lusa"]
    /// Words that may stand beside a bare "later" ("bentar lagi", "nanti dulu").
    private static let laterCompanions: Set<String> = ["lagi", "lg", "dulu", "dl"]
    /// What the sender will do later: tell, fill in, answer, explain.
    static let replyVerbs: Set<String> = [
        "kabarin", "kabari", "dikabarin", "dikabari", "ngabarin", "kabarkan", "isi", "diisi", "ngisi", "isiin", "jawab", "dijawab", "jawabnya",
        "bales", "balas", "dibales", "dibalas", "jelasin", "dijelasin", "ceritain", "diceritain", "cerita", "update", "infoin",
    ]
    /// "bentar lagi insyaallah": a hope for what comes, the answer withheld.
    static let hopeWords: Set<String> = ["insyaallah", "insya", "inshaallah", "semoga", "moga", "mudah2an", "mudahan"]
    /// "gimana nanti", "kumaha engké wé": we will see.
    static let howWords: Set<String> = ["gimana", "gmn", "gmna", "bagaimana", "kumaha", "piye", "pripun", "kepriye"]

    static func isPutOff(_ text: ReplyText) -> Bool {
        let words = text.clauses.flatMap(\.words)
        let raw = words.map { $0.raw.lowercased() }
        func isLater(_ word: ReplyText.Word) -> Bool { word.canonical == "nanti" || laterWords.contains(word.raw.lowercased()) }
        if words.contains(where: isLater) && raw.contains(where: { replyVerbs.contains($0) || hopeWords.contains($0) || howWords.contains($0) }) { return true }
        // "lagi nyuapin si kecil kak 👶 nanti ya", "besok kak!!", "bentar lagi": a sentence that only says "later".
        if text.clauses.contains(where: { clause in
            clause.words.contains(where: isLater) && clause.words.allSatisfy { isLater($0) || Lexicon.filler.contains($0.canonical) || laterCompanions.contains($0.raw.lowercased()) }
        }) { return true }
        // "lg di jalan kak", "sedang di jalan bu": busy now, not an answer about work.
        return raw.indices.dropFirst(2).contains { i in
            raw[i] == "jalan" && raw[i - 1] == "di" && (["lagi", "masih"].contains(words[i - 2].canonical) || raw[i - 2] == "sedang")
        }
    }
}
