import Foundation

/// A reply split into clauses of words, each word also in a canonical spelling, so the rules are written once for
/// "udah/udh/sdh/wis/tos", "blm/belom/durung/tacan", "gak/nggak/kagak/ora/teu", "kerja/krj/gawe/damel"….
///
/// Normalisation, in order: keycap emoji become digits ("1️⃣" → 1); case and accents are folded; letters repeated
/// three times or more collapse ("udaaah", "belummm"); reduplication is undone ("cari2", "nyari-nyari",
/// "kerja2an"); words glued to a negation or an adverb are split ("udhkerja", "blmdapet", "lgnyari"); spellings
/// map to their canonical word (`Lexicon.synonyms`).
///
/// Clauses end at . , ! ? ; : / line breaks and emoji, and before a word that turns the sentence ("tapi", "sekarang",
/// "eh"): negation never reaches across a clause. A clause ending in "?" or holding a question word is a question.
struct ReplyText {
    struct Word {
        /// As typed, for names ("PT Maju Jaya").
        let raw: String
        /// Lower-cased, normalised, synonyms mapped.
        let canonical: String
    }

    struct Clause {
        var words: [Word]
        var isQuestion: Bool
        /// The clause begins with a word that turns the sentence ("tapi kerja di gudang").
        var turns: Bool
        /// The clause ends at a colon: what follows says more of it ("Agus: buka bengkel", "status: kerja").
        var endsInColon = false
    }

    let clauses: [Clause]

    /// Clauses already split, such as the passing statements `SaidInPassing` lifts out of a reply.
    init(clauses: [Clause]) { self.clauses = clauses }

    /// Kin words that are also common given names ("Putri", "Putra").
    static let namesAlsoKin: Set<String> = ["putri", "putra"]

    /// Wishes a "terus" (keep on) can follow.
    static let cheers: Set<String> = ["semangat", "sukses", "maju", "jaya", "sehat", "lancar", "berkah"]

    /// Spans of time a "lalu" (ago) can follow.
    static let timeNouns: Set<String> = ["hari", "minggu", "mgg", "bulan", "bln", "tahun", "thn", "taun", "pekan", "jam", "week", "month", "year"]

    init(_ text: String) {
        var clauses: [Clause] = []
        var words: [Word] = []
        var current = ""
        // "Lg nyari krj kak / *kerja": a lone word after "*" corrects a typo; when it repeats a word already read, it adds nothing.
        var starred = false, correction = false
        func endWord() {
            defer { current = ""; starred = false }
            guard !current.isEmpty else { return }
            correction = starred && words.isEmpty
            for word in Self.words(current) {
                // A turning word starts a new clause: "belum kerja di bidang las tapi kerja di bengkel".
                // …but not after a lone topic ("kerjaan skrg nyapu di mall": the work now is…).
                // …nor "bulan lalu", "2 minggu lalu", "Februari lalu": there "lalu" is "ago".
                let ago = word.canonical == "lalu" && words.last.map { Self.timeNouns.contains($0.raw.lowercased()) || MonthReading.monthNumber($0.raw.lowercased()) != nil } == true
                // …nor "semangat terus", "sukses terus": keep it up.
                let cheer = word.raw.lowercased() == "terus" && words.last.map { Self.cheers.contains($0.raw.lowercased()) } == true
                if Lexicon.contrast.contains(word.canonical), !words.isEmpty, !ago, !cheer, !(words.count == 1 && (Lexicon.address.contains(words[0].canonical) || words[0].canonical == "pekerjaan")) {
                    clauses.append(Clause(words: words, isQuestion: false, turns: false))
                    words = []
                }
                // "nyari-nyari", "cari cari": the repeated word is one.
                if let last = words.last, last.canonical == word.canonical, word.canonical.first?.isLetter == true { continue }
                // "kerja belum dulu", "gak dulu": after a denial "dulu" is "for now", not "once".
                if word.canonical == "pernah", word.raw.lowercased() == "dulu", let last = words.last, ["belum", "tidak"].contains(last.canonical) {
                    words.append(Word(raw: word.raw, canonical: "dulu"))
                    continue
                }
                words.append(word)
            }
        }
        func endClause(question: Bool, colon: Bool = false) {
            endWord()
            let repeats = correction && words.count == 1 && clauses.contains { $0.words.contains { $0.canonical == words[0].canonical } }
            if !words.isEmpty && !repeats { clauses.append(Clause(words: words, isQuestion: question, turns: false, endsInColon: colon)) }
            words = []
            correction = false
        }
        var previous: Character = " "
        for ch in Self.joinPhrases(Self.emojiAsWords(Self.keycapsToDigits(text))) {
            if ch.isLetter || ch.isNumber || ((ch == "'" || ch == "’") && !current.isEmpty) {
                current.append(ch)
            } else if ch == "*", current.isEmpty {
                starred = true
            } else if ch == "-", !current.isEmpty, previous.isLetter {
                endWord()  // "nyari-nyari", "tanya-jawab"
            } else if ch == ".", EmployerReading.legalForms.contains(current.lowercased()) || ["no", "nmr", "yth", "tgl", "jl", "bpk"].contains(current.lowercased()) {
                endWord()  // "PT. Sinar Abadi", "No. 1": the abbreviation dot does not end the clause
            } else if ".,!?;:\n…/|".contains(ch) {
                endClause(question: ch == "?", colon: ch == ":")
            } else if Self.isEmoji(ch) {
                endClause(question: false)  // "selamat yg udah kerja 🎉 aku masih nyari": an emoji ends a sentence
            } else {
                endWord()
            }
            previous = ch
        }
        endClause(question: false)
        clauses = clauses.flatMap(Self.splitRunOn).flatMap(Self.splitAtReason).flatMap(Self.splitAtSender)
        // "Putri kan udah kerja": a capitalised "Putri" or "Putra" is a name — unless a possessive follows ("Putri saya").
        for i in clauses.indices {
            for j in clauses[i].words.indices {
                let word = clauses[i].words[j], folded = word.raw.lowercased()
                guard Self.namesAlsoKin.contains(folded), word.raw.first?.isUppercase == true else { continue }
                let next = j + 1 < clauses[i].words.count ? clauses[i].words[j + 1].canonical : ""
                if next != "saya" && !StatusSignals.possessive.contains(next) { clauses[i].words[j] = Word(raw: word.raw, canonical: folded) }
            }
        }
        for i in clauses.indices { clauses[i].words = Self.unmarkNonStatusWords(Self.joinBrokenWords(Self.readSundaneseCan(clauses[i].words))) }
        for i in clauses.indices {
            clauses[i].turns = clauses[i].words.first.map { Lexicon.contrast.contains($0.canonical) } ?? false
            guard !clauses[i].isQuestion else { continue }
            if let first = clauses[i].words.first(where: { !Lexicon.address.contains($0.canonical) }),
               Lexicon.questionStarts.contains(first.canonical) && clauses[i].words.count > 1 && !Self.answersAQuestion(clauses[i]) && !Self.pointsAtSelf(clauses[i])
                || clauses[i].words.indices.contains(where: { Self.asks(clauses[i].words, at: $0) }) {
                clauses[i].isQuestion = true
            }
        }
        self.clauses = clauses
    }

    /// Titles after "bapak"/"ibu" that make them someone respected rather than a parent ("rumah bapak bule").
    static let respectedTitles: Set<String> = ["haji", "hj", "bule", "lurah", "kades", "camat", "rt", "rw", "dokter", "dr", "ustadz", "ustad", "kyai", "kiai", "guru", "direktur", "bos"]

    /// Words that look like a state but, where they stand, are not the sender's: the capitalised name after a company's
    /// legal form ("THR dari PT Mitra Usaha Sejahtera"), the centre's admin thanked or praised ("makasih admin yg fast
    /// respon", "adminnya ramah"), worship accepted ("semoga ibadah kurbannya diterima") and trying, not a business
    /// ("namanya juga usaha", "harus usaha sendiri"), and a title that names or did something to someone ("makasih Chef
    /// Arman", "ditegur satpam", "semangat kerjanya"). The admin is read as
    /// "min", addressing; the others become the word marked with "~", which no rule reads. One word is read anew
    /// instead: "lagi" after "bentar" ("bentar lagi jualan") is "soon", a plan ("mau"), and so is "honor" where it is a
    /// post ("masih honor di sekolah"): "honorer".
    static func unmarkNonStatusWords(_ words: [Word]) -> [Word] {
        var words = words
        var inName = false
        // "lumayan daripada nganggur", "mending jualan ketimbang kerja pabrik": the alternative not taken.
        if let k = words.firstIndex(where: { ["daripada", "drpd", "dripada", "ketimbang", "timbang"].contains($0.raw.lowercased()) }) {
            for j in words.indices.dropFirst(k + 1) { words[j] = Word(raw: words[j].raw, canonical: "~" + words[j].raw.lowercased()) }
        }
        for j in words.indices {
            let raw = words[j].raw.lowercased()
            let before = j > 0 ? words[j - 1].canonical : ""
            let inCompanyName = inName && words[j].raw.first?.isUppercase == true
            // …and "halo kak admin": greeted; "admin masih nungguin?": the admin does something.
            let greeted = j >= 2 && Lexicon.address.contains(before) && Lexicon.thanksAndGreetings.contains(words[j - 2].canonical)
            let centresAdmin = ["admin", "adminnya", "mimin", "miminnya"].contains(raw)
                && (raw.hasSuffix("nya") || Lexicon.thanksAndGreetings.contains(before) || ["buat", "untuk", "utk", "sama"].contains(before) || greeted
                    || j + 1 < words.count && Self.adminDoes.contains(words[j + 1].canonical) && !words[..<j].contains { ["saya", "jadi"].contains($0.canonical) })
            // "makasih Chef Arman", "Coach Dani": how an instructor is called, not the sender's trade.
            let title = ["chef", "coach"].contains(raw)
                && (Lexicon.thanksAndGreetings.contains(before) || j + 1 < words.count && words[j + 1].raw.first?.isUppercase == true && !Self.known(words[j + 1].raw.lowercased()))
            // "sering ditegur satpam", "dimarahin sama mandor": who did it to the sender, not what the sender is.
            let agent = Lexicon.wageTitles.contains(words[j].canonical) && j >= 1
                && (Self.isPassive(words[j - 1].raw.lowercased()) || j >= 2 && ["sama", "sm", "ama", "oleh"].contains(words[j - 1].raw.lowercased()) && Self.isPassive(words[j - 2].raw.lowercased()))
            // "semangat terus kerjanya admin", "semangat kerja kak": a cheer for whoever reads, not the sender's work.
            let cheered = words[j].canonical == "kerja" && words[..<j].suffix(2).contains { $0.raw.lowercased() == "semangat" }
                && !words[..<j].contains { $0.canonical == "saya" } && (raw.hasSuffix("nya") || j + 1 == words.count || Lexicon.address.contains(words[j + 1].canonical))
            // "di rumah Bapak Haji Sulaiman", "ikut Ibu Lidya": a person called by a title of respect, not the sender's parent.
            let respected = ["bapak", "bapa", "ibu", "ibuk"].contains(raw) && j + 1 < words.count
                && (Self.respectedTitles.contains(words[j + 1].raw.lowercased())
                    || words[j + 1].raw.first?.isUppercase == true && !Self.known(words[j + 1].raw.lowercased()))
            let worship = words[j].canonical == "diterima" && words[max(0, j - 3)..<j].contains { Self.worship.contains($0.raw.lowercased()) }
            // "ya namanya juga usaha": it is only trying, a saying, not a business; …and "harus usaha sendiri": must try.
            let trying = raw == "usaha"
                && (j >= 2 && words[j - 2].raw.lowercased() == "namanya" && ["juga", "jg"].contains(words[j - 1].raw.lowercased())
                    || j >= 1 && ["harus", "hrs", "mesti", "musti", "kudu"].contains(words[j - 1].raw.lowercased()))
            if centresAdmin { words[j] = Word(raw: words[j].raw, canonical: "min") }
            // "bentar lg jualan", "sebentar lagi buka": soon, not now.
            if words[j].canonical == "lagi", ["bentar", "sebentar", "bntr", "ntar"].contains(j > 0 ? words[j - 1].raw.lowercased() : "") {
                words[j] = Word(raw: words[j].raw, canonical: "mau")
            }
            // "masih honor di sekolah", "skrg honor di kelurahan": the post held (an honorer's), not the pay ("gaji honor").
            if raw == "honor", (j + 1 < words.count && words[j + 1].raw.lowercased() == "di") || ["masih", "jadi", "sebagai", "sekarang"].contains(before) {
                words[j] = Word(raw: words[j].raw, canonical: "honorer")
            }
            if inCompanyName || worship || trying || title || agent || cheered || respected { words[j] = Word(raw: words[j].raw, canonical: "~" + raw) }
            inName = inCompanyName || ["pt", "cv", "ud", "pd"].contains(raw)
        }
        return words
    }

    /// What the centre's admin does or is, after "admin": "admin masih nungguin?", "admin paham banget".
    private static let adminDoes: Set<String> = ["masih", "sudah", "lagi", "bisa", "nunggu", "bales", "paham", "ngerti", "tahu", "baik", "ramah",
                                                 "keren", "mantap", "hebat", "cepat", "sabar", "rajin", "peka", "pinter", "pintar", "tolong", "mohon"]

    /// "ditegur", "dimarahin", "diajarin": a passive verb, whose agent may follow (not "diterima", which the sender is).
    static func isPassive(_ raw: String) -> Bool { doneBySomeone.contains(raw) }

    private static let doneBySomeone: Set<String> = [
        "ditegur", "dimarahin", "dimarahi", "diomelin", "diomeli", "dibentak", "disemprot", "dipecat", "disuruh", "diajarin", "diajari", "dibantu",
        "dibantuin", "ditanya", "ditanyain", "diusir", "dikejar", "ditilang", "ditangkap", "diperiksa", "dicek", "dipuji", "dikasih", "dikasi", "dijemput",
        "dianter", "diantar", "ditolongin", "ditolong", "dibimbing", "dilatih", "diuji", "dinilai", "dipanggilin", "dibangunin",
    ]

    private static let worship: Set<String> = ["ibadah", "ibadahnya", "amal", "amalnya", "puasa", "puasanya", "kurban", "kurbannya", "qurban",
                                               "qurbannya", "doa", "doanya", "sholat", "shalat", "taubat", "haji", "hajinya", "umroh", "umrohnya"]

    /// "abdi can digawe", "can aya rezeki": Sundanese "can" is "not yet". English "can" ("I can work", "can I join?",
    /// "can work from home?") has an English word beside it; the Sundanese one stands before a word of having, work,
    /// getting or starting that is not English.
    static func readSundaneseCan(_ words: [Word]) -> [Word] {
        var words = words
        for j in words.indices where words[j].raw.lowercased() == "can" && j + 1 < words.count {
            let next = words[j + 1], nextRaw = next.raw.lowercased()
            let english = j > 0 && englishSubjects.contains(words[j - 1].raw.lowercased()) || englishSubjects.contains(nextRaw) || englishVerbs.contains(nextRaw)
            if !english, sundaneseCanObjects.contains(next.canonical) || sundaneseCanWords.contains(nextRaw) {
                words[j] = Word(raw: words[j].raw, canonical: "belum")
            }
        }
        return words
    }

    private static let englishSubjects: Set<String> = ["i", "you", "u", "we", "they", "he", "she", "it", "who", "someone", "anyone", "that", "this"]
    private static let englishVerbs: Set<String> = ["work", "works", "get", "got", "found", "find", "start", "join", "apply", "have", "has", "hired",
                                                    "accepted", "do", "be", "still", "not", "only", "also"]
    private static let sundaneseCanObjects: Set<String> = ["ada", "kerja", "dapat", "diterima", "mulai", "masuk", "usaha", "jualan", "punya", "nikah",
                                                           "pekerjaan", "lulus"]
    private static let sundaneseCanWords: Set<String> = ["aya", "acan", "pasti", "jelas", "nanaon", "kenging", "boga", "gaduh"]

    /// "kar yawan", "ngang gur", "pela tihan": speech-to-text breaks a word in two. Two words no lexicon knows that
    /// make one it knows are that word.
    static func joinBrokenWords(_ words: [Word]) -> [Word] {
        guard words.count >= 2 else { return words }
        var joined: [Word] = []
        var j = 0
        while j < words.count {
            if j + 1 < words.count, words[j].raw.allSatisfy(\.isLetter), words[j + 1].raw.allSatisfy(\.isLetter),
               !known(words[j].canonical), !known(words[j + 1].canonical), case let whole = words[j].raw + words[j + 1].raw,
               known(whole.lowercased()), let word = Self.words(whole).first {
                joined.append(word)
                j += 2
            } else {
                joined.append(words[j])
                j += 1
            }
        }
        return joined
    }

    /// "halo kak ini mamanya Yusuf kak Yusuf yang kelas las udah keterima …": a voice note's transcript, or a reply typed
    /// without a stop, runs its sentences together. In a long clause, the address word a speaker ends a sentence with
    /// ("kak", "min", "bang") and a hesitation ("eee", "emm") end it here too.
    static func splitRunOn(_ clause: Clause) -> [Clause] {
        guard clause.words.count >= 14 else { return [clause] }
        var parts: [Clause] = []
        var words: [Word] = []
        for (j, word) in clause.words.enumerated() {
            let raw = word.raw.lowercased()
            let hesitation = raw.count >= 2 && (raw.allSatisfy { $0 == "e" } || raw.allSatisfy { "em".contains($0) } && raw.hasPrefix("e") && raw.contains("m"))
            if hesitation {
                if !words.isEmpty { parts.append(Clause(words: words, isQuestion: false, turns: false)) }
                words = []
                continue
            }
            words.append(word)
            // (Not "mulai kerja minggu depan kak di hotel …": the sentence goes on.)
            if sentenceEnds.contains(raw), j + 1 < clause.words.count, words.count >= 2, !continuations.contains(clause.words[j + 1].canonical) {
                parts.append(Clause(words: words, isQuestion: false, turns: false))
                words = []
            }
        }
        if !words.isEmpty { parts.append(Clause(words: words, isQuestion: clause.isQuestion, turns: false, endsInColon: clause.endsInColon)) }
        guard parts.count > 1 else { return [clause] }
        parts[0].turns = clause.turns
        return parts
    }

    /// Words after an address word that go on with the sentence: "kerja kak di PT …", "kak yang …".
    private static let continuations: Set<String> = ["di", "ke", "dari", "dr", "sama", "sm", "bagian", "bag", "jadi", "sejak", "yang", "yg", "buat",
                                                     "untuk", "utk", "dengan", "dgn", "punya", "nya"]
    /// Address words a speaker ends a sentence with: "udah kerja kak", "belum min".
    private static let sentenceEnds: Set<String> = ["kak", "ka", "kk", "min", "mimin", "bang", "bro", "sis", "gan"]

    /// "jagain adek krn ortu dua2nya kerja": a reason told of a relative is a sentence of its own, about them; in a
    /// question, any reason is.
    static func splitAtReason(_ clause: Clause) -> [Clause] {
        let raw = clause.words.map { $0.raw.lowercased() }
        guard let j = raw.indices.dropFirst().first(where: { i in
            ["krn", "karena", "karna", "soalnya", "soale", "sebab", "pasalnya"].contains(raw[i]) && i + 1 < raw.count
                && (clause.isQuestion || StatusSignals.relatives.contains(raw[i + 1]) || StatusSignals.siblings.contains(raw[i + 1]) && i + 2 < raw.count && StatusSignals.mine.contains(raw[i + 2]))
        }) else { return [clause] }
        // ("boleh pilih 2 dan 4 ga kak soalnya kuliah sambil jualan?": the question mark asks the first part; the
        // reason after it is told.)
        return [Clause(words: Array(clause.words[..<j]), isQuestion: clause.isQuestion, turns: clause.turns),
                Clause(words: Array(clause.words[j...]), isQuestion: false, turns: false, endsInColon: clause.endsInColon)]
    }

    /// "dia masih nyari aku udh kerja": typed without a stop, the sender's own news follows another's. A clause that
    /// opens on "dia" (or "beliau", "mereka") and says something of them splits where the sender becomes the subject
    /// (not "dia kerja bareng aku", "dia ngajak aku").
    static func splitAtSender(_ clause: Clause) -> [Clause] {
        let raw = clause.words.map { $0.raw.lowercased() }
        guard let first = clause.words.firstIndex(where: { !Lexicon.filler.contains($0.canonical) }),
              ["dia", "beliau", "mereka", "doi"].contains(raw[first]) else { return [clause] }
        guard let j = raw.indices.dropFirst(first + 2).first(where: { i in
            ["aku", "saya", "sy", "gue", "gw", "gua", "ak", "aq", "abdi", "kulo"].contains(raw[i]) && i + 1 < raw.count
                && !linksPeople.contains(raw[i - 1]) && !Lexicon.address.contains(clause.words[i + 1].canonical)
        }) else { return [clause] }
        return [Clause(words: Array(clause.words[..<j]), isQuestion: clause.isQuestion, turns: clause.turns),
                Clause(words: Array(clause.words[j...]), isQuestion: clause.isQuestion, turns: false, endsInColon: clause.endsInColon)]
    }

    /// Words that tie one person to another ("bareng aku", "ngajak aku"): the sender there is no new subject.
    private static let linksPeople: Set<String> = ["bareng", "sama", "sm", "ama", "dengan", "dgn", "kayak", "kaya", "kek", "seperti", "dari", "dr", "buat",
                                                   "untuk", "utk", "ke", "ngajak", "ajak", "ngajakin", "bantu", "bantuin", "nyuruh", "kasih", "ngasih", "nemenin", "daripada",
                                                   "tempat", "rumah", "temen", "teman", "bilang", "ngomong", "nanya", "tanya"]

    /// A picture emoji ("🎉", "😊", "❤️"), which ends a sentence in chat; not a digit, "#" or "©", which Unicode also
    /// counts as emoji, nor a symbol like "☺" typed without the emoji variation.
    static func isEmoji(_ ch: Character) -> Bool {
        guard let scalar = ch.unicodeScalars.first, scalar.value > 0x2000 else { return false }
        return scalar.properties.isEmojiPresentation || scalar.properties.isEmoji && ch.unicodeScalars.count > 1
    }

    /// A question word that asks: not the rhetorical "mana ada yg nerima" (nobody would) or "nyari ke mana-mana"
    /// (everywhere) — typed with a question mark, those still ask.
    static func asks(_ words: [Word], at i: Int) -> Bool {
        // "admin kemana", "kmn ya infonya": where to — not "ga kemana-mana", going nowhere, nor "ngelamar kemana juga
        // ga ada", wherever.
        if ["kemana", "kmn"].contains(words[i].raw.lowercased()) {
            let next = i + 1 < words.count ? words[i + 1].canonical : ""
            return !(i > 0 && Lexicon.negators.contains(words[i - 1].canonical))
                && (next.isEmpty || Lexicon.address.contains(next) || ["ya", "yaa", "nih", "sih", "tuh", "dong", "deh", "nya"].contains(next))
        }
        guard Lexicon.interrogatives.contains(words[i].canonical) else { return false }
        guard words[i].canonical == "mana" else { return true }
        let next = i + 1 < words.count ? words[i + 1].canonical : "", previous = i > 0 ? words[i - 1].raw.lowercased() : ""
        return next != "ada" && previous != "ke" && previous != "di"
    }

    /// "ini lagi di jalan mau interview", "ini saya udah kerja", "itu slip gaji pertama aku": "ini" or "itu" opens a
    /// statement about the sender now, or about what is the sender's.
    private static func pointsAtSelf(_ clause: Clause) -> Bool {
        // (After "kak, …": the address opens no question.)
        let words = Array(clause.words.map(\.canonical).drop { Lexicon.address.contains($0) })
        guard let first = words.first, ["ini", "iki", "itu"].contains(first), words.count > 1 else { return false }
        // "itu aku kak": that is me.
        if words.dropFirst().filter({ !Lexicon.address.contains($0) }) == ["saya"] { return true }
        // "ini istri alumni", "ini ibunya kak": whoever holds the phone says who they are.
        if first == "ini", words[1] == "keluarga", !words.contains(where: Lexicon.interrogatives.contains) { return true }
        // "ini slip gaji kak", "ini foto seragam baru": a caption that shows something, not a question.
        if first != "itu", let shown = words.dropFirst().first(where: { !Lexicon.address.contains($0) && !Lexicon.filler.contains($0) }),
           Self.shown.contains(shown), !words.contains(where: Lexicon.interrogatives.contains) {
            return true
        }
        return first != "itu" && ["lagi", "saya", "sudah", "masih", "sekarang"].contains(words[1])
            || words.dropFirst(2).contains("saya") && !words.contains(where: Lexicon.interrogatives.contains)
    }

    /// What a caption shows: "ini slip gaji", "ini foto seragam", "ini surat penerimaan kerja", "ini kartu karyawan".
    private static let shown: Set<String> = ["slip", "foto", "fotonya", "struk", "struknya", "surat", "kartu", "sertifikat", "ijazah", "hasil", "hasilnya",
                                             "seragam", "seragamnya", "tempat", "link", "katalog", "cv", "pricelist", "kemasan", "banner", "bukti",
                                             "id", "nametag", "bpjs", "kontrak", "video", "gambar", "screenshot", "ss"]

    /// "ada kerjaan, bantu di pabrik tahu": "ada" opens a statement when what follows is work or a job, or nothing but
    /// whom it is said to.
    private static func answersAQuestion(_ clause: Clause) -> Bool {
        let words = clause.words.map(\.canonical)
        guard let first = words.first, first == "ada" else { return false }
        // "ada kak": there is (some), nothing asked.
        if words.dropFirst().allSatisfy(Lexicon.address.contains) { return true }
        // "ada info loker ga kak": a question tag or "info" makes it a question after all.
        if words.contains("tahu") || words.contains("info") || clause.words.contains(where: { $0.raw.lowercased() == "info" })
            || words.reversed().drop(while: { Lexicon.address.contains($0) || $0 == "kak" }).first.map({ Lexicon.negators.contains($0) }) == true { return false }
        // "ada aja rejekinya": there is always a living to be had.
        return words.dropFirst().contains { Lexicon.jobNouns.contains($0) || $0 == "kerja" }
            || clause.words.dropFirst().contains { ["rejeki", "rezeki", "rejekinya", "rezekinya", "rejeki2", "rizki"].contains($0.raw.lowercased()) }
    }

    /// All words of non-question clauses.
    var answerWords: [Word] { clauses.filter { !$0.isQuestion }.flatMap(\.words) }

    /// Phrases that are one word to the reader: "orang tua" (parents), "self-employed".
    static func joinPhrases(_ text: String) -> String {
        guard text.count > 8 else { return text }
        var result = text
        // The byte scan first: Foundation's case-insensitive `range(of:)` is slow on Linux and seldom finds one.
        for (phrase, word) in phrases where TextSearch.containsIgnoringASCIICase(result, phrase) {
            // Whole words only: "can gawe" is Sundanese "belum kerja", "acan gawe" is already.
            var from = result.startIndex
            while let range = result.range(of: phrase, options: .caseInsensitive, range: from..<result.endIndex) {
                let alone = (range.lowerBound == result.startIndex || !result[result.index(before: range.lowerBound)].isLetter)
                    && (range.upperBound == result.endIndex || !result[range.upperBound].isLetter)
                guard alone else { from = range.upperBound; continue }
                result.replaceSubrange(range, with: word)
                break
            }
        }
        return result
    }

    /// The phrases `joinPhrases` makes one word (or reads as other words), built once: it runs for every reply.
    private static let phrases: [(String, String)] = [
        ("orang tua", "ortu"), ("orangtua", "ortu"), ("self-employed", "wiraswasta"), ("self employed", "wiraswasta"),
        ("stay at home", "stay home"), ("job fair", "jobfair"), ("job seeker", "jobseeker"), ("good looking", "goodlooking"), ("putus asa", "putusasa"),
        ("dak katek", "dak"), ("dak ado", "dak"), ("siap-siap", "siap2"), ("siap siap", "siap2"), ("front office", "fo"), ("harian lepas", "harianlepas"), ("baby sitter", "babysitter"),
        ("job hunting", "jobhunting"), ("paket c", "sekolah"), ("paket b", "sekolah"), ("kejar paket", "sekolah"),
        ("can gawe", "belum gawe"), ("can damel", "belum damel"), ("can kerja", "belum kerja"), ("taksi daring", "taksi online"), ("ojek daring", "ojek online"),
        // "lulus" is finishing school, but a selection passed is "lolos" (accepted): "lulus interview di hotel".
        ("lulus interview", "lolos interview"), ("lulus tes", "lolos tes"), ("lulus test", "lolos test"), ("lulus seleksi", "lolos seleksi"),
        ("lulus wawancara", "lolos wawancara"), ("lulus psikotes", "lolos psikotes"),
        // "sama sama kak" (you're welcome) is "sama2", as most type it: small talk, or "both" before a verb.
        ("sama sama", "sama2"), ("sama-sama", "sama2"),
        // Days named after a trade or a calling are greetings, not the sender's work: "selamat hari guru pak Agus".
        ("hari guru", "hari raya"), ("hari buruh", "hari raya"), ("hari tani", "hari raya"), ("hari nelayan", "hari raya"),
        ("hari santri", "hari raya"), ("hari pendidikan", "hari raya"), ("hari perawat", "hari raya"), ("hari bidan", "hari raya"),
        ("hari dokter", "hari raya"), ("hari pramuka", "hari raya"), ("hari koperasi", "hari raya"), ("hari ibu", "hari raya"),
        ("hari ayah", "hari raya"), ("hari anak", "hari raya"), ("hari pahlawan", "hari raya"), ("hari kartini", "hari raya"),
        ("may day", "hari raya"),
    ]

    /// "1️⃣" (a digit, an optional variation selector, the keycap mark) → "1"; "③", "❸", "➂", "⑶", "⒊" (the
    /// circled, parenthesised and dotted digits of Unicode) → "3".
    static func keycapsToDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0x20E3 || enclosedDigit($0) != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.value != 0xFE0F && scalar.value != 0x20E3 {
            if let digit = enclosedDigit(scalar) { scalars += " \(digit) ".unicodeScalars } else { scalars.append(scalar) }
        }
        return " " + String(scalars) + " "
    }

    /// "kuliah ✅ kerja ❌" → "kuliah ya. kerja tidak.", "❌ kerja ✅ nyari" → "tidak kerja ya nyari": the emoji of
    /// `Lexicon.emojiWords` read as their words, when the reply has words for them to stand beside. Ticks and crosses
    /// are used one way through a reply: after the words they mark, like a checklist (each ends its sentence), when
    /// the first of them follows a word on its line; else before the words they negate or affirm. A reply of emoji
    /// alone is left as it is.
    static func emojiAsWords(_ text: String) -> String {
        // Every reply passes here: a hash lookup only for scalars from U+2611 up, the lowest of the emoji.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2611 && Lexicon.emojiWords[$0] != nil }), text.contains(where: \.isLetter)
        else { return text }
        func isMark(_ scalar: Unicode.Scalar) -> Bool { ["ya", "tidak"].contains(Lexicon.emojiWords[scalar]) }
        let scalarsIn = Array(text.unicodeScalars)
        let checklist = scalarsIn.firstIndex(where: isMark).map { first in
            scalarsIn[..<first].reversed().prefix { $0 != "\n" }.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        } ?? false
        var scalars = String.UnicodeScalarView()
        for scalar in scalarsIn where scalar.value != 0xFE0F {
            if let word = Lexicon.emojiWords[scalar] {
                scalars += " \(word)\(checklist && isMark(scalar) ? "." : "") ".unicodeScalars
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The digit 1–9 an enclosed-digit character stands for.
    private static func enclosedDigit(_ scalar: Unicode.Scalar) -> Int? {
        guard (0x2460...0x2792).contains(scalar.value) else { return nil }  // every scalar of every reply passes here
        for first: UInt32 in [0x2460, 0x2474, 0x2488, 0x2776, 0x2780, 0x278A] where (first..<(first + 9)).contains(scalar.value) {
            return Int(scalar.value - first) + 1
        }
        return nil
    }

    /// The words one typed token stands for: usually one, two when a negation or adverb is glued to a verb.
    static func words(_ raw: String) -> [Word] {
        let folded = fold(raw)
        // "ngebarista", "ngesecurity": a title made a verb.
        if folded.hasPrefix("nge"), Lexicon.wageTitles.contains(String(folded.dropFirst(3))) { return [Word(raw: raw, canonical: String(folded.dropFirst(3)))] }
        if let known = Lexicon.synonyms[folded] ?? (known(folded) ? folded : nil) { return [Word(raw: raw, canonical: known)] }
        if noneWords.contains(folded) { return [Word(raw: raw, canonical: "tidak"), Word(raw: raw, canonical: "ada")] }
        // "dirumah", "dipabrik": the preposition glued to a place (not a passive verb: "diterima", "dirumahkan").
        if folded.hasPrefix("di"), folded.count > 4, case let rest = String(folded.dropFirst(2)), case let place = Lexicon.synonyms[rest] ?? rest,
           Lexicon.places.contains(place) {
            return [Word(raw: String(raw.prefix(2)), canonical: "di"), Word(raw: String(raw.dropFirst(2)), canonical: place)]
        }
        // Glued: "udhkerja", "blmdapet", "lgnyari", "gakerja" — and one word more: "udahkerjakak", "kerjadipabrik".
        for prefix in gluedPrefixes where folded.count > prefix.count + 2 && folded.hasPrefix(prefix) {
            let rest = String(folded.dropFirst(prefix.count))
            let first = Word(raw: prefix, canonical: Lexicon.synonyms[prefix] ?? prefix)
            if let word = Lexicon.synonyms[rest] ?? (known(rest) ? rest : nil) {
                return [first, Word(raw: String(raw.dropFirst(prefix.count)), canonical: word)]
            }
            for cut in rest.indices.dropFirst(2) where rest.distance(from: cut, to: rest.endIndex) >= 3 {
                let (a, b) = (String(rest[..<cut]), String(rest[cut...]))
                guard known(a), known(b) else { continue }
                return [first, Word(raw: a, canonical: Lexicon.synonyms[a] ?? a), Word(raw: b, canonical: Lexicon.synonyms[b] ?? b)]
            }
        }
        // A suffix: "kerjaannya", "usahanya", "jualannya".
        // …and the enclitics of Makassar and Bugis Indonesian: "percumaki", "diterimaka", "mulaimi", "adaji".
        for suffix in ["nya", "ku", "mu", "ipun", "nipun", "e", "ne", "ki", "mi", "ji", "pi", "ka", "ma"] where folded.count > suffix.count + 3 && folded.hasSuffix(suffix) {
            let stem = String(folded.dropLast(suffix.count))
            if let word = Lexicon.synonyms[stem] ?? (known(stem) ? stem : nil) { return [Word(raw: raw, canonical: word)] }
        }
        // A slip of the thumb on a word that matters ("kerha", "nyaru", "blom"): one letter off a core word. (Not a word
        // typed in title case, a name more likely: "Bakery Roti Mentari" is no "mencari".)
        let titleCase = raw.first?.isUppercase == true && raw.dropFirst().contains(where: \.isLowercase)
        if folded.count >= 5, !titleCase, folded.allSatisfy(\.isLetter), !commonWords.contains(folded), let near = typoTargets.first(where: { oneEditApart(folded, $0) }) {
            return [Word(raw: raw, canonical: Lexicon.synonyms[near] ?? near)]
        }
        return [Word(raw: raw, canonical: folded)]
    }

    static func canonical(_ raw: String) -> String { words(raw).last?.canonical ?? "" }

    /// "k3rj4", "bl0m", "m4s1h ny4r1": letters typed as digits ("alay"). Only a word with a digit between two letters
    /// is read so, so "3bln", "tgl5", "e9" and "1AB" stay as they are.
    static func unLeet(_ word: String) -> String {
        let chars = Array(word)
        guard chars.count >= 3, chars.indices.dropFirst().dropLast().contains(where: { i in
            leetLetters[chars[i]] != nil && chars[i - 1].isLetter && chars[i + 1].isLetter
        }) else { return word }
        return String(chars.map { leetLetters[$0] ?? $0 })
    }

    private static let leetLetters: [Character: Character] = ["0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"]

    /// Lower case without accents or apostrophes, letters typed as digits read back, letter runs collapsed,
    /// reduplication undone.
    static func fold(_ raw: String) -> String {
        var lowered = raw.lowercased()
        if !lowered.allSatisfy(\.isASCII) { lowered = lowered.folding(options: [.diacriticInsensitive], locale: nil) }
        lowered.removeAll { $0 == "'" || $0 == "’" }
        lowered = unLeet(lowered)
        // A spelling the lexicon lists as typed ("siap2", "urus2", "blum2") is not undone.
        if Lexicon.synonyms[lowered] != nil { return lowered }
        // "cari2", "kerja2an", "bantu2in": the 2 marks a repeated word.
        if let two = lowered.firstIndex(of: "2"), lowered.distance(from: lowered.startIndex, to: two) >= 3,
           lowered[..<two].allSatisfy(\.isLetter) {
            lowered = String(lowered[..<two])
        }
        var collapsed = ""
        var run = 0
        var last: Character?
        for ch in lowered {
            run = ch == last ? run + 1 : 1
            last = ch
            if run < 3 || !ch.isLetter { collapsed.append(ch) }
        }
        // "kerjaa", "udahh": a doubled last letter that is not part of the word.
        if !known(collapsed), collapsed.count > 3, let l = collapsed.last, l.isLetter, collapsed.dropLast().last == l,
           known(String(collapsed.dropLast())) {
            collapsed.removeLast()
        }
        // "udaah", "belumm" collapsed to two: try one.
        if !known(collapsed), collapsed.count > 3 {
            var single = ""
            for ch in collapsed where single.last != ch || !ch.isLetter { single.append(ch) }
            if known(single) { return single }
        }
        return collapsed
    }

    /// Words a typo is corrected to: the verbs and nouns a status turns on.
    private static let typoTargets = ["kerja", "bekerja", "kerjaan", "pekerjaan", "nyari", "mencari", "ngelamar", "melamar", "nganggur",
                                      "lowongan", "usaha", "jualan", "kuliah", "keterima", "diterima", "belum", "sudah", "masih", "sekarang",
                                      "karyawan", "pabrik", "resign"]

    /// One word for "tidak ada": "laka gawean" (Jaseng), "kadada" (Banjar), "gada".
    private static let noneWords: Set<String> = ["laka", "kadada", "gada", "gaada", "taada", "nggada"]

    /// Everyday words one letter away from a core word ("jalan" / "jualan", "masak" / "masuk"): never corrected.
    private static let commonWords: Set<String> = ["jalan", "masak", "pasar", "bulan", "sudut", "bekal", "kerah", "serja", "makan", "datang",
                                                   "belut", "sudan", "murah", "masih", "maskn", "tulah", "usahs", "susah"]

    /// Whether one substitution or swap of neighbours (or, for words of seven letters or more, one insertion or
    /// deletion) turns `a` into `b`.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= (min(x.count, y.count) >= 6 ? 1 : 0), a != b else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if Array(x[(i + 1)...]) == Array(y[(i + 1)...]) { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && Array(x[(i + 2)...]) == Array(y[(i + 2)...])
        }
        return x.count > y.count ? Array(x[(i + 1)...]) == Array(y[i...]) : Array(x[i...]) == Array(y[(i + 1)...])
    }

    private static let gluedPrefixes = ["udah", "udh", "sdh", "sudah", "dah", "blm", "belum", "belom", "lg", "lagi", "gak", "ga", "gk", "nggak",
                                        "tdk", "msh", "masih", "mau", "ud", "kerja"]

    /// Words the reader knows: a spelling, a canonical word, or a member of a word class.
    static func known(_ word: String) -> Bool { vocabulary.contains(word) }

    private static let vocabulary: Set<String> = {
        var words = Set(Lexicon.synonyms.keys).union(Lexicon.synonyms.values).union(["jalan"])
        words.formUnion(Lexicon.filler)
        words.formUnion(Lexicon.wageTitles)
        words.formUnion(Lexicon.ownTitles)
        words.formUnion(Lexicon.businessNouns)
        words.formUnion(Lexicon.ownMarkers)
        words.formUnion(Lexicon.employeeMarkers)
        words.formUnion(StatusSignals.workplaces)
        words.formUnion(Lexicon.numberWords.keys)
        words.formUnion(Lexicon.address)
        words.formUnion(Lexicon.thanksAndGreetings)
        return words
    }()
}
