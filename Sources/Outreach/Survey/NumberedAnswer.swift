import Foundation

/// A reply that starts with the number of an option, typed any way people type it: "1", "1A", "no 1", "nomor 3",
/// "jawaban: 1, di PT …", "1. Bekerja", "satu", "3 kak", "pilih 4", "(1)", "1️⃣", "yang nomor 1 kak" — and what
/// follows it ("di PT Indofood", "tp masih nyari yg lebih baik").
///
/// Not a numbered answer: a number in a sentence ("udah 2 bulan", "gaji 3 juta", "3 bulan nganggur"). Two options
/// ("1 atau 3 ya kak", "1/3") are reported as such, and a correction ("1 eh salah, 3 maksudnya") takes the later one.
enum NumberedAnswer {
    enum Result: Equatable {
        /// The option's code (digit and any letters) and the text after it.
        case code(String, tail: String)
        /// An option of work named beside option 4 ("1 sama 4", "2 & 4 ✔️"): working and studying is working (BPS).
        case workingStudent(String, tail: String)
        /// Two different options: a person must ask.
        case undecided(String)
    }

    /// Words that may stand before the number.
    private static let leadIns: Set<String> = [
        "jawaban", "jawabannya", "jawab", "jwb", "jawabanku", "answer", "no", "nomor", "nomer", "nmr", "nomer2", "pilih", "pilihan", "opsi",
        "option", "status", "yang", "yg", "saya", "aku", "gw", "gue", "aye", "abdi", "kulo", "iya", "ya", "yes", "ok", "oke", "siap", "halo",
        "hai", "assalamualaikum", "pagi", "siang", "sore", "malam", "selamat", "alhamdulillah", "kode", "kak", "ka", "kk", "min", "admin",
        "bang", "mas", "mbak", "mba", "pak", "bu", "teh", "kakak", "ini", "no.", "nmr.", "nomor.", "maaf", "baru", "bales", "balas",
        "angka", "ke", "kaka", "lae", "opsi", "pilihanku", "kayaknya", "kyknya", "mungkin", "jwbn", "jwban", "jwbnya", "jawabanya",
        "nmor", "nomr", "nomornya", "nomernya", "number", "num", "pilihannya", "opsinya", "poin", "point", "sy", "sya", "aq", "msh", "masih", "skrg", "sekarang",
        "tetap", "tetep", "ttp", "milih", "memilih", "intinya", "ps", "isi", "ngisi", "diisi", "isinya", "reg", "izin", "ijin",
    ]
    /// "jawabanku", "jwbannya", "jwbnny", "menjawab": "answer" in any spelling.
    private static func answerWord(_ token: String) -> Bool {
        ["jawab", "jwb", "jwab", "jawb", "menjawab", "vote"].contains { token.hasPrefix($0) }
    }
    /// Punctuation that may stand before the number or end it ("(1)", "1. Bekerja", "1\ndi PT …").
    private static let pauses: Set<String> = ["(", ":", ",", ".", "-", "\n", "/"]
    /// Words after a number that make it a quantity, not an option.
    private static let units = Set<String>([
        "bulan", "bln", "tahun", "thn", "th", "minggu", "mgg", "hari", "jam", "month", "months", "year", "years", "week", "weeks", "day",
        "days", "juta", "jt", "ribu", "rb", "k", "orang", "kali", "x", "hours", "pcs", "kg", "anak", "sekolah", "kelas", "smp", "sma",
        "menit", "detik", "lamaran", "perusahaan", "pabrik", "tempat", "kali", "semester", "shift", "bulanan", "mingguan", "hr", "bulanan",
        "bersaudara", "saudara", "org", "cabang", "buah", "unit", "potong",
    ]).union(MonthReading.unambiguousNames).union(hijriMonths)
    /// A number before these is a date: "selamat 1 Muharram", "1 Syawal 1446 H".
    private static let hijriMonths: Set<String> = [
        "muharram", "muharam", "safar", "rabiul", "rabiulawal", "rabiulakhir", "jumadil", "jumadilawal", "jumadilakhir", "rajab",
        "syaban", "ramadhan", "ramadan", "romadhon", "syawal", "dzulkaidah", "dzulqadah", "zulkaidah", "dzulhijjah", "zulhijah", "dzulhijah",
    ]

    static func read(_ text: String) -> Result? {
        // Labelled codes ("1=1 6=B", "Q1 3") are `AnswerCode`'s.
        if text.contains("=") || text.range(of: #"(?i)\bq\d"#, options: .regularExpression) != nil { return nil }
        let source = ReplyText.keycapsToDigits(text)
        let spans = tokenize(source)
        let tokens = spans.map(\.token)
        var i = 0
        var past = false
        while i < tokens.count {
            // "dulu 1 kak", "tahun lalu 1 bekerja sebagai karyawan, skrg lain lagi": an option said of the past.
            if Lexicon.formerly.contains(tokens[i]) || i + 1 < tokens.count && ReplyText.timeNouns.contains(tokens[i]) && ["lalu", "kemarin", "kemaren"].contains(tokens[i + 1]) {
                past = true
                i += Lexicon.formerly.contains(tokens[i]) ? 1 : 2
                continue
            }
            // "+1 nomor 4", "same 3", "idem min, nomor 3": the sender agrees with someone else, then may name their own.
            if tokens[i] == "+", i + 1 < tokens.count, tokens[i + 1] == "1" {
                i += 2
                continue
            }
            // Any greeting, thanks or address as typed ("sore kakk", "mksh min", "ass wr wb").
            // ("terima kasih kak, nomor 3": "kasih" after "terima" thanks.)
            let thanks = i > 0 && tokens[i - 1] == "terima" && ["kasih", "kasi", "ksh"].contains(tokens[i])
            guard leadIns.contains(tokens[i]) || answerWord(tokens[i]) || pauses.contains(tokens[i]) || agrees(tokens[i]) || greets(tokens[i]) || thanks else { break }
            // "maaf baru sempet, aku 3 ya": a pause ends what the past word spoke of (the chance to reply).
            if pauses.contains(tokens[i]) && tokens[i] != "-" { past = false }
            i += 1
        }
        // "kakak sy 4 kak": the number of the sender's sibling, not the sender's — a person asks whose it is.
        if tokens.prefix(i).indices.contains(where: { k in
            StatusSignals.siblings.contains(tokens[k]) && k + 1 < i && Lexicon.means(tokens[k + 1], "saya")
        }) { return nil }
        // "Nama: Rizky / Kelas: Otomotif / Status: 3": a form typed out (not "status PKWT enam bulan").
        if let k = tokens.firstIndex(of: "status"), let m = tokens.dropFirst(k + 1).prefix(2).firstIndex(where: { option($0) != nil }),
           m == k + 1 || pauses.contains(tokens[k + 1]), isOption(tokens, at: m) {
            return .code(option(tokens[m])!, tail: tail(source, after: spans[m]))
        }
        guard i < tokens.count, let first = option(tokens[i]) else { return nil }
        if past, isOption(tokens, at: i), !glued(spans[i], in: source) {
            // "dulu 3 skrg 2 min": the option of now follows.
            if let now = tokens.indices.dropFirst(i + 1).first(where: { ["skrg", "sekarang", "skrang", "now"].contains(tokens[$0]) }),
               let m = tokens.indices.dropFirst(now + 1).prefix(3).first(where: { isOption(tokens, at: $0) }) {
                return .code(option(tokens[m])!, tail: tail(source, after: spans[m]))
            }
            return .undecided("the option is said of the past (\"dulu \(first)\"): what is it now?")
        }
        // "Pertama kerja di bengkel…", "Satu hal lagi…": a number word that opens a sentence is no option; one alone,
        // after a lead-in ("yang pertama") or before a pause ("dua, jualan kopi", "tiga kak") is.
        if tokens[i].first?.isLetter == true, i == 0, i + 1 < tokens.count, !leadIns.contains(tokens[i + 1]), !pauses.contains(tokens[i + 1]), tokens[i + 1] != "/" { return nil }
        // "siap2 buka kedai", "cari2 kerja": a digit glued to a word repeats the word (not "no3", "nomor3").
        if glued(spans[i], in: source), !(i > 0 && ["no", "nomor", "nomer", "nmr", "nmor", "nomr"].contains(tokens[i - 1])) { return nil }
        // "yg no 5 maksudnya gimana?", "nomor 1 sampai 8 itu harus pilih satu?": asking about the options, not answering.
        // A question on a line of its own after the number ("1 / kak kapan ada kelas lagi?") asks something else.
        let clause = tokens[(i + 1)...].prefix { ![",", ".", "\n"].contains($0) }.prefix(4)
        let next = tokens[(i + 1)...].filter { $0 != "\n" }.prefix(4)
        // "nomor 1 itu termasuk yg magang ga kak?": the option itself is what the question is about.
        let asksAboutIt = i + 1 < tokens.count && ["itu", "tuh", "tu"].contains(tokens[i + 1])
            && source[spans[i].range.upperBound...].first(where: { ".!?\n".contains($0) }) == "?"  // (the sentence it opens asks)
        if asksAboutIt || clause.contains(where: { Lexicon.interrogatives.contains($0) || ["sampai", "sampe", "apa"].contains($0) })
            || next.contains(where: { ["maksudnya", "maksud", "artinya", "beda", "bedanya"].contains($0) })
            || text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?") && tokens.count - i <= 5 {
            return nil
        }
        var code = first + tokens[i].drop { $0.isNumber }.filter { _ in tokens[i].first?.isNumber == true }
        var j = i + 1
        // Compact letters typed apart ("1 a b"): single letters that are option codes.
        while j < tokens.count, tokens[j].count == 1, "abcdefg".contains(tokens[j]),
              j + 1 == tokens.count || tokens[j + 1].count == 1 || !(tokens[j + 1].first?.isLetter ?? false) {
            code += tokens[j]
            j += 1
        }
        if j < tokens.count, units.contains(tokens[j]) { return nil }
        let rest = Array(tokens[j...])
        // "7 kak. angkatan 7", "6 / (gelombang 6)", "5 / no urut saya": the number answers something else, as the words
        // after it say (not "6 kak, bukan gelombang 6 ya").
        let restated = rest.indices.contains { (k: Int) -> Bool in
            guard k > 0, option(rest[k]) == first, groups.contains(rest[k - 1]) else { return false }
            return !rest[max(0, k - 3)..<k].contains { (word: String) in word == "bukan" || word == "bkn" }
        }
        if restated || rest.prefix(6).contains("urut") {
            return .undecided("the number may answer something else (a batch, a class, a count): ask which option")
        }
        // "1 atau 3", "1/3", "nomor 1 apa 2": two options.
        if let k = rest.firstIndex(where: { ["atau", "apa", "or", "/"].contains($0) }), k + 1 < rest.count, k <= 3,
           let other = option(rest[k + 1]), other != first {
            return .undecided("the reply gives two options (\(first) and \(other))")
        }
        // "nomor 1 pernah, nomor 3 pernah", "1 2 3 4 5", "1,2,4": more options named, none taken back.
        let others = rest.indices.filter { k in
            isOption(rest, at: k) && option(rest[k]) != first
                && (k == 0 || ["no", "nomor", "nomer", "nmr", "dan", "&", "sama", "juga"].contains(rest[k - 1]) || listed(spans, at: j + k))
        }
        // (Not "No. 8 … / ^ nomor 3 kak typo": a correction next to the later option.)
        if let k = others.first, !rest.prefix(k).contains(where: corrects), !rest[k..<min(rest.count, k + 4)].contains(where: corrects) {
            // "1 sama 4 kak, kerja sambil kuliah": work and study, typed as digits, unless a third option joins them.
            let named = Set([first] + others.compactMap { option(rest[$0]) })
            if named.count == 2, named.contains("4"), let work = named.first(where: { $0 == "1" || $0 == "2" }),
               tokens[i].first?.isNumber == true, rest[k].first?.isNumber == true {
                return .workingStudent(work, tail: tail(source, after: spans[j + k]))
            }
            return .undecided("the reply names more than one option (\(first) and \(option(rest[k])!))")
        }
        // "1 eh salah, 3 maksudnya", "5 eh 3 kak", "3 eh ga deng, … 8 aja": the option given last wins; "1 eh bukan,
        // masih nyari" takes the number back and leaves the words.
        // "5 / bukan 5 kak, 1!": the number denied, then the one meant.
        // ("maaf typo2, ngantuk" apologises for the typing: a digit glued to the word repeats it.)
        let words = rest.enumerated().filter { $0.element.first?.isLetter == true || $0.element.first?.isNumber == true }.prefix(4)
            .filter { !(corrects($0.element) && j + $0.offset + 1 < spans.count && glued(spans[j + $0.offset + 1], in: source)) }
        let denies = { (k: Int) in ["bukan", "bkn"].contains(rest[k]) && k + 1 < rest.count && option(rest[k + 1]) == first }
        if let k = words.first(where: { corrects($0.element) || denies($0.offset) })?.offset {
            let from = denies(k) ? k + 2 : k + 1
            if let m = rest.indices.dropFirst(from).last(where: { isOption(rest, at: $0) && !glued(spans[j + $0], in: source) }) {
                // "2… eh tunggu 4… eh ga deng", "8… eh 3 ding… ah embuh": the last one is taken back too (not "6 deng",
                // "1 wkwk typo", which confirm it).
                if rest.indices.dropFirst(m + 1).filter({ rest[$0].first?.isLetter == true }).prefix(4).contains(where: { k in
                    rest[k].first == "e" && takesBack(rest, at: k) || rest[k] == "embuh"
                }) { return nil }
                return .code(option(rest[m])!, tail: tail(source, after: spans[j + m]))
            }
            if denies(k) || words.contains(where: { takesBack(rest, at: $0.offset) }) { return nil }
        }
        // "2 melanjutkan pendidikan / (maaf kak nomornya salah, 4)", "kak no.3 bekerja sebagai karyawan / maaf salah nomor, 1
        // kak", "1 sudah diterima kerja (nomornya 6 maksudnya)": a later option beside a correction is the one meant.
        if let m = rest.indices.last(where: { m in
            isOption(rest, at: m) && option(rest[m]) != first && !glued(spans[j + m], in: source)
                && rest[max(0, m - 3)..<min(rest.count, m + 4)].contains(where: corrects) && !(m > 0 && ["bukan", "bkn"].contains(rest[m - 1]))
        }) {
            return .code(option(rest[m])!, tail: tail(source, after: spans[j + m]))
        }
        return .code(code, tail: j - 1 < spans.count ? tail(source, after: spans[j - 1]) : "")
    }

    /// "maaf kak baru liat / saya no 1 kak", "linknya gabisa dibuka kak. intinya. yg ke 2", "ini jawabannya: nomer 3":
    /// the number in a later sentence, after words about something else. Only a sentence that opens on a lead-in ("saya",
    /// "no", "pilih", "yg") and names an option in digits, with nothing but addressing after it ("aku no 8 kak 😞", not
    /// "aku ikut 2 BLK", nor "yg satu udah wawancara"), counts; the words before it are returned, for the caller to
    /// check that they say no status.
    static func readAfterPreamble(_ text: String) -> (result: Result, preamble: String)? {
        for start in laterSentences(text) {
            let sentence = text[start...]
            let first = String(sentence.prefix { $0.isLetter }).lowercased()
            // …or a line of its own that holds the digit and at most addressing ("halo kak / maaf baru bales / 3 ya kak"; not a
            // list's "1. Bu Ani - 2 box").
            let ownLine = first.isEmpty && sentence.first?.isNumber == true && text[..<start].last(where: { !$0.isWhitespace || $0.isNewline })?.isNewline == true
                && sentence.prefix { !$0.isNewline }.split { !$0.isLetter }.allSatisfy { word in
                    let canonical = ReplyText.canonical(word.lowercased())
                    return Lexicon.filler.contains(canonical) || softeners.contains(canonical)
                }
            guard leadIns.contains(first) || answerWord(first) || ownLine, let digit = sentence.firstIndex(where: \.isNumber) else { continue }
            // Not "dua2nya" (a word repeated) nor "1-8" (the range of options, asked about).
            let digits = sentence[digit...].prefix(while: \.isNumber)
            if digit > sentence.startIndex, sentence[sentence.index(before: digit)].isLetter { continue }
            if let dash = sentence[digits.endIndex...].first, "-–".contains(dash), sentence[digits.endIndex...].dropFirst().first?.isNumber == true { continue }
            let after = String(sentence[digit...].drop { $0.isNumber || $0 == " " }.prefix { $0.isLetter }).lowercased()
            guard after.isEmpty || Lexicon.filler.contains(ReplyText.canonical(after)) || softeners.contains(after),
                  let result = read(String(sentence)) else { continue }
            return (result, String(text[..<start]))
        }
        return nil
    }

    /// Words that soften a number on its own ("3 ya kak", "no 1 aja").
    private static let softeners: Set<String> = ["ya", "yaa", "aja", "deh", "dong", "ok"]

    /// Where each sentence after the first begins: after a line break, or ". ", "! ", "? ", ": ", ", " (not the dot of
    /// "no. 3"): "ka maaf br sempet, aku 3 ya".
    private static func laterSentences(_ text: String) -> [String.Index] {
        var starts: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            var next = text.index(after: i)
            let ends = ch == "\n" || ".!?:,".contains(ch) && (next == text.endIndex || text[next] == " ")
            let abbreviation = ch == "." && ["no", "nmr", "nomor", "nomer"].contains(String(text[..<i].reversed().prefix { $0.isLetter }.reversed()).lowercased())
            if ends && !abbreviation {
                while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
                if next < text.endIndex { starts.append(next) }
            }
            i = text.index(after: i)
        }
        return starts
    }

    /// What a number may name besides an option: "angkatan 7", "gelombang 6", "kelas 2".
    private static let groups: Set<String> = ["angkatan", "gelombang", "gel", "batch", "kelas", "kls"]

    /// A greeting, thanks or address in any spelling the reader knows — not "kasih" alone ("kasih 5 dari 5" rates).
    private static func greets(_ token: String) -> Bool {
        guard token.first?.isLetter == true, !["kasih", "banyak", "atas", "kembali", "you"].contains(token) else { return false }
        // (`canonical` undoes a doubled last letter: "kakk", "minn".)
        let word = ReplyText.canonical(token)
        return Lexicon.thanksAndGreetings.contains(word) || Lexicon.address.contains(word)
    }

    /// "same", "samaa", "idem", "ikut", "podo", "juga": the sender's answer is the same as another's. Before a number,
    /// the number is theirs ("same 3"); alone, the answer it leans on is not in the message (`ReplyInterpreter.leansOnAnother`).
    static func agrees(_ token: String) -> Bool {
        let collapsed = String(token.reduce(into: [Character]()) { letters, ch in if letters.last != ch { letters.append(ch) } })
        return ["same", "sama", "sm", "idem", "ikut", "ikutan", "podo", "padha", "sami", "juga", "jg", "ditto", "setuju"].contains(collapsed)
    }

    /// "1,2,4": an option typed right after a comma that follows another option.
    private static func listed(_ spans: [Span], at k: Int) -> Bool {
        guard k >= 2, spans[k - 1].token == ",", option(spans[k - 2].token) != nil else { return false }
        return spans[k - 2].range.upperBound == spans[k - 1].range.lowerBound && spans[k - 1].range.upperBound == spans[k].range.lowerBound
    }

    /// A digit glued to the word before it repeats the word ("siap2", "nyari2"): no option.
    private static func glued(_ span: Span, in source: String) -> Bool {
        span.range.lowerBound > source.startIndex && source[source.index(before: span.range.lowerBound)].isLetter
    }

    /// Words that correct what was just typed: "eh", "ehh", "salah", "ralat", "typo", "maksudnya", "deng".
    private static func corrects(_ token: String) -> Bool {
        ["salah", "maksudnya", "maksud", "ralat", "koreksi", "typo", "deng", "dink", "ding", "sori", "sorry"].contains(token)
            || token.first == "e" && token.dropFirst().allSatisfy { $0 == "h" } && token.count > 1
    }

    /// A correction that takes the number back: "salah", "ralat", "typo", "deng", or "eh" before "bukan", "ga", "nggak".
    private static func takesBack(_ tokens: [String], at k: Int) -> Bool {
        let token = tokens[k]
        guard corrects(token) else { return false }
        guard token.first == "e" || token.hasPrefix("maksud") else { return true }
        return k + 1 < tokens.count && ["bukan", "bkn", "ga", "gak", "nggak", "ngga", "enggak", "engga", "gk", "salah", "sorry", "sori"].contains(tokens[k + 1])
    }

    /// Whether the token at `k` is an option given as an answer, not a count ("2 tahun", "anak 3"), a date ("tgl 2") or a
    /// class ("angkatan 3"). Tokens are lower-cased words; `Recap` asks it too.
    static func isOption(_ tokens: [String], at k: Int) -> Bool {
        guard option(tokens[k]) != nil else { return false }
        if k + 1 < tokens.count, units.contains(tokens[k + 1]) { return false }
        // "semoga salah satu nyangkut": "one of them", not a correction to 1 (unlike "1 salah 3").
        if k > 0, tokens[k - 1] == "salah", tokens[k].first?.isLetter == true { return false }
        return k == 0 || !groups.contains(tokens[k - 1]) && !countsBefore.contains(tokens[k - 1])
    }

    /// Words before a number that make it a date, an age, an address or a count: "tgl 2", "umur 5", "anak 3".
    private static let countsBefore: Set<String> = ["tgl", "tanggal", "jam", "umur", "usia", "rt", "rw", "semester", "lantai", "jl", "gang", "blok",
                                                    "anak", "adik", "adek", "tahun"]

    /// The option a token names: "1"…"9", "0", or a number word, with compact letters ("1a"); nil for anything else (2025, 12).
    private static func option(_ token: String) -> String? {
        if let digit = token.first, digit.isNumber {
            // ("Kode jawaban: 01": a leading zero, as a form's codes are padded.)
            let body = token.count > 1 && token.first == "0" && token.dropFirst().first?.isNumber == true ? token.dropFirst() : Substring(token)
            guard body.prefix(while: \.isNumber).count == 1, let digits = body.first else { return nil }
            let letters = body.dropFirst()
            guard letters.allSatisfy({ "abcdefg".contains($0) }), letters.count <= 3 else { return nil }
            return String(digits)
        }
        return Lexicon.numberWords[token].map(String.init)
    }

    private struct Span {
        var token: String
        var range: Range<String.Index>
    }

    /// Lower-case words, digits with their letters ("1a"), and the punctuation that matters here, with where each is.
    private static func tokenize(_ text: String) -> [Span] {
        var spans: [Span] = []
        var start: String.Index?
        var index = text.startIndex
        func close() {
            if let s = start { spans.append(Span(token: text[s..<index].lowercased(), range: s..<index)) }
            start = nil
        }
        while index < text.endIndex {
            let ch = text[index]
            if ch.isLetter || ch.isNumber {
                if let s = start, let last = text[s..<index].last, last.isLetter && ch.isNumber { close() }
                if start == nil { start = index }
            } else {
                close()
                if "():,.-/\n+".contains(ch) { spans.append(Span(token: String(ch), range: index..<text.index(after: index))) }
            }
            index = text.index(after: index)
        }
        close()
        return spans
    }

    /// What follows `span`, as typed.
    private static func tail(_ text: String, after span: Span) -> String {
        String(text[span.range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;-)(#|").union(.whitespacesAndNewlines))
    }
}
