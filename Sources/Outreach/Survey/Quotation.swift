import Foundation

/// The words in a reply that are not the sender's answer now: what they quote or forward, and what they strike out.
///
/// People answer a survey in a group by quoting: a line of the survey ("> Balas dengan nomor yang paling sesuai"),
/// a classmate's reply ("> Andi: 8 kak, ga ada lowongan", "»Aji: …", "[Mamat] 2, buka warung", "Dimas: “6 kak”",
/// "“udah kerja kak” - Rina"), under a header their app typed ("Membalas Uci:"). Read as theirs, the quote would
/// be their answer. And they strike out what they take back ("~3~ 6 kak", WhatsApp's ~strikethrough~).
///
/// What is left is read as the answer, without the reaction to the quote it may open with ("beda sama dia kak, 5 …");
/// a reply that only agrees with a quoted reply ("sama bro", "aku juga") or only says it differs ("kalo aku beda
/// kak") goes to a person with the quote beside it.
struct Quotation: Equatable {
    /// How the sender's words open on a quoted reply.
    enum Reaction: Equatable { case agrees, differs }

    /// The sender's own words, without quotes, struck-out text and the reaction to the quote.
    var own: String
    /// The quoted replies and lines, each without the name that introduced it.
    var quoted: [String]
    /// Of `quoted`, the passages in quotes inside a line, which nobody is named for: the survey's words, or the
    /// sender's own ("aku jawab “udah kerja di pabrik sejak maret”").
    var passages: [String] = []
    /// "sama kak", "aku jg", "kalo aku beda": the reaction the own words open with, when something is quoted.
    var reaction: Reaction?

    init(_ text: String) {
        guard text.contains(where: Self.marks.contains) || Self.markWords.contains(where: text.lowercased().contains) else {
            own = text
            quoted = []
            reaction = nil
            return
        }
        var own: [String] = []
        var quoted: [String] = []
        var passages: [String] = []
        var others: Set<String> = []
        var lines = Self.withoutStruckText(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // "⏩ Diteruskan / LOWONGAN OPERATOR … / (blank) / kak ini beneran ga? aku masih nganggur": a forwarded message,
        // then, after a blank line, the sender's own words. (With no blank line it may all be forwarded: the reader
        // lets it go unless the second opinion finds an answer in it.) What the sender typed before the forward is
        // theirs too: "1 / [Diteruskan] / Info loker …".
        if let mark = lines.indices.first(where: { $0 == 0 ? ReplyInterpreter.isForwarded(lines[0]) : ReplyInterpreter.opensOnForwardMark(lines[$0]) }) {
            let end = lines[mark...].firstIndex { $0.allSatisfy(\.isWhitespace) } ?? lines.endIndex
            if mark > 0 || lines[end...].contains(where: { $0.contains { $0.isLetter || $0.isNumber } }) {
                quoted.append(lines[mark..<end].joined(separator: "\n"))
                lines.removeSubrange(mark..<end)
            }
        }
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.range(of: Self.header, options: [.regularExpression, .caseInsensitive]) != nil { continue }
            if let quote = Self.quotedLine(trimmed) {
                quoted.append(quote)
                others.formUnion(Self.names(quotedIn: trimmed, quote: quote))
                continue
            }
            var kept = line
            // A long quoted passage inside a line ("“Boleh juga cerita singkat ya kak” 🤣 cerita horor boleh?") is the
            // survey's or someone's; a short one ("katanya “masih training”") may be the sender's own words.
            while let range = kept.range(of: Self.inlineQuote, options: .regularExpression) {
                let passage = String(kept[range].dropFirst().dropLast())
                guard passage.split(whereSeparator: \.isWhitespace).count >= 5 else { break }
                quoted.append(passage)
                passages.append(passage)
                kept.replaceSubrange(range, with: " ")
            }
            own.append(kept)
        }
        self.quoted = quoted
        self.passages = passages
        let ownText = Self.speakingOf(others, in: own.joined(separator: "\n"))
        (self.own, reaction) = quoted.isEmpty ? (ownText, nil) : Self.reaction(opening: ownText)
    }

    /// The people a quoted line names: its author ("> Dodi: aku 1 kak", one word) and whoever it mentions ("@Bayu lu 1 kan?").
    private static func names(quotedIn line: String, quote: String) -> [String] {
        var names = quote.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("@") }.map { String($0.dropFirst().filter(\.isLetter)) }
        if let first = line.first, ">»›".contains(first), let author = author(of: afterMark(line))?.name, !author.contains(" ") {
            names.append(author.filter(\.isLetter))
        }
        return names.filter { $0.count >= 3 && !ReplyText.known($0.lowercased()) }
    }

    /// "> Dodi: aku 1 kak / cie dodi udh kerja": in the sender's own words, someone the quote names is "dia", so
    /// that what is said of them is not read as the sender's (an "@Dodi" that addresses them stays).
    private static func speakingOf(_ others: Set<String>, in own: String) -> String {
        others.reduce(own) { text, name in
            text.replacingOccurrences(of: "(?<![@\\p{L}])\(name)(?!\\p{L})", with: "dia", options: [.regularExpression, .caseInsensitive])
        }
    }

    /// The reaction a reply opens with, up to the first pause ("beda sama dia kak, 5 - tidak bekerja" → differs, "5 -
    /// tidak bekerja"), and the words after it.
    private static func reaction(opening own: String) -> (String, Reaction?) {
        let trimmed = own.trimmingCharacters(in: .whitespacesAndNewlines)
        let end = trimmed.firstIndex { ",.\n—!".contains($0) } ?? trimmed.endIndex
        // "+1" is agreement without a word.
        let segment = trimmed[..<end].replacingOccurrences(of: "+1", with: " sama ")
        let words = segment.lowercased().split { !$0.isLetter }.map(String.init)
        guard words.contains(where: { agreeing.contains($0) || differing.contains($0) }), words.allSatisfy({ agreeing.contains($0) || differing.contains($0) || around.contains($0) || Lexicon.address.contains($0) || Lexicon.filler.contains($0) }) else {
            return (own, nil)
        }
        let rest = end < trimmed.endIndex ? String(trimmed[trimmed.index(after: end)...]) : ""
        if words.contains(where: differing.contains) { return (rest, .differs) }
        // "sama kak" agrees; "sama dia" alone only says whom the reaction is about.
        return (rest, words.contains { agreeing.contains($0) && $0 != "dia" } ? .agrees : nil)
    }

    /// Characters and words without which a reply holds no quote, forward or struck-out text (the common case, read
    /// untouched).
    private static let marks: Set<Character> = [">", "»", "›", "~", "[", "“", "\"", "⏩"]
    private static let markWords = ["membalas", "replying", "diteruskan", "forwarded"]

    /// "Membalas Uci:", "Replying to BLK Kota Tangerang:", "Balasan untuk Dewa:": the app's header over a quote.
    private static let header = #"^(membalas|balasan untuk|balas ke|replying to|reply to|in reply to)\b.*:$"#
    /// "[balasan] …", "[reply] …": a line marked as quoted.
    private static let quoteLabel = #"^\[(balasan|membalas|reply|replying|quote|quoted|kutipan|kutip)\b[^\]]*\]"#
    /// A passage in curly or straight double quotes.
    private static let inlineQuote = #"[“"][^“”"\n]+[”"]"#

    /// "~3~ 6 kak", "~1 bekerja sebagai karyawan~ udah resign": WhatsApp's strikethrough, the sender's own correction.
    static func withoutStruckText(_ text: String) -> String {
        guard text.contains("~") else { return text }
        return text.replacingOccurrences(of: #"~[^~\n]+~"#, with: " ", options: .regularExpression)
    }

    /// The quoted text of a line that is all quote, or nil: "> …", "» …", "[Name] …", "Name: “…”", "“…” - Name".
    static func quotedLine(_ line: String) -> String? {
        if let label = line.range(of: quoteLabel, options: [.regularExpression, .caseInsensitive]) {
            return String(line[label.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        if let first = line.first, ">»›".contains(first) {
            let quote = afterMark(line)
            return author(of: quote)?.rest ?? quote
        }
        // "[Mamat] 2, buka warung": a name in brackets (not "[stiker]" or "[1️⃣ Bekerja sebagai Karyawan]").
        if let match = line.range(of: #"^\[\p{Lu}\p{L}*( \p{Lu}\p{L}*){0,2}\]\s*\S"#, options: .regularExpression),
           let close = line[match].firstIndex(of: "]"), !ReplyInterpreter.isPlaceholder(String(line[...close])) {
            return String(line[line.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        }
        if line.range(of: #"^\p{Lu}[\p{L}.]*( \p{Lu}[\p{L}.]*)?\s*:\s*[“"][^”"]+[”"]$"#, options: .regularExpression) != nil
            || line.range(of: #"^[“"][^”"]+[”"]\s*[-–—]\s*\p{Lu}[\p{L} .]*$"#, options: .regularExpression) != nil {
            return line.replacingOccurrences(of: #"^[^“"]*[“"]|[”"].*$"#, with: "", options: .regularExpression)
        }
        return nil
    }

    /// A "> …" line without its mark and the spaces or emphasis after it.
    private static func afterMark(_ line: String) -> String { String(line.dropFirst()).trimmingCharacters(in: CharacterSet(charactersIn: " _*")) }

    /// "Andi: 8 kak" → ("Andi", "8 kak"); "BLK Kota Tangerang: Kami ingin tahu…" → ("BLK Kota Tangerang", "Kami ingin
    /// tahu…"); nil when the quote opens on no name.
    private static func author(of quote: String) -> (name: String, rest: String)? {
        guard let colon = quote.firstIndex(of: ":"), quote[..<colon].split(separator: " ").count <= 4,
              quote[..<colon].first?.isUppercase == true, !quote[..<colon].contains(where: \.isNumber) else { return nil }
        return (String(quote[..<colon]), String(quote[quote.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
    }

    /// Nothing of the sender's own beyond the reaction to a quote.
    var onlyReacts: Bool { reaction != nil && !own.contains { $0.isLetter || $0.isNumber } }

    /// "sama", "aku jg", "senasib", "same", "itu kak" (pointing at the quote).
    private static let agreeing: Set<String> = ["sama", "samaa", "sm", "juga", "jg", "jga", "jugak", "jugaa", "idem", "ditto", "podo", "sami", "setuju", "same",
                                                "senasib", "mirip", "samaan", "persis", "toss", "too", "metoo", "itu", "ini", "dia"]
    private static let differing: Set<String> = ["beda", "bedaa", "lain", "laen", "berbeda", "kebalikan", "kebalikannya", "sebaliknya"]
    private static let around: Set<String> = ["aku", "saya", "sy", "gue", "gw", "aq", "kalo", "klo", "kalau", "mah", "ya", "sih", "kok", "nih", "dong", "deh",
                                              "ama", "dgn", "dengan", "kayak", "kaya", "kyk", "kek", "bgt", "banget", "bener", "kita", "kami", "me", "here",
                                              "cerita", "nasib", "nya", "wkwk", "wkwkwk", "hehe", "haha", "hahaha"]
}
