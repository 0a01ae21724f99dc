import Foundation

/// What a reply's words say about question 1, before any decision: the reader decides only after seeing every
/// clue, because "sudah kerja tapi masih cari kerja" and "belum kerja, eh sudah" differ only in how their clues
/// combine.
///
/// Clues are read clause by clause. A negation governs the next statement of its clause ("belum kerja di bidang
/// las"), carries over "atau" ("belum bisa kerja atau nyari kerja"), or, typed after it, governs the statement
/// before ("kerja belum"); a wish ("mau", "pengen"), a condition ("kalo udah kerja"), a past marker ("dulu",
/// "sempat") and a statement about someone else ("temen aku udah kerja", "selamat yg udah pada dapet kerja",
/// "ortu kerja") say nothing about the sender's status now. Questions back to the centre are no answer.
struct StatusSignals {
    enum Clue: Hashable {
        /// Works for someone ("sudah kerja", "jadi security", "karyawan kontrak", "cuti dari kantor").
        case employee
        /// Own or family business ("jualan online", "buka bengkel", "ngojek", "bantu warung ortu").
        case selfEmployed
        /// Not working ("belum kerja", "kerja tidak", a bare "belum").
        case notWorking
        /// Not working at a named place or for others ("gak kerja di bengkel", "kagak kerja ama orang"): another
        /// statement may name work elsewhere.
        case notWorkingThere
        /// "Nganggur": without work; looking is usually meant but not said.
        case jobless
        /// Looking for work ("masih nyari", "ngelamar", "nunggu panggilan", "job hunting", "ngecek loker").
        case looking
        /// Explicitly not looking ("gak nyari", "udah gak ngelamar lagi").
        case notLooking
        /// Why they stopped looking: no work to be had ("percuma", "ga ada lowongan", "ga ada yg nerima", "pasti ditolak").
        case noWorkToBeHad
        /// In education or training ("kuliah", "ikut pelatihan lagi", unpaid internship).
        case studying
        /// Outside the labour force ("ibu rumah tangga", "ngurus anak", "lagi hamil", "lagi sakit", "gak mau kerja dulu").
        case outsideLabourForce
        /// Accepted for a job ("keterima", "diterima kerja", "lolos", "dapet kerja").
        case accepted
        /// The job has not begun ("mulai senin depan", "belum masuk", "nunggu jadwal masuk").
        case startsLater
        /// The job has begun ("udah masuk kerja", "udah 2 bulan jalan").
        case started
        /// Preparing an own business ("lagi nyiapin usaha", "cari modal", "ngurus izin PIRT").
        case preparingBusiness
        /// A wish or plan, not a current state ("pengen buka usaha", "mau ke Jepang").
        case plan
        /// Worked before; says nothing about now ("dulu kerja di pabrik", "sempat kerja 2 bulan").
        case pastWork
        /// The work stopped ("resign", "abis kontrak", "kena PHK"): a job named earlier in the reply is over.
        case workEnded
        /// Resting or taking a break ("istirahat", "healing"): outside the labour force only beside "not working".
        case resting
        /// A bare "sudah" with no verb.
        case bareYes
        /// An internship that may or may not be paid.
        case internship
        /// An employer named with no verb ("PT Sinar Jaya kak", "bengkel resmi yamaha"): work, when nothing else is said.
        case namedWorkplace
        /// A business that has not opened or sold yet ("belum buka", "belum ada pemasukan"): still being prepared.
        case notOpenYet
    }

    private(set) var clues: Set<Clue> = []
    /// Clause of the last clue of each kind: a later statement replaces an earlier one ("dulu…, sekarang…").
    private(set) var lastClause: [Clue: Int] = [:]
    /// Clause and word index just after each "working" clue, where an employer phrase may follow.
    private(set) var workPositions: [(clause: Int, word: Int)] = []
    /// Words that say the work is for someone else, or the graduate's own, anywhere in the reply.
    private(set) var employeeMarked = false
    /// The reply says they are paid a wage ("digaji bulanan", "gajian"), not negated.
    private(set) var salaried = false
    /// Resting for a while ("istirahat dulu", "rehat total"), not a break in a shift.
    private(set) var restsAWhile = false
    /// A wage by time, not by the piece or the job: "digaji", "digaji harian", "gaji bulanan" — not "dibayar per
    /// artikel", "dibayar per pertemuan".
    private(set) var wagedByTime = false
    /// Paid a share of what is sold: "dapet komisi", "persenan", "fee per closing".
    private(set) var commissioned = false
    /// "ganti majikan": the household the graduate works in has an employer.
    private(set) var hasMajikan = false
    /// Paid by whoever owns the business ("dibayar per acara sama yg punya studio"): an employee, however the pay is counted.
    private(set) var paidByOwner = false
    /// Work put out by someone who supplies it ("bahan dari bos", "komponen dikirim sama bosnya", "ambil jahitan dr
    /// konveksi"): a piece-rate worker for them (BPS: an employee), not a business of one's own, however the pay is
    /// counted ("per potong").
    private(set) var suppliedWork = false
    /// Who puts work out: an owner, an agent, a garment maker, a company.
    static let putters: Set<String> = owners.union(["agen", "agennya", "konveksi", "pabrik", "pt", "koordinator", "mereka", "dia", "beliau", "juragannya", "pengepul"])
    /// Who pays a wage: the owner, the boss, the manager of the place.
    static let owners: Set<String> = ["owner", "ownernya", "pemilik", "pemiliknya", "bos", "bosnya", "juragan", "majikan", "pengelola", "mandor", "atasan", "pengusaha"]
    private(set) var ownMarked = false
    /// The reply speaks of selling, a business or own-account work anywhere.
    private(set) var ownish = false
    /// The reply says the business is a side activity ("sampingan", "nyambi jualan").
    private(set) var sideBusiness = false
    /// How many clauses said something about the sender (not questions, not about others).
    private(set) var statementsAboutSender = 0
    /// Clauses read as the sender's own (not questions, not about others): whose the work is ("punya sendiri", "digaji")
    /// says something of the sender only when one is.
    private(set) var clausesRead = 0
    /// Clauses about other people ("temen aku udah kerja"): read as nothing about the sender.
    private(set) var clausesAboutOthers: Set<Int> = []
    /// Of `clausesAboutOthers`, those that go on with a relative's news without naming them ("suami saya udh kerja,
    /// jadi tukang di proyek"): whole, they are what the relative does.
    private(set) var relativeNews: Set<Int> = []
    /// The words of the clause read last, for a clause that goes on from it.
    private var previousRaw: [String] = []
    /// Clauses that begin with a turning word ("tapi", "sekarang"): a statement there replaces an earlier one.
    private(set) var turns: Set<Int> = []
    /// The clues of each clause.
    private(set) var cluesByClause: [Int: Set<Clue>] = [:]
    /// Clauses that speak of now ("sekarang lagi nyari", "saat ini belum bekerja"), not of "until now"
    /// ("dari Desember sampai sekarang"), nor of a better job looked for beside the work ("skrg nyari yg lebih baik").
    private(set) var nowClauses: Set<Int> = []
    /// Clauses that say something goes on for now or meanwhile ("masih kerja", "sementara ngojek", "sambil nunggu"):
    /// work told there is held this week, whatever is to come.
    private(set) var meanwhileClauses: Set<Int> = []
    /// Every word of the reply as typed, lower-cased.
    private let allRaw: [String]
    /// When the reply was written: a start date after it has not begun yet.
    private let context: ReplyContext?
    /// Someone writes for the graduate ("ini istri saya yg ikut kelas…", "saya mewakili adik saya"): "dia" is the graduate.
    private(set) var byProxy = false
    /// A relative is named as the phone's owner or as the one who trained (`namesTheGraduate(_:)`).
    private(set) var namesTheGraduate = false
    /// A question back asks for openings ("ada lowongan buat barista ga?"): someone without work who asks is looking.
    private(set) var askedForJobs = false
    /// The reply speaks of a time to come ("bulan depan", "senin", "tgl 10 nanti").
    private(set) var mentionsFuture = false
    /// Orders, clients, per-project pay, an own business: the graduate's own account beyond doubt.
    private(set) var strongOwn = false
    /// The work spoken of is unpaid and not for the family ("magang gak dibayar", "ngajar TPA sukarela", "bantu2 temen,
    /// gak dibayar"): no work for BPS. (Unpaid help in a family business is work: a contributing family worker.)
    private(set) var unpaid = false
    /// Help in a relative's business for no wage ("di bengkel ikut paman, ga digaji cuma dikasih uang rokok", "bantu2 di
    /// konveksi kakak ipar, ga digaji bulanan"): a contributing family worker, own account for BPS, whatever title or
    /// "kerja" says it.
    private(set) var familyHelp = false

    /// The sender speaks of their colleagues ("rekan kerja saya", "tmn2 sepabrik saya", "temen se-cafe"): a sign
    /// they work, for a person to confirm.
    private(set) var colleagues = false

    /// "kadang kerja kadang nggak", "kadang ada kerjaan, kadang tidak": work now and then; whether there was any in
    /// the week asked about is for a person to ask.
    private(set) var nowAndThen = false

    /// Clauses whose only word of study is "ikut pelatihan" (`forgetCourseAttended`).
    private var courseAttended: Set<Int> = []

    /// Where each clause's words begin in `allRaw`: what a clause's statement is followed by ("keterima, tapi dibatalin").
    private var clauseStarts: [Int] = []

    init(_ text: ReplyText, context: ReplyContext? = nil) {
        self.context = context
        let all = text.clauses.flatMap { $0.words.map(\.canonical) }
        let raw = text.clauses.flatMap { $0.words.map { $0.raw.lowercased() } }
        allRaw = raw
        clauseStarts = Array(text.clauses.reduce(into: [0]) { $0.append($0.last! + $1.words.count) }.dropLast())
        byProxy = raw.contains { ["mewakili", "wakilin", "wakili", "mewakilkan"].contains($0) } || Self.containsPair(raw, "nitip", ["bales", "balas", "jawab"])
            || zip(all, raw.dropFirst(2)).enumerated().contains { j, pair in pair.0 == "keluarga" && j + 1 < raw.count && all[j + 1] == "saya" && ["yg", "yang"].contains(pair.1) }
            || raw.contains(where: { $0.hasSuffix("nya") || $0 == "dari" || $0 == "dr" }) && text.clauses.contains(where: Self.introducesAProxy)
        namesTheGraduate = Self.namesTheGraduate(raw)
        byProxy = byProxy || namesTheGraduate
        let questions = text.clauses.enumerated().filter(\.element.isQuestion)
        askedForJobs = questions.contains { $0.element.words.contains { ["lowongan", "pekerjaan"].contains($0.canonical) || $0.raw.lowercased() == "loker" } }
        // "kerja jadi beban keluarga 🤣 canda": a joke is taken back.
        let jokeClauses = text.clauses.indices.filter { i in text.clauses[i].words.contains { ["canda", "bercanda", "becanda", "kidding", "jk", "boong"].contains($0.raw.lowercased()) } }
        let jokes = Set(jokeClauses + jokeClauses.map { $0 - 1 })
        var own: [(index: Int, clause: ReplyText.Clause)] = []
        var anotherAlumnus = false
        var relativeSpeaks = false
        var othersNamed = false
        let thirdPerson = Self.thirdPersonClauses(text)
        let senderSpeaks = Set(text.clauses.indices.filter { Self.opensOnSender(text.clauses[$0]) })
        let takesOver = Self.graduateTakesOver(text)
        for (index, clause) in text.clauses.enumerated() {
            if index < takesOver { clausesAboutOthers.insert(index); continue }
            // "kakak saya lulusan BLK juga, skrg jd TKI", "suamiku yo lulusan BLK, saiki kerjo nang bengkel": someone else
            // who also trained here, and what they do now (until the sender speaks of themself again).
            let introduces = Self.introducesAnotherAlumnus(clause)
            if introduces || anotherAlumnus && !clause.words.contains(where: { $0.canonical == "saya" || ["kami", "kita"].contains($0.raw.lowercased()) }) {
                // The clause after the introduction speaks of them, no further — unless it only names them ("…, dia /
                // sekarang kerja di bengkel"): then the next one does.
                anotherAlumnus = introduces || Self.saysNothing(clause)
                clausesAboutOthers.insert(index)
                continue
            }
            anotherAlumnus = false
            // "mitra ojol? udah.": a question the sender answers themself is a statement.
            let answered = clause.isQuestion && index + 1 < text.clauses.count && Self.saysYes(text.clauses[index + 1])
            guard !clause.isQuestion || answered || Self.deniesByAsking(clause), !jokes.contains(index) else { continue }
            if clause.turns { turns.insert(index) }
            // "Suami sy udh kerja kak, jadi tukang di proyek": the clauses after a relative's news go on about them,
            // until the sender speaks of themself again.
            // "temen aku si Rina yg dari kelas rias, udah kerja di salon": the clauses after someone named, until one says
            // something, are their news — unless the sender speaks of themself.
            if Self.isAboutOthers(clause, byProxy: byProxy, namesTheGraduate: namesTheGraduate)
                || othersNamed && !clause.words.contains(where: { $0.canonical == "saya" })
                || !byProxy && Self.opensOnName(clause) && !thirdPerson.subtracting([index]).isEmpty
                // "adek udah kerja duluan, aku blm", "Abang sm adek udh pada kerja, aku masih di rumah": a relative opens
                // the clause, and the sender then speaks of themself. (Not a capitalised word: "Sedang mencari pekerjaan",
                // "Sejak bulan Maret saya …" open formal sentences as often as names do.)
                || !byProxy && Self.opensOnKin(clause) && senderSpeaks.contains(where: { $0 > index }) && !senderSpeaks.contains(where: { $0 < index }) {
                clausesAboutOthers.insert(index)
                relativeSpeaks = relativeSpeaks || !byProxy && (Self.opensOnRelative(clause) || Self.opensOnRelativesBusiness(clause))
                // …and "si Vina kan, dia / sekarang kerja di kafe": a clause that only names them hands over to the next —
                // unless the one before names a relative, who may be the graduate answered for ("itu istri saya, dia /
                // sekarang kerja di konveksi").
                let handsOver = thirdPerson.contains(index)
                    && !(index > 0 && text.clauses[index - 1].words.contains { $0.canonical == "keluarga" || ["anak", "anakku", "anaknya"].contains($0.raw.lowercased()) })
                othersNamed = (othersNamed || Self.opensOnSomeoneElse(clause) || handsOver) && !byProxy && Self.saysNothing(clause)
                continue
            }
            othersNamed = false
            if relativeSpeaks && !clause.words.contains(where: { $0.canonical == "saya" }) {
                clausesAboutOthers.insert(index)
                relativeNews.insert(index)
                continue
            }
            relativeSpeaks = false
            own.append((index, clause))
        }
        readWorkFlags(of: text.clauses)
        readBusinessFlags(of: text.clauses.indices.filter { !clausesAboutOthers.contains($0) || Self.mayTellOfOwnBusiness(text.clauses[$0]) }.map { text.clauses[$0] })
        var sought: Set<Int> = []
        var previous: Int?
        for (index, clause) in own {
            // "lg nyari kerja yg bisa bawa anak, kaya jaga toko gitu": after a search, "like …" names the job looked for.
            // …and "looking for job kak, anything also ok, warehouse, driver": bare job titles listed after it.
            if let before = previous, cluesByClause[before]?.contains(.looking) == true || sought.contains(before),
               Self.givesAnExample(clause) || Self.namesOnlyAJob(clause) {
                sought.insert(index)
                previous = index
                continue
            }
            previous = index
            if Self.speaksOfNow(clause) { nowClauses.insert(index) }
            if clause.words.contains(where: { $0.canonical == "masih" || ["sementara", "smntr", "sambil"].contains($0.raw.lowercased()) }) {
                meanwhileClauses.insert(index)
            }
            clausesRead += 1
            read(clause, index: index)
        }
        forgetCourseAttended()
        // "udah ga nyari kak, … ga ada yg mau nerima": not looking, for want of openings told anywhere in the reply.
        if let c = lastClause[.notLooking], !clues.contains(.noWorkToBeHad), Self.findsNoOpenings(raw) { add(.noWorkToBeHad, c) }
    }

    /// Openings wanting, in the reply's words: none to be had ("ga ada lowongan", "mana ada yg mau nerima"), hard to be
    /// taken ("susah diterima dimana2"), scarce ("loker sepi"), or closed to the sender ("max umur 25", "orang dalem").
    static func findsNoOpenings(_ raw: [String]) -> Bool {
        let w = raw.map { Lexicon.synonyms[$0] ?? $0 }
        return w.indices.contains { j in
            let ahead = w.dropFirst(j + 1).prefix(3), near = w[max(0, j - 2)..<min(w.count, j + 3)]
            // (Betawi "kagak ade": "ade" is otherwise a younger sibling.)
            switch raw[j] == "ade" && j > 0 && Lexicon.negators.contains(w[j - 1]) ? "ada" : w[j] {
            case "ada":
                // "ga ada yg mau", "mana ada lowongan" (not "ga ada yg mau jagain anak").
                // (…and "ga bakal ada yg buka": nobody hiring.)
                let denied = j > 0 && (Lexicon.negators.contains(w[j - 1]) || w[j - 1] == "mana" || j > 1 && ["bakal", "bakalan", "akan"].contains(raw[j - 1]) && Lexicon.negators.contains(w[j - 2]))
                let willing = ahead.firstIndex(of: "mau").map { k in k + 1 == w.count || taking.contains(w[k + 1]) || Lexicon.filler.contains(w[k + 1]) || Lexicon.address.contains(w[k + 1]) } ?? false
                return denied && (willing || ahead.contains { $0 == "lowongan" || $0 == "panggilan" || $0 == "harapan" || $0 == "buka" || taking.contains($0) })
            case "mana", "siapa": return ahead.contains("mau") && w.dropFirst(j + 1).prefix(4).contains(where: taking.contains)
            case "susah", "sulit": return ahead.prefix(2).contains { taking.contains($0) || $0 == "dapat" }
            // ("proyek lagi sepi semua": no work going where the sender would look.)
            case "sepi", "kosong": return near.contains { ["lowongan", "proyek", "pabrik"].contains($0) }
            case "max", "maks", "maksimal": return ahead.prefix(2).contains { $0 == "umur" || $0 == "usia" }
            case "dalem", "dalam": return j > 0 && ["orang", "org"].contains(raw[j - 1])
            // "pabrik2 pada PHK", "dimana2 lagi PHK": layoffs all around (not "kena PHK", the sender's own job lost).
            case _ where raw[j] == "phk":
                return j > 0 && ["pada", "banyak", "semua", "dimana", "berita", "massal", "marak", "rame", "sini"].contains(raw[j - 1])
                    || ["semua", "massal", "dimana", "mulu", "terus"].contains(raw.dropFirst(j + 1).first ?? "")
                    || j > 1 && raw[j - 1] == "lagi" && !["kena", "di"].contains(raw[j - 2])
            default: return raw[j] == "mentok"
            }
        }
    }

    /// "saya ikut banyak pelatihan, intinya sekarang lagi nyari kerja", "pensiun, ikut pelatihan buat ngisi waktu, ga
    /// cari kerja": "ikut pelatihan" with nothing that says it goes on is, in a reply to the centre, most often the
    /// course the sender finished. Beside another clause that says they are without work, that clause is the status.
    private mutating func forgetCourseAttended() {
        guard clues.contains(.studying), !courseAttended.isEmpty else { return }
        let studying = cluesByClause.filter { $0.value.contains(.studying) }.keys
        guard studying.allSatisfy(courseAttended.contains),
              !clues.isDisjoint(with: [.looking, .outsideLabourForce, .notLooking, .jobless, .noWorkToBeHad]) else { return }
        clues.remove(.studying)
        for clause in studying { cluesByClause[clause]?.remove(.studying) }
        lastClause[.studying] = nil
    }

    /// "pabrik mana yg mau nerima?", "mana ada lowongan?": a question asked to deny that work can be had — a statement.
    static func deniesByAsking(_ clause: ReplyText.Clause) -> Bool {
        let raw = clause.words.map { $0.raw.lowercased() }
        guard let mana = raw.firstIndex(of: "mana") else { return false }
        let rest = raw.dropFirst(mana + 1)
        return rest.first == "ada" && rest.contains { ["nerima", "terima", "menerima", "lowongan", "loker", "kerjaan", "pekerjaan", "butuh", "manggil", "mau"].contains($0) }
            || rest.prefix(3).contains { $0 == "yg" || $0 == "yang" } && rest.contains("mau")
    }

    /// The flags that say for whom the sender works (a wage, a boss, pay by the job), read from the whole reply: the
    /// boss the sender speaks of ("ownernya baik", "dia yg gaji") tells of the sender's work too.
    private mutating func readWorkFlags(of clauses: [ReplyText.Clause]) {
        let all = clauses.flatMap { $0.words.map(\.canonical) }
        let raw = clauses.flatMap { $0.words.map { $0.raw.lowercased() } }
        let sometimes: Set<String> = ["kadang", "kadang2", "kdg", "kdang", "terkadang"]
        let times = raw.indices.filter { sometimes.contains(raw[$0]) }
        // …unless the week asked about had work: "minggu ini masuk 3 hari", "tiap hari buka".
        let thisWeek = raw.indices.dropLast().contains { j in
            (["minggu", "hari"].contains(raw[j]) && raw[j + 1] == "ini" || ["tiap", "setiap"].contains(raw[j]) && raw[j + 1] == "hari")
                && !raw.dropFirst(j + 2).prefix(3).contains(where: { Self.denies($0) || $0 == "belum" || $0 == "blm" })
        }
        // (Not "kadang dibayar kadang ngga": the pay comes and goes, not the work.)
        let pay = times.first.map { j in j + 1 < raw.count && (Lexicon.means(raw[j + 1], "gaji") || raw[j + 1].hasPrefix("dikasih")) } ?? false
        nowAndThen = times.count >= 2 && raw.dropFirst(times[1] + 1).prefix(2).contains(where: Self.denies) && !thisWeek && !pay
        let mates: Set<String> = ["rekan", "teman", "temen", "tmn", "tmn2", "temen2", "teman2", "kawan"]
        colleagues = raw.indices.contains { j in
            guard mates.contains(raw[j]), j + 1 < raw.count else { return false }
            let next = raw[j + 1]
            return ["kerja", "kantor", "sekantor", "sepabrik", "sekerjaan", "seshift", "setempat"].contains(next) || next == "se" && j + 2 < raw.count
        }
        // A wage marks an employer's work — unless it is denied: "tidak digaji", "tanpa gaji", "teu dibayar".
        // …and so is pay by the event, the parcel or the project ("bayaran per acara"), which is own account.
        let wages = raw.indices.filter { raw[$0] == "gaji" || Lexicon.synonyms[raw[$0]] == "gaji" }
        let denied = { (j: Int) in raw[max(0, j - 3)..<j].contains { $0 == "tanpa" || Self.denies($0) } }
        // "bayaran per acara", "dibayar per artikel": pay counted by the piece or the job.
        let perUnit = { (j: Int) in j + 2 < raw.count && raw[j + 1] == "per" && Self.ownUnits.contains(raw[j + 2]) }
        let paid = wages.contains { j in !denied(j) && !(perUnit(j) && !raw[j].hasPrefix("digaji")) }
        // "setoran harian", "omzet harian": the day's takings, not a daily wage; "setoran ke bos": who they are paid to.
        let takings: Set<String> = ["setoran", "omzet", "omset", "penghasilan", "pendapatan"]
        let marker = all.indices.contains { (j: Int) -> Bool in
            all[j] != "gaji" && Lexicon.employeeMarkers.contains(all[j]) && !(j > 0 && takings.contains(raw[j - 1]))
                && !(j > 1 && raw[j - 1] == "ke" && raw[j - 2] == "setoran")
        }
        // "dibayar per acara sama yg punya studio", "digaji ame pengelola gedung": paid by whoever owns the business.
        paidByOwner = raw.indices.contains { j in
            guard raw[j].hasPrefix("digaji") || ["dibayar", "gajian", "bayaran"].contains(raw[j]), !denied(j) else { return false }
            return raw.indices.dropFirst(j + 1).prefix(4).contains { k in
                ["sama", "sm", "ama", "oleh", "dari", "dr"].contains(raw[k]) && k + 1 < raw.count
                    && (Self.owners.contains(raw[k + 1]) || ["yg", "yang"].contains(raw[k + 1]) && k + 2 < raw.count && raw[k + 2] == "punya")
            }
        }
        // "ikut kak Reni tiap ada job", "ikut bang Oji": working along with a named person, for them.
        let typed = clauses.flatMap { $0.words.map(\.raw) }
        let followsSomeone = raw.indices.dropLast(2).contains { j in
            ["ikut", "ngikut"].contains(raw[j]) && Self.honorifics.contains(raw[j + 1]) && typed[j + 2].first?.isUppercase == true
        }
        // "dikasih 50rb sehari", "dibayar per minggu", "upah 75rb per hari": pay given by the day, the week or the
        // month is a wage (not "dapet 300rb sehari", a stall's takings, nor "uang saku mingguan", pocket money, nor
        // "buka les, dibayar per bulan", the fees of one's own business).
        let givenByTime = !all.contains("buka") && raw.indices.contains { (j: Int) -> Bool in
            guard ["dikasih", "dikasi", "dibayar", "digaji", "upah", "upahnya", "gaji", "gajinya"].contains(raw[j]), !denied(j) else { return false }
            var k = j + 1
            if k < raw.count, raw[k].contains(where: \.isNumber) || raw[k].hasSuffix("rb") || ["ribu", "juta"].contains(raw[k]) { k += 1 }
            guard k < raw.count else { return false }
            if ["sehari", "seminggu", "sebulan", "harian", "mingguan", "bulanan", "perhari", "perminggu", "perbulan"].contains(raw[k]) { return true }
            return k + 1 < raw.count && ["per", "tiap", "setiap"].contains(raw[k]) && ["hari", "minggu", "bulan"].contains(raw[k + 1])
        }
        let ikut = Self.worksFor(raw, all)
        employeeMarked = marker || paid || paidByOwner || followsSomeone || ikut == true || givenByTime
            || Self.containsPair(raw, "punya", ["orang", "bos", "tetangga", "koko", "koh", "ko", "cik", "engkoh", "juragan", "majikan", "perusahaan"])
            // "punya Pak Darto", "punya bu Yanti" — not "punya bapak saya", the family's.
            || raw.indices.dropLast(2).contains { raw[$0] == "punya" && ["pak", "bu", "bang", "mas", "mbak", "haji"].contains(raw[$0 + 1]) && !Self.mine.contains(raw[$0 + 2]) }
            || Self.containsPair(raw, "bukan", ["punya"])  // "kerja di warteg, bukan punya sendiri"
            || zip(all, raw.dropFirst()).contains { Lexicon.businessNouns.contains($0) && $1 == "orang" }
        hasMajikan = raw.contains { $0.hasPrefix("majikan") }
        // (Not worked with one's own machine or capital, "mesin sendiri": a business taking orders.)
        let ownMeans = Self.containsPair(raw, "mesin", ["sendiri", "pribadi"]) || Self.containsPair(raw, "alat", ["sendiri", "pribadi"]) || Self.containsPair(raw, "modal", ["sendiri"])
        suppliedWork = !ownMeans && raw.indices.contains { j in
            let material = ["bahan", "bahannya", "komponen", "komponennya", "kain", "material", "benang"].contains(raw[j])
            let work = ["kerjaan", "jahitan", "borongan", "obrasan", "payetan"].contains(raw[j]) && ["ambil", "nerima", "terima", "dapet", "dapat"].contains(j > 0 ? raw[j - 1] : "")
            guard material || work else { return false }
            return raw.indices.dropFirst(j + 1).prefix(4).contains { k in
                ["dari", "dr", "sama", "sm", "ama", "oleh"].contains(raw[k]) && k + 1 < raw.count && Self.putters.contains(raw[k + 1])
            }
        }
        commissioned = raw.contains { ["komisi", "komisinya", "persenan", "persenannya", "fee"].contains($0) }
        wagedByTime = givenByTime || raw.indices.contains { j in
            let next = j + 1 < raw.count ? raw[j + 1] : ""
            return !denied(j) && (raw[j].hasPrefix("digaji") && !perUnit(j) || ["gaji", "dibayar", "upah", "gajian"].contains(raw[j]) && ["harian", "bulanan", "mingguan"].contains(next))
        }
        salaried = raw.indices.contains { j in
            (raw[j].hasPrefix("digaji") || raw[j] == "gajian" || raw[j] == "gaji" || raw[j] == "dibayar") && !(j > 0 && (Self.denies(raw[j - 1]) || raw[j - 1] == "tanpa"))
        } || zip(all, raw.dropFirst()).contains { Lexicon.businessNouns.contains($0) && $1 == "orang" }
        // (Not "lembur ga dibayar", "THR ga dibayar": extras withheld from a paid job.)
        let deniedPay = wages.contains { j in denied(j) && !raw[max(0, j - 3)..<j].contains { ["lembur", "lemburan", "thr", "bonus", "insentif"].contains($0) } }
        let family = all.contains("keluarga") || raw.contains { Self.relatives.contains($0) || ["ortu", "orangtua", "bapak", "bapakku", "ibuku"].contains($0) }
        unpaid = (deniedPay || raw.contains { ["unpaid", "sukarela", "volunteer", "relawan", "sukarelawan", "gratisan"].contains($0) }
            || Self.containsPair(raw, "magang", ["gratis"]) || Self.containsPair(raw, "kerja", ["gratis"])) && !family
        // Pocket money, a meal or cigarettes in place of a wage ("cuma dikasih uang jajan", "digaji? ya dikasih makan").
        let tokenPay = Self.containsPair(raw, "uang", ["jajan", "rokok", "bensin", "saku"]) || Self.containsPair(raw, "dikasih", ["makan", "jajan"])
        familyHelp = (deniedPay || tokenPay) && !salaried && Self.helpsKin(raw, all)
    }

    /// The flags that say the sender has a business of their own, read from the sender's own clauses only: "temen aku
    /// buka bengkel sendiri" is someone else's.
    private mutating func readBusinessFlags(of clauses: [ReplyText.Clause]) {
        let all = clauses.flatMap { $0.words.map(\.canonical) }
        let raw = clauses.flatMap { $0.words.map { $0.raw.lowercased() } }
        let typed = clauses.flatMap { $0.words.map(\.raw) }
        // A wish says whose the work would be, not whose it is: "pengennya nanti punya butik sendiri", "kalau ada modal
        // mau beli mesin obras sendiri".
        let wished = clauses.flatMap { clause in
            let raw = clause.words.map { $0.raw.lowercased() }
            let wish = !clause.isQuestion && (raw.contains(where: Self.wishWords.contains)
                || raw.contains(where: Lexicon.conditionals.contains) && clause.words.contains { $0.canonical == "mau" })
            return clause.words.map { _ in wish }
        }
        // "aku sendiri udh kerja" (as for me), "bingung sendiri", "tau sendiri" (by oneself), "harian lepas" (a casual daily wage), "mboten usaha dewe" (denied) and
        // "Toko Sumber Mandiri" (a name) are no own business.
        let markers = all.indices.filter { j in
            Lexicon.ownMarkers.contains(all[j]) && !wished[j] && !(all[j] == "sendiri" && j > 0 && (all[j - 1] == "saya" || Self.byOneself.contains(raw[j - 1]) || Self.personalThings.contains(raw[j - 1]) && !(j > 1 && ["buat", "untuk", "utk"].contains(raw[j - 2]))))
                && !(all[j] == "lepas" && j > 0 && raw[j - 1] == "harian")
                && !(raw[j] == "mandiri" && j > 0 && typed[j - 1].first?.isUppercase == true && typed[j].first?.isUppercase == true)
                && !(raw[j] == "mandiri" && j > 0 && (all[j - 1] == "sudah" || ["lebih", "hidup", "bisa"].contains(raw[j - 1])))  // "dia udah mandiri": stands on their own
                && !(all[j] == "langganan" && j + 1 < raw.count && Self.langgananHabits.contains(raw[j + 1]))  // "langganan banjir": always flooded
                && !Self.deniedBefore(j, in: raw)
        }
        ownMarked = !markers.isEmpty && !Self.containsPair(raw, "bukan", ["punya", "sendiri"])
            || Self.containsPair(raw.indices.filter { !wished[$0] }.map { raw[$0] }, "punya", ["sendiri"]) && !Self.containsPair(raw, "bukan", ["punya"])
            || Self.namesOwnBusiness(all)
        ownish = ownMarked || all.contains { $0 == "jualan" || $0 == "usaha" || $0 == "buka" || Lexicon.ownTitles.contains($0) }
        sideBusiness = all.contains("sambil") && all.contains { $0 == "jualan" || $0 == "usaha" } && all.contains("kerja")
        let setoran = Self.paysSetoran(raw)
        // "jadi tukang las panggilan aja" (a service on call), not "nunggu panggilan kerja" (a call to a job interview).
        ownMarked = ownMarked || raw.indices.contains { j in
            raw[j] == "panggilan" && !(j > 0 && ["nunggu", "tunggu", "menunggu", "ada", "dapat", "dapet", "belum", "blm", "nungguin", "tes", "nama"].contains(raw[j - 1]))
                && !(j + 1 < raw.count && ["kerja", "interview", "tes", "kerjaan", "dari", "dr"].contains(raw[j + 1]))
        } || Self.containsPair(raw, "per", Self.payUnits) && !raw.contains(where: Self.assistants.contains)
            || Self.containsPair(raw, "ikut", ["siapa", "siapa2"]) && raw.contains(where: Self.denies)
            // "kurir paket, mitra, bukan karyawan", "statusnya mitra": the platform's partner (not "PT Mitra …").
            || Self.containsPair(raw, "bukan", ["karyawan", "pegawai"]) || ["status", "statusnya"].contains { Self.containsPair(raw, $0, ["mitra"]) }
            || Self.worksFor(raw, all) == false || setoran
        // (Not "digaji per trip": a wage counted by the trip.)
        strongOwn = raw.contains { ["pesanan", "pesenan", "orderan", "klien", "client", "orderannya"].contains($0) }
            || raw.indices.dropLast().contains { j in raw[j] == "per" && Self.ownUnits.contains(raw[j + 1]) && !(j > 0 && raw[j - 1].hasPrefix("digaji")) }
            || Self.containsPair(raw, "punya", ["sendiri"]) && !Self.containsPair(raw, "bukan", ["punya"]) || Self.containsPair(raw, "modal", ["sendiri"])
            || setoran
    }

    /// "angkotnya punya sodara, setoran harian", "mobil sewa, setoran ke pemilik": whoever pays the owner a fixed sum a
    /// day and keeps the rest works on own account (BPS) — not "dapet bagian dr setoran" (a share of the takings),
    /// "ngejar setoran" (takings to make) or "bukan setoran".
    static func paysSetoran(_ raw: [String]) -> Bool {
        raw.indices.contains { j in
            raw[j] == "setoran" && !deniedBefore(j, in: raw) && !["dari", "dr", "bagian", "kejar", "ngejar", "dibagi"].contains(j > 0 ? raw[j - 1] : "")
                && (j + 1 < raw.count && (["ke", "harian", "sehari", "tiap", "per", "dibagi", "tetap"].contains(raw[j + 1]) || Int(raw[j + 1]) != nil)
                    || j > 0 && ["sistem", "bayar", "nutup"].contains(raw[j - 1]))
        }
    }

    /// Feelings and doings that "sendiri" may follow as "by oneself", not "one's own": "bingung sendiri", "tau sendiri".
    static let byOneself: Set<String> = ["tau", "tahu", "bingung", "liat", "lihat", "mikir", "pikir", "ketawa", "malu", "sedih", "senyum", "nanya",
                                         "tanya", "jalan", "pulang", "kesel", "capek", "heran", "ngerasa", "rasain", "sendirian"]

    /// Things of one's own life that "sendiri" may follow, no business: "seragam anak sendiri", "fokus ke diri sendiri" (not "mobil sendiri", a driver's own car, nor "kerja buat diri sendiri").
    static let personalThings: Set<String> = ["diri", "anak", "kamar", "baju", "seragam", "listrik", "badan"]

    /// Words of a wish or a plan ("pengennya", "cita2", "rencana"): what follows is not yet so.
    static let wishWords: Set<String> = ["pengen", "pengennya", "pingin", "pengin", "kepengen", "kepingin", "ingin", "pgn", "rencana", "rencananya",
                                         "berencana", "cita", "cita2", "citacita", "impian", "mimpi", "semoga", "moga", "mudah2an", "hoyong", "hayang",
                                         "arep", "niat", "someday"]

    /// A clause about others that may still tell of the sender's business: a relative's ("bapak aku buka warung, aku
    /// yg jaga": family work), one the sender opens ("saya jahit pesanan temen2"), or one of customers ("orderan dari
    /// tetangga").
    static func mayTellOfOwnBusiness(_ clause: ReplyText.Clause) -> Bool {
        let opening = clause.words.first { !Lexicon.filler.contains($0.canonical) }
        return opening?.canonical == "saya" || clause.words.contains { $0.canonical == "keluarga" || ordersTaken.contains($0.raw.lowercased()) }
    }

    /// "kerja ikut orang" (true), "gak kerja ikut orang", "bukan ikut orang" (false: working for nobody); nil when the
    /// reply says neither.
    static func worksFor(_ raw: [String], _ all: [String]) -> Bool? {
        let ikut = raw.indices.filter { j in (raw[j] == "ikut" || all[j] == "ikut") && j + 1 < raw.count && (forSomeone.contains(raw[j + 1]) || forSomeone.contains(all[j + 1])) }
        guard !ikut.isEmpty else { return nil }
        return !ikut.allSatisfy { deniedBefore($0, in: raw) }
    }

    /// "udah abis", "kontraknya baru selesai minggu lalu", "proyeknya udah kelar": over, and nothing else said.
    static func saysOnlyItEnded(_ w: [String], _ raw: [String]) -> Bool {
        guard let end = w.firstIndex(of: "habis"), end > 0, ["sudah", "baru"].contains(w[end - 1]) else { return false }
        return w.indices.allSatisfy { j in
            j == end || j == end - 1 || Lexicon.filler.contains(w[j]) || Int(raw[j]) != nil || MonthReading.monthNumber(raw[j]) != nil
                || ["kontrak", "kontraknya", "proyek", "proyeknya", "project", "minggu", "bulan", "bln", "lalu", "kemarin", "kmrn", "kemaren", "tadi", "tgl", "tanggal", "juga", "kok", "sih"].contains(raw[j])
        }
    }

    /// "sampai kemarin", "sampe bulan lalu", "hingga minggu kemaren": until a time that is over.
    static func untilGoneBy(_ raw: [String]) -> Bool {
        raw.indices.contains { j in ["sampai", "sampe", "hingga", "ampe", "smpe"].contains(raw[j]) && namesAGoneTime(raw, at: j + 1) }
    }

    /// "kemarin", "bulan lalu", "minggu kemaren" at `k`: a time that is over (not "lalu" alone).
    static func namesAGoneTime(_ raw: [String], at k: Int) -> Bool {
        let gone: Set<String> = ["kemarin", "kemaren", "kmrn", "kmren", "lalu"]
        guard k < raw.count else { return false }
        return gone.contains(raw[k]) && raw[k] != "lalu" || ReplyText.timeNouns.contains(raw[k]) && k + 1 < raw.count && gone.contains(raw[k + 1])
    }

    /// "kalo aku sendiri jd operator", "kalau saya pribadi masih nyari": "as for me" (after others' news), no condition.
    static func asForMe(_ w: [String], _ raw: [String]) -> Bool {
        raw.indices.dropLast(2).contains { i in Lexicon.conditionals.contains(raw[i]) && w[i + 1] == "saya" && ["sendiri", "pribadi", "mah", "sih"].contains(raw[i + 2]) }
    }

    /// "Rina udah kerja di hotel": the clause opens on a capitalised word the reader does not know, a name. People
    /// speak of themselves by name too, so alone this decides nothing (see `pointsAtSomeoneElse`).
    static func opensOnName(_ clause: ReplyText.Clause) -> Bool {
        guard let first = clause.words.first(where: { !Lexicon.filler.contains($0.canonical) }), first.raw.count >= 3,
              first.raw.first?.isUppercase == true, first.raw.allSatisfy(\.isLetter) else { return false }
        let folded = first.raw.lowercased()
        return (!ReplyText.known(folded) || ReplyText.namesAlsoKin.contains(folded)) && first.canonical == folded && MonthReading.monthNumber(folded) == nil
    }

    /// Words of remembering and missing: what follows them is the past.
    static let memoryWords: Set<String> = ["kangen", "kepikiran", "inget", "ingat", "teringat", "keinget", "rindu", "kenangan", "nostalgia"]

    /// People a clause may open on with "-nya" ("instrukturnya", "bosnya"), besides job titles.
    static let rolesOfOthers: Set<String> = ["instruktur", "guru", "pelatih", "pengajar", "bos", "atasan", "majikan", "pemilik", "owner", "hrd", "pembimbing"]

    /// "…, dia jarang buka grup", "tag aja dia": the clauses that speak of a third person (a name opening another clause
    /// is then theirs).
    static func thirdPersonClauses(_ text: ReplyText) -> Set<Int> {
        Set(text.clauses.indices.filter { text.clauses[$0].words.contains { ["dia", "beliau", "doi"].contains($0.raw.lowercased()) } })
    }

    /// "temen aku si Rina", "si Dewi yg sekelas": the clause opens on a friend or someone named, the sender not among
    /// them ("temen aku si Yoga juga sama kayak aku" counts the sender in).
    /// …after a prayer asked for them or news heard of them ("doain temen saya Lina ya kak", "denger2 Mas Bowo …"), and
    /// with the friend described ("temen sebangku aku dulu").
    static func opensOnSomeoneElse(_ clause: ReplyText.Clause) -> Bool {
        let words = Array(clause.words.drop { Lexicon.filler.contains($0.canonical) || Self.aboutSomeone.contains($0.raw.lowercased()) })
        let friend = { (word: ReplyText.Word) in word.canonical == "teman" || acquaintances.contains(word.raw.lowercased()) }
        // A name only after those words ("Lala diem2 udh kerja" may be the sender speaking of herself), typed in
        // capitals or not.
        let heardOf = words.count < clause.words.count && clause.words.contains { Self.hearsay.contains($0.raw.lowercased()) }
        guard let first = words.first, friend(first) || first.raw.lowercased() == "si" || heardOf && first.raw.count >= 3 && !ReplyText.known(first.raw.lowercased())
        else { return false }
        return !words.indices.dropFirst().contains { j in words[j].canonical == "saya" && !words[max(0, j - 2)..<j].contains(where: friend) }
    }

    /// Words before someone whose news follows: a prayer asked for them, or hearsay.
    private static let aboutSomeone: Set<String> = hearsay.union(["doain", "doakan", "didoain"])
    private static let hearsay: Set<String> = ["denger", "denger2", "dengar", "kabarnya", "katanya", "konon"]

    /// "temen aku si Rina", "yg dari kelas rias": a clause that names someone and says nothing of them yet.
    static func saysNothing(_ clause: ReplyText.Clause) -> Bool {
        !clause.words.contains { statementWords.contains($0.canonical) || ["sudah", "belum", "jadi", "masih", "lagi"].contains($0.canonical)
            || Lexicon.wageTitles.contains($0.canonical) || Lexicon.ownTitles.contains($0.canonical) }
    }

    /// "udah.", "iya kak", "alhamdulillah sudah": a clause that answers yes and says nothing else — not "salam ya" or
    /// "makasih ya", where "ya" only softens.
    static func saysYes(_ clause: ReplyText.Clause) -> Bool {
        let words = clause.words
        guard words.allSatisfy({ ["sudah", "yes", "juga"].contains($0.canonical) || Lexicon.filler.contains($0.canonical) }) else { return false }
        return words.indices.contains { j in
            words[j].canonical == "sudah" || words[j].canonical == "yes" && words[..<j].allSatisfy { Lexicon.address.contains($0.canonical) }
        }
    }

    /// A clause that opens on "like" or "for example" ("kayak jaga toko gitu", "misalnya admin").
    /// …and "tp yg shift pagi aja", "pengen yg deket rumah": a clause that opens on "yg" (after a turn or a wish) says
    /// which work is looked for.
    static func givesAnExample(_ clause: ReplyText.Clause) -> Bool {
        guard let first = clause.words.first?.raw.lowercased() else { return false }
        if ["kaya", "kayak", "kek", "seperti", "semacam", "misal", "misalnya", "contoh", "contohnya", "like"].contains(first) { return true }
        let opening = clause.words.drop { Lexicon.contrast.contains($0.canonical) || Lexicon.filler.contains($0.canonical) || Lexicon.planWords.contains($0.canonical) }
        return ["yg", "yang"].contains(opening.first?.raw.lowercased() ?? "")
    }

    /// "warehouse", "driver", "admin gudang", "apa aja": a clause of a few words that names work and says nothing
    /// about anyone doing it (no verb, no "jadi", no subject).
    static func namesOnlyAJob(_ clause: ReplyText.Clause) -> Bool {
        let words = clause.words.filter { !Lexicon.filler.contains($0.canonical) && !Lexicon.address.contains($0.canonical) }
        return !words.isEmpty && words.count <= 3 && !clause.isQuestion && words.allSatisfy { word in
            !statementWords.contains(word.canonical) && !["saya", "sudah", "masih", "lagi", "jadi", "belum", "tidak", "sekarang"].contains(word.canonical)
        }
    }

    /// A better or extra job looked for beside the work: "nyari yg lebih baik", "nyari tambahan", "sampingan".
    static let moreThanAJob: Set<String> = ["lebih", "tambahan", "sampingan", "better"]
    /// "mikir", "mikirin": thinking of something ("belum mikir kerja").
    static let thinking: Set<String> = ["mikir", "mikirin", "pikir", "mikirkan", "memikirkan"]
    /// What a job still sought should be ("yg sesuai jurusan", "kerja tetap", "yg cocok").
    static let fitting: Set<String> = ["sesuai", "cocok", "tetap", "tetep", "pas"]

    /// "sekarang lagi nyari", "saat ini belum bekerja", "skrg di rumah aja" — not "sampai sekarang" (the work goes on),
    /// a better or extra job looked for beside the work ("skrg nyari yg lebih baik", "nyari tambahan"), nor something
    /// done `alongside`.
    static func speaksOfNow(_ clause: ReplyText.Clause) -> Bool {
        let raw = clause.words.map { $0.raw.lowercased() }
        let now = clause.words.indices.contains { j in
            let word = clause.words[j].canonical
            let saatIni = word == "ini" && j > 0 && ["saat", "waktu"].contains(raw[j - 1])
            // "sejak itu lagi cari kerja", "semenjak saat itu nganggur": since then, and so now.
            let sinceThen = raw[j] == "itu" && j > 0 && (sinceWords.contains(raw[j - 1]) || raw[j - 1] == "saat" && j > 1 && sinceWords.contains(raw[j - 2]))
            return (word == "sekarang" || word == "kini" || saatIni || sinceThen) && !(j > 0 && ["sampai", "sampe", "hingga", "ampe", "smp"].contains(raw[j - 1]))
        }
        return now && !raw.contains(where: moreThanAJob.contains) && !raw.contains(where: alongside.contains)
    }

    /// "skrg lg ikut paket C juga", "sekarang sambil kuliah": a "now" that adds to what was told, not replaces it.
    static let alongside: Set<String> = ["juga", "jg", "jga", "sambil", "sekalian", "nyambi"]

    /// "sejak", "semenjak": with "itu" after them, since then.
    private static let sinceWords: Set<String> = ["sejak", "semenjak", "sjk"]

    /// "cuti melahirkan, tapi masih karyawan", "cuti sakit dari kantor": absent from a job they keep.
    static func onLeave(_ reply: [String]) -> Bool {
        let workplace = reply.contains { ["karyawan", "kantor", "pt", "perusahaan", "pabrik", "kerjaan", "atasan", "bos", "hrd", "majikan"].contains($0) }
        // "setelah cuti melahirkan saya berhenti", "abis cuti melahirkan dikeluarin", "ga diperpanjang krn kebanyakan cuti
        // sakit": the job is over, not paused (but not "belum resign").
        let ended = reply.indices.contains { (j: Int) -> Bool in
            let word = Lexicon.synonyms[reply[j]] ?? reply[j]
            let denied = j > 0 && Lexicon.negators.contains(Lexicon.synonyms[reply[j - 1]] ?? reply[j - 1])
            return (Self.jobEndings.contains(reply[j]) || Self.jobEndings.contains(word)) && !denied
                || ["perpanjang", "diperpanjang"].contains(reply[j]) && denied
        }
        if ended { return false }
        // "cuti melahirkan", "cuti sakit", "cuti kak, abis lahiran": a leave only a job gives (not "cuti kuliah", a
        // leave from college).
        let jobLeave = reply.indices.dropLast().contains { j in
            reply[j] == "cuti" && !Self.studyNouns.contains(reply[j + 1]) && reply.dropFirst(j + 1).prefix(4).contains(where: Self.leaveKinds.contains)
        }
        // "kerja kak, saat ini cuti hamil", "cuti dl dr toko": the job, or the place left for a while, named beside it.
        let fromWork = reply.contains { ["kerja", "bekerja", "kerjanya", "toko", "bengkel", "bengkelnya", "konveksi", "resto", "gudang", "kapal"].contains($0) }
            && !reply.indices.dropLast().contains { j in reply[j] == "cuti" && Self.studyNouns.contains(reply[j + 1]) }
            && !reply.contains { ["nyari", "cari", "mencari", "ngelamar", "melamar"].contains($0) }  // not "cuti dulu dr nyari kerja"
        // "sudah kerja di toko roti, lagi dirawat tipes, nanti kalau sudah sembuh masuk lagi": back to the job once well.
        let returns = reply.firstIndex(of: "sembuh").map { well in
            reply.indices.dropFirst(well + 1).dropLast().contains { ["masuk", "kerja"].contains(reply[$0]) && reply[$0 + 1] == "lagi" }
        } ?? false
        return reply.contains("cuti") && (workplace || jobLeave || fromWork || reply.contains("lagi") && reply.contains("masuk"))
            || returns && (workplace || fromWork)
            || reply.indices.contains { j in  // "sakit, izin dr kantor seminggu", "izin kerja dulu" — not "izin menjawab"
                // (…and "kerja di dealer, tp lagi dirawat jadi izin dulu": a job named, then leave from it for now.)
                ["izin", "ijin"].contains(reply[j]) && (workplace || reply.dropFirst(j + 1).prefix(2).contains { ["kerja", "bekerja", "masuk"].contains($0) }
                    || fromWork && reply.dropFirst(j + 1).first.map { ["dulu", "dl", "dlu"].contains($0) } == true)
            }
    }

    /// A workplace closed or gone ("tutup", "bangkrut", "gulung tikar").
    static let closures: Set<String> = ["tutup", "bangkrut", "gulung", "pailit", "collapse", "kolaps"]

    /// Words that end or pause a study ("kuliah berhenti", "kuliahnya ditunda", "udah lulus kuliah").
    static let studyEndings: Set<String> = ["berhenti", "berenti", "stop", "keluar", "selesai", "lulus", "cuti", "ditunda", "tunda", "putus", "dropout",
                                            "kelar", "tamat", "udahan", "rampung"]
    /// Words before a study's ending that say it has not come ("bentar lagi lulus", "semoga lulus").
    static let notYetOver: Set<String> = ["mau", "akan", "bakal", "semoga", "moga", "nanti", "bentar", "sebentar", "doain", "insyaallah", "hampir", "target", "biar", "supaya"]
    /// Words of a study ("kuliah berhenti", "cuti kuliah"), as typed or canonical.
    static let studyNouns: Set<String> = ["kuliah", "sekolah", "kursus"]

    /// "berhenti", "stop", "udahan": an activity stopped — a search ("berenti nyari") or a business ("jualan udah berenti").
    static let stopWords: Set<String> = ["berhenti", "berenti", "brenti", "stop", "udahan"]
    /// What is sought that is not work sought: a living ("cari duit", "nyari rezeki": by work or in search of it, for
    /// a person to read), no work at all ("nyari jati diri", "jodoh") or a thing ("lagi nyari sinyal", "nyari kosan
    /// deket pabrik", "nyari obat buat ibu").
    static let soughtNotWork: Set<String> = [
        "duit", "uang", "nafkah", "rezeki", "rejeki", "cuan", "penghasilan", "makan", "sesuap", "jati", "jodoh", "hiburan", "angin",
        "sinyal", "signal", "wifi", "parkir", "parkiran", "tiket", "kos", "kosan", "kost", "kontrakan", "alamat", "obat", "dokter", "charger",
        "casan", "kunci", "ribut", "perhatian", "sensasi", "aman", "colokan", "bensin", "pom",
        // "nyari kepiting di bakau", "nyari rongsok": a catch or goods to sell, not a job.
        "ikan", "kepiting", "kerang", "udang", "cumi", "rajungan", "rumput", "pakan", "rongsok", "rongsokan", "botol", "kayu",
    ]
    /// Words that end a job ("dikeluarin", "PHK"; "ga diperpanjang" when denied).
    static let jobEndings: Set<String> = ["dikeluarin", "dikeluarkan", "dipecat", "phk", "diphk", "berhenti", "berenti", "resign"]

    /// Leaves an employer grants ("cuti melahirkan", "cuti sakit", "cuti tahunan").
    /// Sent home ("dirumahkan") from a job still held: for a while ("sementara", "2 minggu"), still on the payroll
    /// ("masih karyawan", "gaji tetep"), or called back ("dipanggil lagi"); not with no return in sight.
    static func onLayoffWithReturn(_ raw: [String]) -> Bool {
        !raw.contains(where: noReturnInSight.contains) && raw.contains { layoffHeld.contains($0) || Int($0) != nil }
    }
    static let noReturnInSight: Set<String> = ["permanen", "kepastian", "jelas", "entah", "selamanya"]
    static let layoffHeld: Set<String> = ["sementara", "smntr", "seminggu", "minggu", "mingguan", "sebulan", "bulan", "hari", "karyawan", "gaji",
                                          "status", "dipanggil", "masuk", "sembuh", "dibayar", "bpjs", "kontrak", "tetap", "tetep", "hrd"]

    static let leaveKinds: Set<String> = ["melahirkan", "lahiran", "hamil", "sakit", "tahunan", "bersama", "lebaran", "nikah", "menikah", "haji", "umroh"]

    /// "bengkel aku", "kedai kopi aku", "lapak servis HP aku": a business the sender calls theirs — not "toko tempat
    /// aku kerja" or "warung yg aku jaga", where the sender works at it.
    static func namesOwnBusiness(_ words: [String]) -> Bool {
        words.indices.contains { j in
            // "nilai praktek saya" is a mark; "temen se-cafe saya" a colleague.
            // …and "suami saya kerja di bengkel, saya ikut kelas": the place someone works at, then the sender.
            guard Lexicon.businessNouns.contains(words[j]), words[j] != "praktek", j == 0 || words[j - 1] != "se",
                  !(j > 1 && words[j - 1] == "di" && words[j - 2] == "kerja") else { return false }
            let phrase = words.dropFirst(j + 1).prefix(3)
            guard let owner = phrase.firstIndex(of: "saya") else { return false }
            return !words[(j + 1)..<owner].contains { ["tempat", "yg", "yang", "di", "ke", "sama", "punya"].contains($0) || statementWords.contains($0) || Lexicon.contrast.contains($0) }
                && (owner + 1 == words.count || !statementWords.contains(words[owner + 1]))
        }
    }

    /// "tidak", "gak", "teu", "sonde": a word that denies what follows.
    static func denies(_ word: String) -> Bool { word == "tidak" || Lexicon.synonyms[word] == "tidak" }

    /// A denial ("gak", "bukan") among the three words before `j`: "gak kerja ikut orang", "bukan usaha sendiri".
    static func deniedBefore(_ j: Int, in raw: [String]) -> Bool {
        // (Not "oh bukan kak, aku ikut orang": the sender, speaking again, starts a statement the denial does not reach.)
        let window = raw[max(0, j - 3)..<j]
        let reached = window.lastIndex(where: mine.contains).map { window[($0 + 1)...] } ?? window
        return reached.contains { denies($0) || $0 == "bukan" }
    }

    static func containsPair(_ words: [String], _ first: String, _ seconds: Set<String>) -> Bool {
        zip(words, words.dropFirst()).contains { $0 == first && seconds.contains($1) }
    }

    /// "temen aku udah kerja", "selamat yg udah pada dapet kerja", "si Rian udah buka bengkel", "kakak saya yang ikut
    /// pelatihan" — but not "kerja di bengkel kawan bapak": the other person must come before what is said.
    static func isAboutOthers(_ clause: ReplyText.Clause, byProxy: Bool = false, namesTheGraduate: Bool = false) -> Bool {
        let w = clause.words.map(\.canonical)
        let raw = clause.words.map { $0.raw.lowercased() }
        let statement = w.indices.first { statementWords.contains(w[$0]) || ["sudah", "belum", "jadi"].contains(w[$0]) || Lexicon.wageTitles.contains(w[$0]) || Lexicon.ownTitles.contains(w[$0]) } ?? w.count
        func before(_ index: Int?) -> Bool { index.map { $0 < statement } ?? false }
        // "ini saya ibu Sumarni dari kelas menjahit, alhamdulillah saya sudah bekerja": the sender is the subject of
        // the statement (not "temen saya", "suami saya": there "saya" only says whose).
        // (English "my husband works": "my" only says whose.)
        if let s = w[..<statement].lastIndex(of: "saya"), statement - s <= 2, raw[s] != "my",
           s == 0 || Lexicon.filler.contains(w[s - 1]) || Self.beforeSubject.contains(w[s - 1]) {
            return false
        }
        // "tp asistennya juga ga ngerti", "sopirnya berenti narik": the clause opens on someone's role, the one it speaks of
        // (not "gw helpernya", the sender's own).
        if let first = clause.words.first(where: { !Lexicon.filler.contains($0.canonical) && !Lexicon.contrast.contains($0.canonical) })?.raw.lowercased(),
           first.hasSuffix("nya"), case let role = String(first.dropLast(3)), Lexicon.wageTitles.contains(role) || Self.rolesOfOthers.contains(role) {
            return true
        }
        // "adik saya yang ikut kelas menjahit angkatan kemarin sudah bekerja": the clause that names the graduate speaks of them.
        if namesTheGraduate && Self.namesTheGraduate(raw) { return false }
        // "gue sama si Fajar sama2 keterima": the sender and a friend.
        if let s = w.prefix(2).firstIndex(of: "saya"), s + 1 < raw.count, ["sama", "sm", "ama", "bareng", "dan"].contains(raw[s + 1]) { return false }
        // (Not "nginep di kosan temen": a friend's place, where the sender is.)
        // (…nor "ikut temen", "bantu temen jualan": the sender acts, the friend is the object.)
        if let t = w.firstIndex(of: "teman"), before(t), case let previous = t > 0 ? raw[t - 1] : "",
           !["kosan", "kos", "kost", "rumah", "kontrakan", "tempat", "di", "ikut", "ngikut", "bantu", "bantuin", "sama", "sm", "ama", "bareng", "dengan"].contains(previous) { return true }
        // "tetangga aku yg …", "pacarku udah kerja": the sender's neighbour or partner, before what is said (not "jahit
        // buat tetangga").
        if let n = raw.firstIndex(where: { Self.acquaintances.contains($0) }), before(n), (n + 1 < raw.count && Self.mine.contains(raw[n + 1])) || raw[n].hasSuffix("ku") {
            return true
        }
        let greetings: Set<String> = ["pagi", "siang", "sore", "malam", "malem", "datang", "tahun", "hari", "idul", "berpuasa", "menunaikan"]
        if let k = raw.firstIndex(of: "selamat"), !(k + 1 < raw.count && greetings.contains(raw[k + 1])) { return true }
        // (…but "angkatan 4 kak", nothing else said, is the sender's own batch.)
        let ownBatch = w.filter { !Lexicon.filler.contains($0) }.count == 2 && w.contains { Int($0) != nil }
        if before(w.firstIndex(of: "angkatan")) && !ownBatch || before(raw.firstIndex(of: "mereka")) || before(raw.firstIndex(of: "they"))
            || before(raw.indices.first { j in ["kamu", "lu", "elu", "lo", "kau", "situ", "ente", "sampeyan"].contains(raw[j]) && !(raw[j] == "situ" && j > 0 && ["di", "ke", "dari", "dr"].contains(raw[j - 1])) }) {
            return true  // "situ" is you, but "di situ" there
        }
        if !byProxy, before(raw.firstIndex(of: "dia")) || before(raw.firstIndex(of: "beliau")) { return true }
        // "anak2 pada kerja pabrik", "suami saya sudah kerja", "adek aku udah kerja": a relative's news. ("anak saya sudah
        // kerja" is a parent answering for the graduate, on the graduate's number: the corpus reads it so.)
        // …but not "dilarang suami", "ikut ortu", "bantu mama": the sender acts, the relative is the object.
        // …and, when nothing is said of them, the relative opens the clause ("kostum karnaval anak2" is what is sewn).
        // …"beta pung ade" (eastern Malay): mine, then "pung", then the sibling.
        let relative = raw.indices.first { j in
            // …"adik 3 masih sekolah": three younger siblings.
            Self.relatives.contains(raw[j]) || Self.siblings.contains(raw[j]) && (j + 1 < raw.count && (Self.mine.contains(raw[j + 1]) || Int(raw[j + 1]) != nil) || raw[j].hasSuffix("ku")
                || j >= 2 && Self.possessive.contains(raw[j - 1]) && w[j - 2] == "saya")
                // "bapak saya kerja di proyek" — but not "ibu saya sakit jadi saya di rumah": the sender speaks after.
                || Self.parents.contains(raw[j]) && (j + 1 < raw.count && Self.mine.contains(raw[j + 1]) || raw[j].hasSuffix("ku"))
                    && !raw.dropFirst(j + 2).contains(where: Self.mine.contains)
        }
        if !byProxy, let r = relative, before(r),
           r == 0 || !Self.actingOnRelatives.contains(raw[r - 1]) && !Self.placesOfRelatives.contains(raw[r - 1]),
           statement < w.count || w.prefix(r).filter({ !Lexicon.filler.contains($0) && !Self.beforeSubject.contains($0) }).count <= 1 {
            return true
        }
        // "yg udah pada kerja", "semangat yg masih nyari", "ada yg udah kerja, ada yg…", "tinggal beberapa yg masih
        // nyari": a clause that opens on people who are not the sender.
        if let y = raw.firstIndex(where: { $0 == "yg" || $0 == "yang" }), before(y), !w.prefix(y).contains("saya"),
           w.prefix(y).indices.allSatisfy({ Lexicon.filler.contains(w[$0]) || Self.someOfThem.contains(w[$0]) || Self.someOfThem.contains(raw[$0]) }),
           w.dropFirst(y + 1).prefix(2).contains(where: { ["sudah", "masih", "belum", "pada", "lagi"].contains($0) })
               // "ada yg jd admin": some of them work as (not "yg keterima kerja", an option pointed at)
               || w.prefix(y).contains(where: Self.someOfThem.contains) && w.dropFirst(y + 1).first.map({ ["jadi", "kerja"].contains($0) }) == true,
           // not "yg terakhir udah keluar", the last job ("yang kemarin udah gak lanjut"), nor "yg penting udh kerja", what matters
           !["terakhir", "pertama", "kedua", "lama", "dulu", "penting", "jelas", "pasti", "utama", "kemarin", "kemaren", "kmrn", "sebelumnya"].contains(raw[min(y + 1, raw.count - 1)]) { return true }
        // "semangat yg besok hari pertama kerja", "selamat yg baru keterima": cheering those about to start.
        if raw.count > 3, ["semangat", "sukses", "selamat", "congrats"].contains(raw[0]), ["yg", "yang"].contains(raw[1]), ["besok", "bsk", "baru"].contains(raw[2]) { return true }
        // "lumayan buat yg jualan kue", "info untuk yang nyari kerja": for those who do — the readers, not the sender
        // (but "buat yg tamatan SD kaya saya" counts the sender in).
        if let y = raw.indices.first(where: { j in ["yg", "yang"].contains(raw[j]) && j > 0 && ["buat", "untuk", "utk", "bagi", "bwt"].contains(raw[j - 1]) }),
           before(y), w.dropFirst(y + 1).prefix(2).contains(where: statementWords.contains), !w.dropFirst(y).contains("saya") { return true }
        if !byProxy && opensOnRelativesBusiness(clause) { return true }
        // …unless a relative who answers for the graduate names them: "ini kakaknya. adek aku si Bagus udh kerja", "sy
        // kakaknya kak, si Dewi udh kerja".
        if let si = raw.firstIndex(of: "si"), si + 1 < raw.count, before(si), !(byProxy && (relative.map { $0 < si } ?? true)) { return true }
        // "Bang Jefri yg dari kelas las udh kerja", "Mas Andi yg …": someone named with a title, then described.
        if !byProxy, let y = raw.firstIndex(where: { $0 == "yg" || $0 == "yang" }), before(y), y >= 2, Self.honorifics.contains(raw[y - 2]),
           let name = clause.words[y - 1].raw.first, name.isUppercase, !ReplyText.known(raw[y - 1]) { return true }
        // "Mas Bayu kelas las jg, skrg di Kalimantan", "Pak Anto udah buka konter", "mas Andi udah mulai kerja": a clause
        // that opens on someone named with a title speaks of them (the sender is "ini Pak Darto", not "Pak Darto").
        // …or heard of, in capitals or not: "denger2 bang Jali".
        let heard = clause.words.count >= 3 && Self.hearsay.contains(clause.words[0].raw.lowercased())
        if !byProxy, let n = heard ? 2 : clause.words.firstIndex(where: { !Lexicon.filler.contains($0.canonical) }), n >= 1, n + 1 < clause.words.count || heard,
           case let (title, name) = (clause.words[n - 1].raw, clause.words[n].raw), Self.honorifics.contains(title.lowercased()),
           (title.first?.isUppercase == true || title.lowercased() != "kak") && name.first?.isUppercase == true || heard,  // ("kak Rina" may be the admin)
           !ReplyText.known(name.lowercased()) { return true }
        // "wah pada udah kerja ya": "pada" before what is said is "they all" (but "kita pada nganggur" counts the sender in).
        if let p = raw.firstIndex(of: "pada"), before(p), p + 1 < w.count, ["sudah", "masih", "belum", "lagi"].contains(w[p + 1]),
           !w[..<p].contains("saya"), !raw[..<p].contains(where: { ["kita", "kami"].contains($0) }) { return true }
        // (…but "kami bertiga yg dari Periuk belum pada kerja" counts the sender in.)
        if (raw.contains("yg") || raw.contains("yang")) && raw.contains("pada") && !raw.contains(where: { ["kami", "kita"].contains($0) }) { return true }
        // "kakak saya yang ikut pelatihan", "istri saya yg ikut": the graduate is someone else (and, unless the sender
        // answers for them, their news is not the sender's).
        if !namesTheGraduate, let i = w.firstIndex(of: "keluarga"), i + 2 < w.count, w[i + 1] == "saya", ["yg", "yang"].contains(raw[i + 2]) { return true }
        return false
    }

    /// "anak saya kerja di kantor / kak maaf ini Ilyas, ibu salah tangkep. aku …": the graduate takes the phone from
    /// the relative who typed first and speaks for themself; the clauses before give way. The index of the clause
    /// that introduces the graduate, or 0.
    static func graduateTakesOver(_ text: ReplyText) -> Int {
        let introduction = text.clauses.indices.dropFirst().last { k in
            let words = text.clauses[k].words
            guard let j = words.firstIndex(where: { $0.raw.lowercased() == "ini" }), j + 1 < words.count,
                  words[..<j].allSatisfy({ Lexicon.filler.contains($0.canonical) }) else { return false }
            let name = words[j + 1].raw
            return name.first?.isUppercase == true && !kin.contains(name.lowercased()) && !Lexicon.filler.contains(words[j + 1].canonical)
        }
        // …and a relative is spoken of ("anak saya", "omnya", "ibu salah paham"): not "pagi kak, ini Rina dari kelas las".
        func kinWord(_ word: ReplyText.Word) -> Bool {
            let raw = word.raw.lowercased()
            return kin.contains(raw) || raw.hasSuffix("nya") && kin.contains(String(raw.dropLast(3)))
        }
        guard let k = introduction, text.clauses.contains(where: { $0.words.contains(where: kinWord) }) else { return 0 }
        return k
    }

    /// "aku masih nyari", "tapi saya blm": a statement whose subject is the sender.
    static func opensOnSender(_ clause: ReplyText.Clause) -> Bool {
        guard !clause.isQuestion else { return false }
        let words = clause.words.drop { Lexicon.filler.contains($0.canonical) || Lexicon.contrast.contains($0.canonical) || beforeSubject.contains($0.canonical) }
        return words.first?.canonical == "saya" && words.count >= 2
    }

    /// "adek udah kerja duluan", "Abang sm adek udh pada kerja": the clause opens on a relative, possessive or not, and
    /// says something of them.
    static func opensOnKin(_ clause: ReplyText.Clause) -> Bool {
        let words = clause.words.drop { Lexicon.filler.contains($0.canonical) && !kinOpeners.contains($0.raw.lowercased()) }
        guard let first = words.first?.raw.lowercased(), kinOpeners.contains(first) else { return false }
        return !saysNothing(clause)
    }
    /// Relatives that open a statement of their own ("adek", "abang", "ortu"); not the address words "kak", "mas", "bu".
    static let kinOpeners = siblings.union(relatives).union(["orangtua", "sepupu2", "ipar"])

    /// "suami saya …", "adek aku …", "kakakku …": the clause opens on the sender's own relative.
    static func opensOnRelative(_ clause: ReplyText.Clause) -> Bool {
        let raw = clause.words.drop { Lexicon.filler.contains($0.canonical) }.map { $0.raw.lowercased() }
        guard let first = raw.first else { return false }
        return (relatives.contains(first) || siblings.contains(first)) && (first.hasSuffix("ku") || raw.dropFirst().first.map(mine.contains) == true)
    }

    /// Days a start is set for: "masuk senin", "mulai tgl 5", "masuk awal bulan".
    /// The last steps of a journey to a post abroad ("nunggu visa", "tinggal nunggu jadwal terbang", "menunggu
    /// keberangkatan"): they come once a contract is signed, so only the start is still to come.
    static let journeySteps: Set<String> = ["keberangkatan", "visa", "coe", "flight", "terbang", "tiket"]
    /// A journey that is not to work ("nunggu keberangkatan umroh", "nunggu visa ikut suami"), or a wait beside work
    /// that goes on ("kerja di cafe sambil nunggu visa").
    static let journeysOfOthers: Set<String> = ["haji", "umroh", "umrah", "suami", "istri", "liburan", "sambil", "nyambi"]
    /// Whether `words` name a last step to a post abroad, in a reply (`allRaw`) that is not about another journey.
    static func awaitsJourneyToWork(_ words: some Sequence<String>, in allRaw: [String]) -> Bool {
        words.contains(where: journeySteps.contains) && !allRaw.contains(where: journeysOfOthers.contains)
    }

    /// Steps taken towards a business: equipment bought or ordered ("alat udah beli sebagian", "lagi nyicil mesin"),
    /// the place built or done up ("kios lagi dibangun", "lagi ngecat"), promotion printed, only a last thing left
    /// ("tinggal kompresor"), or not running yet ("belum jalan"). Beside a plan to open one, that is preparing it (BPS),
    /// not a plan alone.
    static func readiesABusiness(_ raw: [String]) -> Bool {
        let words = raw.map { Lexicon.synonyms[$0] ?? $0 }
        return raw.indices.contains { j in
            let next = j + 1 < raw.count ? words[j + 1] : ""
            return businessSteps.contains(raw[j])
                || purchases.contains(raw[j]) && raw.contains(where: equipment.contains)
                || raw[j] == "tinggal" && !next.isEmpty && !["di", "dirumah", "sama", "bareng", "dengan", "dgn", "ama", "serumah", "ngekos", "ngontrak"].contains(next)
                || words[j] == "belum" && ["jalan", "buka", "launching", "launch", "produksi", "beroperasi", "operasi"].contains(next)
        }
    }
    /// Words of being taken on ("nerima", "terima", "diterima" and their spellings).
    private static let taking: Set<String> = ["nerima", "terima", "diterima"]
    private static let businessSteps: Set<String> = ["nyicil", "dp", "dipesen", "dipesan", "dibangun", "direnov", "renovasi", "ngecat", "brosur", "kemasan", "plang", "kandang", "gerobak"]
    private static let purchases: Set<String> = ["beli", "dibeli", "pesen", "pesan", "kredit", "ngumpulin"]
    private static let equipment: Set<String> = ["mesin", "alat", "alat2", "peralatan", "oven", "kompor", "etalase", "freezer", "kulkas", "rak", "bahan", "kompresor", "gerinda"]

    /// "daftar jd satpam", "daftar polisi", "daftar PMI": signing up for a post, not for a course. Not one to come
    /// ("biar bisa daftar jd driver", "buat syarat daftar BUMN"), not the one who did ("saya Rudi yg daftar jadi satpam"),
    /// nor a platform's partner ("daftar jadi driver ojol": own account, being prepared).
    static func appliesForAPost(_ w: [String], after i: Int) -> Bool {
        let posts: Set<String> = ["polisi", "tni", "polri", "pmi", "tki", "tkw", "cpns", "pppk", "asn", "bumn", "casn", "abk", "satpol"]
        func at(_ j: Int) -> String { j >= 0 && j < w.count ? w[j] : "" }
        guard !w[max(0, i - 3)..<i].contains(where: { ["buat", "untuk", "biar", "supaya", "agar", "syarat", "yang"].contains($0) }) else { return false }
        return posts.contains(at(i + 1))
            || ["jadi", "sebagai"].contains(at(i + 1)) && (Lexicon.wageTitles.contains(at(i + 2)) && !Lexicon.ownTitles.contains(at(i + 3)) || posts.contains(at(i + 2)))
    }

    /// What an applicant waits the results of ("nunggu pengumuman CPNS", "hasil tes"): not a scholarship or a school.
    static let selections: Set<String> = ["cpns", "pppk", "seleksi", "tes", "test", "interview", "wawancara", "psikotes", "lamaran", "rekrutmen", "penerimaan", "bumn", "casn"]

    /// "weekend ini", "wiken depan": a weekend to come.
    static let weekends: Set<String> = ["weekend", "wiken", "wikend", "weekends"]

    static let dayWords: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "senen", "tanggal", "tgl", "awal"]

    /// Permits for work abroad: once issued ("visa udah keluar"), the job is promised.
    static let workPermits: Set<String> = ["visa", "coe", "e9", "e-9", "eps"]
    /// Papers that "keluar" (are issued): "visa udah keluar", "hasilnya belum keluar".
    static let papers = workPermits.union(["paspor", "hasil", "hasilnya", "pengumuman", "pengumumannya", "sk", "surat", "jadwal", "jadwalnya"])
    /// What a contract does when it goes on: "diperpanjang", "dilanjut".
    static let renewals: Set<String> = ["diperpanjang", "perpanjang", "diperpanjangin", "dilanjut", "lanjut", "dilanjutin", "dilanjutkan", "diteruskan", "diterusin"]

    /// "ini ibunya", "saya istrinya", "bpk nya.", "maaf ini no kakaknya": the writer introduces themself as the
    /// graduate's relative (or neighbour) answering for them on the graduate's number.
    static func introducesAProxy(_ clause: ReplyText.Clause) -> Bool {
        let raw = clause.words.map { $0.raw.lowercased() }
        for (i, word) in raw.enumerated() {
            let kin = word.hasSuffix("nya") && Self.kin.contains(String(word.dropLast(3))) || Self.kin.contains(word) && i + 1 < raw.count && raw[i + 1] == "nya"
            // …and "Saya Ayah dari Rendy", "ini ibu dari Melati": the relative of someone named.
            let ofNamed = Self.kin.contains(word) && i + 2 < raw.count && ["dari", "dr"].contains(raw[i + 1])
                && clause.words[i + 2].raw.first?.isUppercase == true
            guard kin || ofNamed else { continue }
            if raw.count <= 5 && kin || i > 0 && ["ini", "saya", "aku", "sy", "selaku", "no", "nomor", "nomer"].contains(raw[i - 1]) { return true }
        }
        return false
    }

    /// "ini nomor adik saya", "adek saya yg ikut pelatihan barista", "anak saya Rizky peserta kelas Listrik": a relative
    /// named as the phone's owner or as the one who trained, so the sender answers for them — unless the sender trained
    /// too ("…juga", "bareng", "sekelas") and speaks of another alumnus.
    static func namesTheGraduate(_ raw: [String]) -> Bool {
        if raw.contains(where: { ["juga", "jg", "jga", "bareng", "sekelas", "seangkatan", "yo", "oge"].contains($0) }) { return false }
        return raw.indices.contains { i in
            guard kin.contains(raw[i]), i + 1 < raw.count, mine.contains(raw[i + 1]) else { return false }
            let owner = i > 0 && ["nomor", "nomer", "no", "hp", "akun", "wa"].contains(raw[i - 1])
            let rest = raw.dropFirst(i + 2).prefix(4)
            let whoTrained = rest.prefix(2).contains { $0 == "yg" || $0 == "yang" } && rest.contains { ["ikut", "pelatihan", "kelas", "kursus", "blk"].contains($0) }
            return owner || whoTrained || rest.contains { ["peserta", "alumni", "lulusan"].contains($0) }
        }
    }

    /// The sender's own: "adik saya", "kakak aku".
    static let mine: Set<String> = ["saya", "sy", "aku", "ak", "aq", "gue", "gua", "gw", "ane", "aye", "kula", "kulo", "abdi", "ku", "beta", "ambo",
                                    "ulun", "inyong"]
    /// Brothers and sisters, whose news the sender may pass on.
    static let siblings: Set<String> = ["adik", "adek", "ade", "kakak", "kaka", "abang", "teteh", "adikku", "adekku", "kakakku", "abangku"]
    /// Parents, which are also how one addresses the admin ("Bapak/Ibu"): theirs only when "saya" or "-ku" says so.
    static let parents: Set<String> = ["bapak", "bpk", "ibu", "ibuk", "abah", "bapakku", "ibuku"]

    /// Who may answer for a graduate, as "…nya" (their mother, their wife, their neighbour).
    static let kin: Set<String> = ["ibu", "ibuk", "bapak", "bpk", "pak", "ayah", "uma", "umanya", "abah", "abahnya", "mama", "mamah", "mamak", "emak", "papa", "papah", "istri", "suami",
                                   "kakak", "kaka", "abang", "adik", "adek", "ade", "nenek", "kakek", "tante", "om", "paman", "bibi", "keponakan",
                                   "ponakan", "sepupu", "mertua", "anak", "cucu", "teteh", "tetangga", "ortu", "orangtua"]

    /// "kakak saya lulusan BLK juga", "Teman saya Fitri juga alumni BLK", "mas pacar aku jg alumni blk": another alumnus
    /// introduced (not the sender: "saya juga alumni").
    static func introducesAnotherAlumnus(_ clause: ReplyText.Clause) -> Bool {
        let raw = clause.words.map { $0.raw.lowercased() }
        // …not "lanjut pelatihan di BLK juga": the sender says what they do.
        guard let first = clause.words.first(where: { !Lexicon.filler.contains($0.canonical) }),
              !["saya", "ini", "lanjut", "ikut", "pelatihan"].contains(first.canonical), !statementWords.contains(first.canonical) else { return false }
        return raw.contains { ["blk", "alumni", "lulusan"].contains($0) } && raw.contains { ["juga", "jg", "jga", "yo", "oge", "jugak"].contains($0) }
    }

    private mutating func add(_ clue: Clue, _ clause: Int) {
        clues.insert(clue)
        lastClause[clue] = clause
        cluesByClause[clause, default: []].insert(clue)
    }

    /// The reply's training is paid onboarding at an employer ("masih training tapi udah digaji", "OJT, dapet uang
    /// saku"), not a course ("training di LPK", "training kursus").
    private var onboarding: Bool {
        let paid = salaried || allRaw.contains { ["saku", "komisi", "gajinya", "duit"].contains($0) }
        return paid && !allRaw.contains { ["lpk", "lkp", "kursus", "calon", "kemnaker", "asrama", "blk", "sertifikasi"].contains($0) }
    }

    /// Whether the internship the reply speaks of is paid: "magang tapi digaji", "magang berbayar" / "gk digaji", "tanpa gaji".
    private var internshipPaid: Bool? {
        let r = allRaw
        if r.contains("tanpa") || r.contains("syarat") || r.contains("sekolah") || r.contains("kampus") || r.contains("smk") || r.contains("gratis") { return false }
        for (i, word) in r.enumerated() where Lexicon.synonyms[word] == "gaji" || word == "gaji" || word.hasPrefix("gaji") || word.hasPrefix("digaji") {
            let near = r[max(0, i - 3)..<i]
            if near.contains(where: Self.denies) { return false }
            if r[i...].prefix(3).contains(where: Self.denies) && word.hasSuffix("nya") { return false }
            return true
        }
        // "hari kedua langsung OJT", "on the job training di pabrik sepatu": a new hire's training at the employer.
        // (Not "OJT … bagian dari kursus".)
        if r.contains("ojt") || Self.containsPair(r, "job", ["training"]), !r.contains(where: { ["kursus", "lpk", "lkp", "blk", "kuliah", "pelatihan"].contains($0) }) { return true }
        return nil
    }

    // MARK: One clause

    private mutating func read(_ clause: ReplyText.Clause, index c: Int) {
        let w = clause.words.map(\.canonical)
        let raw = clause.words.map { $0.raw.lowercased() }
        let typedWords = clause.words.map(\.raw)
        func at(_ i: Int) -> String { i >= 0 && i < w.count ? w[i] : "" }
        func rawAt(_ i: Int) -> String { i >= 0 && i < raw.count ? raw[i] : "" }
        var consumed = Set<Int>()
        var spoke = false
        defer {
            if spoke { statementsAboutSender += 1 }
            previousRaw = raw
        }

        /// The statement at `i` is negated by a negator before it (no other statement, "sudah", "masih" or "lagi"
        /// between, except across "atau") or, typed after it at the clause's end ("kerja belum kak").
        func negated(_ i: Int) -> Bool {
            var j = i - 1
            while j >= 0 {
                if Lexicon.negators.contains(w[j]) { return true }
                if Self.statementWords.contains(w[j]), !((j + 1)..<i).contains(where: { ["atau", "maupun", "apalagi"].contains(raw[$0]) }) { break }
                // "tidak lagi bekerja" is no longer working; "belum, lagi nyari" starts anew.
                if ["sudah", "tapi", "masih", "lagi"].contains(w[j]) && !(w[j] == "lagi" && j > 0 && Lexicon.negators.contains(w[j - 1])) { break }
                j -= 1
            }
            var k = i + 1
            while k < w.count, !Lexicon.negators.contains(w[k]) {
                if !(Lexicon.filler.contains(w[k]) || ["juga", "sih", "lah", "yes"].contains(w[k])) { return false }
                k += 1
            }
            return k < w.count && w[(k + 1)...].allSatisfy { Lexicon.filler.contains($0) || $0 == "juga" || $0 == "dulu" }  // "kerja belum dulu"
        }
        /// A negator right before (fillers between): "belum pulih pasca operasi" does not negate "operasi".
        func negatedNear(_ i: Int) -> Bool { (max(0, i - 2)..<i).contains { Lexicon.negators.contains(w[$0]) } }
        func before(_ i: Int, _ words: Set<String>, reach: Int = 3) -> Bool {
            (max(0, i - reach)..<max(0, i)).contains { words.contains(w[$0]) }
        }
        func after(_ i: Int, _ words: Set<String>, reach: Int = 4) -> Bool {
            ((i + 1)..<min(w.count, i + 1 + reach)).contains { words.contains(w[$0]) }
        }
        let conditional = raw.contains(where: Lexicon.conditionals.contains)
        // "jangan dikira aku diem aja": what others might think is denied, not said.
        if raw.contains(where: { ["dikira", "disangka", "dikirain", "dianggap", "dianggep"].contains($0) }) { return }
        // "kerja kontrak di gudang, udah abis", "ikut proyek sebulan, baru kelar": a clause that says only that it is over
        // ends the job told just before it (not "jualan kue, udah abis", sold out, nor "sempet kursus di LPK, udh selesai").
        if cluesByClause[c - 1]?.contains(.employee) == true, Self.saysOnlyItEnded(w, raw) {
            spoke = true
            add(.workEnded, c)
            return
        }
        // "kemarin ditawarin jadi reseller, ga jadi", "ditawari kerja di Bekasi": an offer, not yet the sender's work.
        // (But "ditawarin kerja di catering, ya udah aku ambil" took it.)
        if raw.contains(where: Self.offers.contains), !allRaw.indices.contains(where: { j in
            ["ambil", "diambil", "terima", "nerima", "iyain", "jalanin"].contains(allRaw[j]) && !allRaw[max(0, j - 2)..<j].contains(where: Self.denies)
        }) { return }
        // A condition ("kalo keterima…", "kalo udah kerja aku kabarin"): nothing in it is the sender's status now.
        // "Kalau bekerja belum, Pak": "as for work — not yet"; a negator after the statement answers, it sets no condition.
        let topic = conditional && w.indices.contains { i in (Self.statementWords.contains(w[i]) || Lexicon.wageTitles.contains(w[i])) && w[(i + 1)...].contains { Lexicon.negators.contains($0) } }
        let asForMe = Self.asForMe(w, raw)
        if conditional && !topic && !asForMe && !raw.contains(where: { ["sekarang", "skrg"].contains($0) }) {
            if w.contains(where: { Self.statementWords.contains($0) }) { add(.plan, c); spoke = true }
            return
        }
        // "kmrn ada kerja harian / sekarang udah nggak", "kmrn kerja skrg ngga": the work told is denied now.
        if !clues.isDisjoint(with: [.employee, .selfEmployed]),
           let now = w.lastIndex(of: "sekarang"), w[(now + 1)...].filter({ !Lexicon.filler.contains($0) && $0 != "sudah" }).count == 1,
           let last = w[(now + 1)...].last(where: { !Lexicon.filler.contains($0) }), Lexicon.negators.contains(last) {
            add(.workEnded, c)
            spoke = true
            return
        }
        // (…and "aku milih kerja dulu": chose to work, not yet working.)
        let planned = { (i: Int) in
            (before(i, Lexicon.planWords, reach: 4) && !before(i, ["sudah", "lagi"], reach: 2)) || conditional && !asForMe || ["milih", "memilih"].contains(rawAt(i - 1))
        }
        /// "gak mau kerja", "belum kepikiran kerja", "gak pengen kerja dulu": not wanting to work.
        let refused = { (i: Int) in
            (max(0, i - 3)..<i).contains { j in Lexicon.planWords.contains(w[j]) || ["kepikiran", "minat", "niat"].contains(raw[j]) }
                && (max(0, i - 4)..<i).contains { Lexicon.negators.contains(w[$0]) }
        }
        // "bulan lalu masih jualan", "waktu itu masih nyari": what was still so at a time gone by, nothing said of now
        // (not "sejak bulan lalu", since then).
        let stillThen = { (i: Int) -> Bool in
            (0..<i).contains { w[$0] == "masih" } && !raw.contains { ["sekarang", "skrg", "skg", "skrng", "now"].contains($0) }
                && (0..<i).contains { j in
                    (Self.namesAGoneTime(raw, at: j) || raw[j] == "waktu" && rawAt(j + 1) == "itu" || ["kemarin2", "kmrn2", "kemaren2"].contains(raw[j]))
                        && !["sejak", "dari", "dr", "mulai"].contains(rawAt(j - 1))
                }
        }
        let past = { (i: Int) in before(i, Lexicon.pastWords, reach: 4) || stillThen(i) }
        // "kuliah berhenti semester 2", "berhenti kuliah", "kuliahnya jg udh lulus", "kuliah ambil cuti": the study is over
        // or paused (not "bentar lagi lulus", "semoga lulus", "belum lulus").
        let studyEnded = { (i: Int) -> Bool in
            let near = Array(raw.indices.dropFirst(i + 1).prefix(4)) + Array(raw.indices.prefix(i).suffix(2))
            return near.contains { j in
                Self.studyEndings.contains(raw[j]) && !raw[max(0, j - 2)..<j].contains { Self.notYetOver.contains($0) || Lexicon.negators.contains(Lexicon.synonyms[$0] ?? $0) }
            }
        }
        // "terakhir kerja di CV Rajawali sampe september": the last work, and when it stopped.
        // …and "sampe bulan lalu masih kerja di toko": until a time gone by.
        let untilGoneBy = Self.untilGoneBy(raw)
        // …and "kerja proyek terakhir bulan kemarin", "kerja harian terakhir agustus": the last work, then when it was.
        let lastWhen = { (j: Int) in
            raw[j] == "terakhir" && (MonthReading.monthNumber(rawAt(j + 1)) != nil || Self.namesAGoneTime(raw, at: j + 1))
        }
        let endedOn = { (i: Int) in
            untilGoneBy || rawAt(i - 1) == "terakhir" || raw.indices.dropFirst(i + 1).prefix(3).contains(where: lastWhen)
                || raw.indices.dropFirst(i + 1).contains { ["sampai", "sampe", "hingga"].contains(raw[$0]) && MonthReading.monthNumber(rawAt($0 + 1)) != nil }
        }
        // "kontrak selesai kemarin. 8 bulan kerja disana", "kerja sebentar di hotel 2 bulan": how long a job lasted,
        // told after its ending or as a short spell — not "udah 8 bulan kerja" or "baru 2 bulan", which go on.
        // (Asked only of a clause that says "kerja".)
        let recap = { [clues] in
            (clues.contains(.workEnded) || raw.contains { ["sebentar", "bentar"].contains($0) })
                && !w.contains { ["sudah", "masih", "baru", "sejak", "sekarang", "lagi"].contains($0) }
                && raw.indices.contains { j in Int(raw[j]) != nil && ["bulan", "bln", "tahun", "thn", "minggu", "mgg"].contains(rawAt(j + 1)) }
        }
        let pastTime = w.contains { ["kemarin", "kmrn", "kemaren", "lalu", "wingi", "sejak", "tadi"].contains($0) } || raw.contains("kemarin")
        let datedWithMonth = raw.contains { MonthReading.monthNumber($0) != nil && $0.count > 3 } || raw.contains { $0.count == 4 && $0.hasPrefix("20") && $0.allSatisfy(\.isNumber) }
        let timeNouns: Set<String> = ["minggu", "bulan", "tahun", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "senen", "pekan", "hari", "week", "month"]
        let afterHoliday: Set<String> = ["habis", "abis", "setelah", "sesudah"]
        let soonWords: Set<String> = ["besok", "lusa", "next", "tomorrow", "upcoming", "sesuk", "isukan", "mbenjang", "pageto"]
        var futureWord = false
        for j in raw.indices {
            let nextWeek = w[j] == "depan" && (soonWords.contains(raw[j]) || timeNouns.contains(rawAt(j - 1)) || Self.weekends.contains(rawAt(j - 1)))
            let holiday = ["lebaran", "puasa", "imlek", "natal", "tahun", "cap", "idul", "nataru", "tahunbaru"].contains(raw[j]) && afterHoliday.contains(rawAt(j - 1)) && !pastTime
            // "2 minggu lagi", "2 mgg lg", "seminggu lagi": a time counted ahead.
            let countedAhead = w[j] == "lagi" && (timeNouns.contains(rawAt(j - 1)) || ReplyText.timeNouns.contains(rawAt(j - 1))) && Int(rawAt(j - 2)) != nil
                || w[j] == "lagi" && rawAt(j - 1) == "seminggu"
            // "akhir bulan ini", "weekend ini": the end of this month or week, still to come (not "akhir bulan lalu").
            let endOfThis = raw[j] == "akhir" && ["bulan", "bln", "minggu", "mgg", "pekan", "tahun", "thn"].contains(rawAt(j + 1))
                && !["lalu", "kemarin", "kemaren", "kmrn", "kmarin", "kemrin"].contains(rawAt(j + 2)) && !["tiap", "setiap", "saban", "per"].contains(rawAt(j - 1))
                || Self.weekends.contains(raw[j]) && rawAt(j + 1) == "ini"
            if nextWeek || holiday || countedAhead || endOfThis || ["nanti", "otw", "launching"].contains(raw[j]) { futureWord = true }
        }
        // "tiap sabtu buka lapak": a day that comes back is a habit, not a start to come.
        // …and "tiap Selasa & Sabtu": the days listed after it.
        let weekday = raw.indices.contains { j in
            Self.dayWords.contains(raw[j]) && !["tiap", "setiap", "saban", "tiep", "per", "dari", "dr", "sejak"].contains(rawAt(j - 1))
                && !raw[max(0, j - 3)..<j].contains { ["tiap", "setiap", "saban", "tiep"].contains($0) }
        }
        let laterMonth = datedWithMonth && namesALaterMonth(raw)
        if futureWord || laterMonth || weekday && !pastTime && !datedWithMonth { mentionsFuture = true }
        let future = { (i: Int) in
            futureWord || after(i, ["nunggu"], reach: 6) || rawAt(i - 1) == "tinggal" || (weekday && !pastTime && !datedWithMonth) || laterMonth
        }
        /// "buat jualan kopi", "untuk buka usaha", "izin usaha": what something is for, not what is done now.
        let purpose = { (i: Int) in
            ["buat", "untuk", "biar", "kanggo", "for"].contains(rawAt(i - 1)) || (["buat", "untuk"].contains(rawAt(i - 2)) && w[max(0, i - 1)] == "buka")
                || ["izin", "modal", "tempat"].contains(at(i - 1))
        }
        /// "…kerja kontrak, tp udah habis": a clause that turns and says it ended.
        let turningEnd = clause.turns && w.count <= 5
        let hasBusiness = w.contains { Lexicon.businessNouns.contains($0) || $0 == "jualan" || $0 == "usaha" } || raw.contains { Lexicon.businessNouns.contains($0) }

        for i in w.indices where !consumed.contains(i) {
            let word = w[i]
            switch word {
            case "kerja":
                let everyDay = ["tiap", "setiap", "sehari"].contains(rawAt(i - 2)) && rawAt(i - 1) == "hari"
                    // "udh 3 hari kerja di kantor vendor": days worked so far, not a working day.
                    || rawAt(i - 1) == "hari" && Int(rawAt(i - 2)) != nil && before(i - 2, ["sudah", "baru"], reach: 2)
                // "masih cari ki kerja", "cari-cari ji kerja": an eastern particle may stand between.
                let lead = Self.easternParticles.contains(rawAt(i - 1)) ? i - 2 : i - 1
                // ("tempat kerjaku", "tempat kerja saya": the sender's own workplace, read below.)
                let ownWorkplace = at(i - 1) == "tempat" && (raw[i] == "kerjaku" || Self.mine.contains(rawAt(i + 1)))
                if !everyDay && !ownWorkplace && (Self.kerjaCompoundBefore.contains(at(lead)) || Self.kerjaCompoundAfter.contains(at(i + 1)) || Self.kerjaCompoundBefore.contains(rawAt(lead))) { continue }
                // English "work" is everywhere ("work on the survey"): it speaks of a job only with a person before it or a workplace after it.
                if ["work", "works", "working", "worked"].contains(raw[i]) {
                    let person = ["i", "im", "am", "we", "currently", "now", "still", "already", "also", "been", "started", "not", "dont", "arent", "isnt", "m"].contains(rawAt(i - 1))
                    let place = ["at", "as", "for", "in", "full", "part", "fulltime", "parttime", "from", "di"].contains(rawAt(i + 1))
                    if !person && !place || rawAt(i + 1) == "on" { continue }
                }
                // "cari kerja, kerja apa aja mau": the kind of work looked for.
                if clues.contains(.looking), at(i + 1) == "apa" && ["aja", "saja", "pun", "apa"].contains(rawAt(i + 2)) || rawAt(i + 1) == "apapun" { continue }
                if ["diterima", "dapat", "masuk", "mulai", "nunggu"].contains(at(i - 1)) || (["diterima", "dapat"].contains(at(i - 2)) && at(i - 1) == "saya") { continue }  // read with the verb
                // "kemarin ditawarin kerja tp jauh": work offered, not had (unless taken: "nawarin kerja, ya udah aku ambil").
                if ["ditawarin", "ditawari", "ditawarkan", "ditawarkin", "nawarin", "tawaran", "tawarin"].contains(rawAt(i - 1)),
                   !allRaw.indices.contains(where: { j in
                       ["ambil", "diambil", "terima", "nerima"].contains(allRaw[j]) && !allRaw[max(0, j - 2)..<j].contains(where: Self.denies)
                   }) { continue }
                // "resto tempat aku kerja", "di tempat kerja", "HRD tempat kerjaku": the sender's workplace, named in
                // passing — work, unless it was ("tempat kerja yg lama"), is someone else's ("tempat kerjanya") or is
                // looked for ("nyari tempat kerja", the form's "kolom tempat kerja").
                if at(i - 1) == "tempat" || at(i - 1) == "saya" && at(i - 2) == "tempat" {
                    let was = past(i) || raw.dropFirst(i + 1).prefix(3).contains { ["dulu", "lama", "sebelumnya", "pertama", "lamaku"].contains($0) }
                    let sought = negated(i) || before(i, ["cari", "lamar", "dapat", "butuh", "calon"], reach: 4) || raw.contains { $0 == "kolom" || $0 == "isian" }
                    // "setelah pabrik tempat saya bekerja tutup": the workplace is gone, and the work with it.
                    let closed = raw.dropFirst(i + 1).prefix(3).contains(where: Self.closures.contains)
                    if closed && !sought { spoke = true; add(.workEnded, c) }
                    else if !was && !sought && !raw[i].hasSuffix("nya") { spoke = true; add(.employee, c) }
                    continue
                }
                if at(i - 1) == "keluarga" || at(i - 1) == "panggilan" || at(i - 2) == "keluarga" && ["yg", "yang"].contains(rawAt(i - 1)) { continue }  // "ortu kerja", "istri yg kerja": someone else works
                // "nitip lamaran ke temen2 yg udah kerja": the friends work.
                let who = ["yg", "yang"].contains(rawAt(i - 1)) ? i - 2 : ["yg", "yang"].contains(rawAt(i - 2)) && ["sudah", "masih"].contains(at(i - 1)) ? i - 3 : -1
                if who >= 0, Self.others.contains(rawAt(who)) || at(who) == "keluarga" { continue }
                // "kerja blm dapet", "kerja belum tentu": the job is what is lacking, or nothing is sure.
                if Lexicon.negators.contains(at(i + 1)) && ["dapat", "ada", "tentu", "pasti", "jelas"].contains(at(i + 2)) || Lexicon.negators.contains(at(i + 2)) && at(i + 3) == "dapat" {
                    spoke = true
                    add(.notWorking, c)
                    continue
                }
                spoke = true
                // "besok hari pertama kerja": the first day is still to come.
                // …and "lagi nunggu hari pertama kerja": awaited.
                if at(i - 1) == "pertama" && (future(i) || before(i, ["nunggu"], reach: 4)) { add(.accepted, c); add(.startsLater, c); continue }
                // "bentar lagi kerja", "insyaallah sebentar lg kerja": soon, not yet.
                if at(i - 1) == "lagi" && ["bentar", "sebentar", "bntr", "bntar"].contains(rawAt(i - 2)) || at(i + 1) == "nanti" { add(.plan, c); continue }
                if refused(i) {
                    add(.outsideLabourForce, c)
                } else if negated(i) || rawAt(i - 1) == "bukan" {  // "itu bukan kerja": what was taken for work was none
                    // "gak kerja di bengkel", "kagak kerja ama orang": one kind of work denied, another may be named.
                    let there = ["di", "sama", "ama", "ikut", "dengan"].contains(rawAt(i + 1)) || at(i + 1) == "di" || ["bidang", "kantoran", "kantor", "tetap", "formal"].contains(rawAt(i + 1))
                    add(there ? .notWorkingThere : .notWorking, c)
                } else if planned(i) || at(i - 1) == "nyiapin" {  // "kelas persiapan kerja ke korea": what the class is for
                    add(.plan, c)
                } else if past(i) || before(i, ["resign", "habis", "irt"], reach: 3) || after(i, ["resign"], reach: 4) || endedOn(i) || recap() {
                    add(.pastWork, c)
                } else if at(i + 1) == "sendiri" {
                    add(.selfEmployed, c)
                } else if !salaried, !employeeMarked, Self.atFamilyBusiness(w, raw, typed: typedWords, after: i) {
                    add(.selfEmployed, c)  // "kerja di warung bakso bapak", "kerja ikut bapak": a family business, no wage
                } else {
                    add(.employee, c)
                    workPositions.append((c, i + 1))
                }
            case "pekerjaan", "lowongan":
                // "belum terima job", "blm nerima orderan job": a business not yet taking work.
                if ["job", "jobs"].contains(raw[i]), ["terima", "nerima", "menerima", "ambil"].contains(rawAt(i - 1)), (max(0, i - 3)..<i).contains(where: { w[$0] == "belum" }) {
                    spoke = true
                    add(.notOpenYet, c)
                    continue
                }
                // "belum ada kerjaan": not working; "ada kerjaan kak": work; "ga ada lowongan": a reason to stop looking.
                // "cari lowongan" is looking — unless a reason stands between ("ga nyari lagi karena lowongan ga ada").
                let because = raw.prefix(i).suffix(2).contains { ["karena", "krn", "soalnya", "amargi", "sebab", "gara2", "gara"].contains($0) }
                // "tiap hari buka loker di IG": opening the listings to read them, as "cek loker" (not "ga ada yg buka
                // lowongan", "pabrik lagi buka lowongan": a company opening them).
                let reads = ["cek", "ngecek", "liat", "lihat", "pantau"].contains(rawAt(i - 1))
                    || rawAt(i - 1) == "buka" && ["lowongan", "loker"].contains(raw[i]) && before(i, ["tiap", "setiap", "sering", "rajin"], reach: 4)
                guard because || !before(i, ["cari", "lamar", "info", "nunggu"], reach: 3), !reads else {
                    if reads { spoke = true; add(.looking, c) }
                    continue
                }
                spoke = true
                // "loker buat tamatan SMP ga ada": the denial may come at the end of the clause.
                // …or asked so as to deny it: "mana ada kerjaan jaman sekarang", "emang masih ada lowongan?".
                let rhetorical = at(i - 1) == "ada" && ["mana", "emang", "memang", "masa"].contains(rawAt(i - 2))
                let none = negated(i) || after(i, ["tidak", "belum"], reach: 3) || StatusSignals.containsPair(Array(w.dropFirst(i + 1)), "tidak", ["ada"]) || rhetorical
                // "pekerjaan tetap belum ada": no steady job — other work may follow.
                if none && ["tetap", "kantoran", "formal"].contains(rawAt(i + 1)) { add(.notWorkingThere, c); continue }
                if word == "lowongan" {
                    let hard = raw.dropFirst(i).contains { ["penuh", "sepi", "duit", "dalem", "minta", "syarat", "syaratnya", "pengalaman", "umur", "usia", "maksimal", "muda", "ngora", "cuma", "hanya", "khusus", "terbatas", "langka", "jarang", "sedikit", "dikit"].contains($0) }
                        || (max(0, i - 4)..<i).contains { Lexicon.negators.contains(w[$0]) } && w.prefix(i).contains("ada")
                        || ["sepi", "susah", "sulit", "jarang", "langka", "minim", "dikit", "sedikit"].contains(rawAt(i - 1))  // "sepi lowongan"
                    if none || hard { add(.noWorkToBeHad, c) }
                    continue
                }
                let forSomeone = after(i, ["buat", "untuk", "di", "for", "around", "here"], reach: 3) || raw.dropFirst(i).contains { ["buat", "untuk", "for", "like"].contains($0) }
                    || raw.contains { ["sini", "disini", "sana", "kampung"].contains($0) }
                let mine = ["sekarang", "saya"].contains(at(i + 1)) || at(i + 1) == "sudah" && at(i + 2) == "ada" || ["sehari", "sehari2", "skrg", "sekarang", "tetap"].contains(rawAt(i + 1)) || raw[i].hasSuffix("ku") || ["sekarang"].contains(at(i - 1))
                if none && (w.contains("ada") || raw.contains { ["there", "theres", "there's"].contains($0) }) && forSomeone { add(.noWorkToBeHad, c) }
                else if none { add(.notWorking, c) }
                else if (at(i - 1) == "ada" || at(i - 2) == "ada" || mine) && !ownish { add(.employee, c); workPositions.append((c, i + 1)) }
            case "cari", "lamar", "daftar" where word != "daftar" || ["kerja", "lowongan"].contains(at(i + 1)) || Self.appliesForAPost(w, after: i):
                // ("daftar kerja di pabrik", "daftar2 kerja di aplikasi": applying, as "lamar"; so is "daftar jd satpam",
                // "daftar polisi".)
                // "lg di acara lamaran sepupu": a proposal of marriage, not a job application.
                if raw[i] == "lamaran", ["acara", "hari", "seserahan", "tunangan"].contains(rawAt(i - 1)) || Self.kin.contains(rawAt(i + 1)) || Self.relatives.contains(rawAt(i + 1)) { continue }
                spoke = true
                // "cari modal", "nyari tempat buat usaha" — but "ngelamar tempat lain" is a job application.
                let object = word == "cari" && (w.dropFirst(i + 1).prefix(3).contains("modal") || ["tempat", "izin", "kontrakan"].contains(at(i + 1)) && ownish && rawAt(i + 2) != "lain"
                    || ["supplier", "lahan", "lokasi", "ruko", "kios", "lapak"].contains(rawAt(i + 1)) || rawAt(i + 1) == "sewa" && Self.businessPlaces.contains(rawAt(i + 2)))
                    || ["survey", "survei"].contains(raw[i]) && Self.businessPlaces.contains(rawAt(i + 1))
                if object {
                    add(.preparingBusiness, c)
                } else if refused(i) {
                    add(.notLooking, c)
                    add(.outsideLabourForce, c)
                } else if negated(i) || before(i, ["nyerah", "capek", "percuma"], reach: 3) || (Self.stopWords.contains(rawAt(i - 1)) || ["stopped", "quit"].contains(rawAt(i - 1)))
                    || ((i + 1)..<min(w.count, i + 5)).contains { ["nyerah", "percuma"].contains(w[$0]) && !Lexicon.negators.contains(w[$0 - 1]) } {  // (not "pantang nyerah")
                    add(.notLooking, c)
                    if before(i, ["nyerah", "capek", "percuma"], reach: 3) { add(.noWorkToBeHad, c) }
                } else if ["buat", "untuk"].contains(rawAt(i - 2)) && rawAt(i - 1) == "apa" || ["ngapain", "ngapai", "buatapa"].contains(rawAt(i - 1)) {
                    add(.notLooking, c)
                    add(.noWorkToBeHad, c)
                } else if ["susah", "sulit"].contains(rawAt(i - 1)) {
                    // "susah cari kerja": looking, and a reason to stop if a later sentence says they did.
                    add(.looking, c)
                    add(.noWorkToBeHad, c)
                } else if planned(i) && !Self.appointments.contains(raw[i]) || past(i) {
                    continue  // "mau nyari juga ga ada lowongan": the reason decides; "mau interview" is on the way to one
                } else if word == "cari" && Self.soughtNotWork.contains(rawAt(i + 1)) {
                    continue
                } else {
                    add(.looking, c)
                }
            case "nunggu":
                // "nunggu pengumuman CPNS", "nunggu hasil tes": an application still open (BPS: looking).
                // ("msh nunggu pengumuman, kmrn ikut tes bumn": the selection told in another clause.)
                let results = ["pengumuman", "pengumumannya", "hasil", "hasilnya"].contains(rawAt(i + 1))
                    && (raw.dropFirst(i + 2).prefix(3).contains(where: Self.selections.contains)
                        || zip(allRaw, allRaw.dropFirst()).contains { ["ikut", "daftar"].contains($0) && Self.selections.contains($1) })
                let waitsOnJob = after(i, ["panggilan", "manggil", "lowongan", "masuk", "mulai", "diterima"], reach: clues.contains(.accepted) ? 8 : 4) || rawAt(i + 1).hasPrefix("tgl") || rawAt(i + 1) == "tanggal" || raw.dropFirst(i + 1).prefix(3).contains { ["penempatan", "keberangkatan", "onboarding", "visa", "jadwal"].contains($0) }
                    || results
                // "nunggu anak masuk TK": someone else's start.
                guard waitsOnJob, !Self.relatives.contains(rawAt(i + 1)), !Self.kin.contains(rawAt(i + 1)) else { continue }
                spoke = true
                let journey = Self.awaitsJourneyToWork(raw.dropFirst(i + 1).prefix(3), in: allRaw)
                if clues.contains(.accepted) || journey || after(i, ["masuk", "mulai"], reach: 3) || rawAt(i + 1) == "tgl" || rawAt(i + 1) == "tanggal" { add(.startsLater, c) } else { add(.looking, c) }
            case "dapat":
                let object = [at(i + 1), at(i + 2)].contains { $0 == "kerja" || $0 == "pekerjaan" }
                spoke = true
                // "susah dapet kerja": how hard work is to find, no job found.
                if raw.prefix(i).suffix(2).contains(where: { ["susah", "sulit", "sukar", "payah", "gampang", "mudah"].contains($0) }) { continue }
                if ["tempat", "modal", "izin"].contains(at(i + 1)) && !negated(i) { add(.preparingBusiness, c); continue }
                if negated(i) {
                    // "lagi nyari tambahan freelance, tp blm dapet": what is not found yet is the extra sought.
                    if !object, raw.contains(where: Self.moreThanAJob.contains) || previousRaw.contains(where: Self.moreThanAJob.contains) { continue }
                    // "yg sesuai jurusan blm dpt", "blm dpt kerja yg tetap": a fitting or steady job still sought, which
                    // says nothing of work held meanwhile.
                    if raw.indices.dropLast().contains(where: { ["yg", "yang"].contains(raw[$0]) && Self.fitting.contains(raw[$0 + 1]) }) || object && Self.fitting.contains(rawAt(i + 2)) { continue }
                    add(.notWorking, c)
                    if object || at(i + 1) == "" || Lexicon.filler.contains(at(i + 1)) { add(.jobless, c) }
                } else if object && (before(i, ["bantu", "tolong"], reach: 3) || raw.prefix(i).suffix(3).contains(where: Self.helpAsks.contains)) {
                    add(.looking, c)  // "bantuin saya dapat kerja": help asked to find work
                } else if object && !planned(i) && !past(i) && !before(i, ["biar", "supaya", "agar"], reach: 3) {  // "biar cepet dapet kerja": a purpose
                    add(.accepted, c)
                    if future(i) { add(.startsLater, c) } else { add(.employee, c); workPositions.append((c, i + 2)) }
                }
            case "nganggur":
                spoke = true
                let behind = raw.prefix(i).suffix(4).contains { ["setelah", "abis", "habis", "sempat", "sempet"].contains($0) }
                if !negated(i) && !["masa", "bukan", "dianggep", "dianggap"].contains(rawAt(i - 1)) && rawAt(i - 2) != "bukan" && !past(i) && !behind { add(.jobless, c) }
            case "diterima":
                let wished = raw.prefix(i).suffix(3).contains { ["doain", "doakan", "semoga", "smoga", "moga", "mudah2an", "mudahan", "biar", "supaya"].contains($0) } || planned(i)
                // "sempet keterima tp disuruh bayar ke calo, skrg nyari lagi", "hampir keterima", "keterima tapi dibatalin":
                // a post once offered, or almost, that is not the sender's now.
                let following = allRaw.dropFirst(clauseStarts[c] + i + 1).prefix(8)
                let calledOff = before(i, ["pernah", "hampir"], reach: 2) || following.contains(where: Self.calledOff.contains)
                    || zip(following, following.dropFirst()).contains { Self.denies($0) && $1 == "jadi" }  // "…tapi ga jadi"
                // "lolos semua tes / tinggal masuk hari senin", "lulus interview, disuruh masuk minggu depan": the start may
                // come in a message or sentence of its own.
                let startsSoon = allRaw.contains { Lexicon.means($0, "masuk") || Lexicon.means($0, "mulai") || $0 == "berangkat" }
                    && (futureWord || allRaw.contains(where: Self.dayWords.contains) || allRaw.contains { ["lagi", "depan", "besok", "lusa", "disuruh", "tinggal"].contains($0) })
                // "lulus seleksi satpam, penempatan menunggu info dari PT": the post is given, only where is not yet.
                let placed = allRaw.contains { ["penempatan", "penempatannya", "ditempatkan", "placement"].contains($0) }
                // "lolos interview kaisha, tinggal nunggu visa": passed, and only the journey to the post is left.
                let journey = Self.awaitsJourneyToWork(allRaw, in: allRaw)
                let onlyATest = (after(i, ["interview", "tes", "test", "berkas", "seleksi", "lamar"], reach: 2) || ["interview", "tes", "psikotes", "seleksi"].contains(rawAt(i + 1))) && !startsSoon && !placed && !journey
                spoke = true
                // "ga bakal keterima", "gak mungkin diterima": sure of rejection, a reason to stop looking.
                if raw.prefix(i).suffix(3).contains(where: { ["bakal", "bakalan", "mungkin", "akan"].contains($0) }) && before(i, Lexicon.negators, reach: 3) {
                    add(.noWorkToBeHad, c)
                    continue
                }
                if wished { add(.looking, c); continue }
                if onlyATest { add(.looking, c); continue }
                // (Only beside a search told: "sempet keterima tp ga jadi, sekarang bingung" is for a person to ask.)
                if calledOff && allRaw.contains(where: { Lexicon.means($0, "cari") || Lexicon.means($0, "lamar") }) { continue }
                if negated(i) { add(.notWorking, c); add(.looking, c); continue }
                if after(i, ["kuliah", "sekolah"], reach: 3) { add(.studying, c); continue }
                if rawAt(i) == "diangkat" {
                    // "semoga yg sakit diangkat penyakitnya": an illness lifted, no post.
                    if !rawAt(i + 1).hasPrefix("penyakit") && !rawAt(i + 1).hasPrefix("sakit") { add(.employee, c); workPositions.append((c, i + 1)) }
                    continue
                }
                add(.accepted, c)
                if future(i) || (placed || journey) && allRaw.contains(where: { ["nunggu", "menunggu", "tunggu", "nungguin", "proses", "diproses"].contains($0) }) { add(.startsLater, c) }
                workPositions.append((c, after(i, ["kerja"], reach: 2) ? i + 2 : i + 1))
            case "mulai", "masuk":
                // "masuk lagi": back from leave; "mulai nyari kerja": looking, read at "cari".
                guard !before(i, ["lamar"], reach: 2), !["lamar", "cari", "lagi"].contains(at(i + 1)) else { continue }
                if at(i - 1) == "jadi" && before(i - 1, Lexicon.negators, reach: 2) { continue }  // "gak jadi berangkat": called off
                let workplace = raw.dropFirst(i + 1).prefix(3).contains { Self.workplaces.contains($0) } || w.contains("tempat")
                // "masuk jam 7 di pabrik sepatu": a shift that starts at an hour, at a workplace.
                let shift = word == "masuk" && rawAt(i + 1) == "jam" && Int(rawAt(i + 2)) != nil
                    && raw.dropFirst(i + 3).prefix(3).contains { Self.workplaces.contains($0) && $0 != "ke" }
                // "udh masuk 3 hari", "udah seminggu masuk": begun some days ago — work, unless school is named.
                let spans = ["seminggu", "sebulan", "sehari", "setahun", "sepekan"]
                let days = word == "masuk" && before(i, ["sudah"], reach: 3)
                    && (Int(rawAt(i + 1)) != nil && ReplyText.timeNouns.contains(rawAt(i + 2)) || spans.contains(rawAt(i + 1)) || spans.contains(rawAt(i - 1)))
                    && !w.contains(where: { ["kuliah", "sekolah", "kursus", "pelatihan", "magang"].contains($0) })
                let aboutWork = after(i, ["kerja"], reach: 2) || clues.contains(.accepted) || clues.contains(.employee) || clues.contains(.namedWorkplace) || w.contains("kerja") || w.contains("diterima")
                    || workplace || raw.contains { ["tgl", "tanggal", "jadwal"].contains($0) } && !hasBusiness || days || shift
                guard aboutWork || word == "mulai" && hasBusiness else { continue }
                spoke = true
                // "lagi siap2 berangkat kerja", "tiap hari berangkat kerja jam 6": leaving for work, a working day (not a
                // departure to come, "nunggu jadwal berangkat kerja", nor one abroad, "berangkat kerja ke Taiwan").
                if rawAt(i) == "berangkat", at(i + 1) == "kerja", rawAt(i + 2) != "ke", !negated(i), !future(i), !planned(i), !purpose(i),
                   !allRaw.contains(where: { ["nunggu", "jadwal", "belum", "blm", "visa", "paspor"].contains($0) }) {
                    add(.employee, c)
                    workPositions.append((c, i + 2))
                    continue
                }
                // "udah mulai kerja tgl 5": a start already made, whatever date it names.
                let begun = at(i - 1) == "sudah" && !negated(i) && !futureWord && !laterMonth  // not "besok udah mulai"
                // "masuk dr juli": since a month or a span, whatever "nanti" says elsewhere.
                let since = after(i, ["sejak"], reach: 5)
                    || raw.dropFirst(i + 1).prefix(4).indices.contains(where: { j in ["dari", "dr"].contains(raw[j]) && j + 1 < raw.count && (timeNouns.contains(raw[j + 1]) || MonthReading.monthNumber(raw[j + 1]) != nil) })
                // ("disuruh masuk abis lebaran", "tinggal masuk": told to start, all that is left.)
                let bidden = ["disuruh", "tinggal"].contains(rawAt(i - 1))
                // ("baru mau mulai usaha": only about to.)
                let aboutTo = ["mau", "akan", "bakal"].contains(rawAt(i - 1)) && rawAt(i - 2) == "baru"
                if !begun && (negated(i) || future(i) && !(since && (word == "masuk" || !laterMonth)) || purpose(i) || bidden || aboutTo || rawAt(i - 1) == "buat" || before(i, ["nunggu"], reach: 8)) {
                    // (Not "mulai besok ikut temen jaga stand kopi": the stand is someone else's, a job to start.)
                    let forSomeone = w.contains("ikut") || w.contains(where: Lexicon.wageTitles.contains)
                    if hasBusiness && !w.contains("kerja") && !forSomeone { add(.preparingBusiness, c) } else { add(.startsLater, c) }
                } else if before(i, ["sudah", "baru"], reach: 3) || pastTime || datedWithMonth || since
                    || shift {
                    add(.started, c)
                    if workplace || shift { workPositions.append((c, i + 1)) }
                }
            case "jalan":
                // "tetep jalan ngelamar": keeps on applying, read at "lamar".
                if ["cari", "lamar"].contains(at(i + 1)) { continue }
                // "targetnya bulan depan jalan": a start to come; for a business, one still being prepared.
                if future(i) && !before(i, ["sudah"], reach: 4) {
                    if ownish || clues.contains(.preparingBusiness) { spoke = true; add(.preparingBusiness, c) }
                    continue
                }
                let workContext = !clues.contains(.studying) && !allRaw.contains { ["semester", "kuliah", "kelas", "sekolah", "pelatihan", "kursus", "training", "sertifikasi", "les"].contains($0) } && rawAt(i - 1) != "berobat"
                if workContext && (before(i, ["sudah", "baru"], reach: 4) || after(i, ["bulan", "minggu", "tahun"], reach: 3) || before(i, ["bulan", "minggu", "tahun"], reach: 2)) {
                    spoke = true
                    // "toko kue saya sudah jalan": the business is what runs (not "kerja di toko, udah jalan 2 bulan", "jadi
                    // kasir di warung, baru jalan sebulan").
                    let business = (max(0, i - 4)..<i).contains { (b: Int) -> Bool in
                        let noun = Lexicon.businessNouns.contains(w[b]) || Lexicon.businessNouns.contains(raw[b])
                        return noun && (b == 0 || !["di", "ke", "dari", "dr"].contains(raw[b - 1]))
                    }
                    let forSomeone = w.contains("kerja") || w.contains("ikut") || w.contains(where: Lexicon.wageTitles.contains)
                    // ("usaha aku udah ga jalan": the business stopped.)
                    add(business && !forSomeone ? (negated(i) ? .workEnded : .selfEmployed) : .started, c)
                }
            case "usaha", "jualan":
                if at(i + 1) == "cari" || at(i + 1) == "lamar" || at(i - 1) == "perusahaan" { continue }  // "usaha cari kerja" = trying to find work
                // "cari kerja susah tp ttp usaha": still trying, not a business.
                if word == "usaha", ["masih", "terus", "tetap"].contains(at(i - 1)) || ["terus", "tetep", "ttp"].contains(rawAt(i - 1)),
                   allRaw.contains(where: { Lexicon.means($0, "cari") || Lexicon.means($0, "lamar") })
                       || zip(allRaw, allRaw.dropFirst()).contains(where: { Lexicon.means($0, "belum") && Lexicon.means($1, "dapat") }),
                   w.dropFirst(i + 1).allSatisfy({ Lexicon.filler.contains($0) }) { continue }
                if ["gudang", "admin", "packing", "staf", "staff", "cs", "karyawan", "kurir", "toko"].contains(rawAt(i - 1)) { continue }  // "gudang olshop"
                if ["program", "pelatihan", "kelas", "jurusan", "materi", "ilmu", "seminar"].contains(rawAt(i - 1)) { continue }  // "daftar program wirausaha"
                if word == "jualan" && at(i - 1) == "usaha" && purpose(i - 1) { continue }  // "buat usaha jualan online": read at "usaha"
                // "ngurus NIB sm rekening usaha", "proposal usaha": the papers of a business to come.
                if word == "usaha", ["rekening", "surat", "proposal", "nib", "perizinan"].contains(rawAt(i - 1)) {
                    spoke = true
                    if !negated(i - 1) { add(.preparingBusiness, c) }
                    continue
                }
                // "duitnya dari jual motor", "modal dr jual perhiasan": something of one's own sold once, no trade.
                if ["jual", "menjual", "ngejual", "jualin"].contains(raw[i]), Self.assetsSoldOnce.contains(rawAt(i + 1)) { continue }
                spoke = true
                // "udh tutup usahanya", "gulung tikar warungnya": the business ended (not "mau tutup usaha").
                if ["tutup", "bangkrut", "gulung"].contains(rawAt(i - 1)) {
                    if before(i, ["sudah"], reach: 3) && !negated(i - 1) && !planned(i - 1) { add(.workEnded, c) }
                    continue
                }
                if negated(i) || rawAt(i - 1) == "bukan" || before(i, ["bukan"], reach: 2) { continue }
                // "usaha bakso saya bangkrut", "usaha laundry saya tutup", "jualan lagi vakum", "usaha ibu udh gk jalan":
                // a business that ended or stopped (not "tutup jam 9", its closing time).
                // …and "jualan juga udah berenti", "skrg jualan udah ga", "tp udah ga lagi": stopped, said after it.
                let stops = raw.indices.dropFirst(i + 1).prefix(4).contains { j in
                    Self.stopWords.contains(raw[j]) || ["bangkrut", "gulung", "vakum", "mandek"].contains(raw[j])
                        || Self.denies(raw[j]) && w[j - 1] == "sudah" && (j + 1 == raw.count || ["lagi", "lg", "ada"].contains(raw[j + 1]))
                        || raw[j] == "tutup" && !["jam", "pukul", "tiap", "kalo", "kalau"].contains(rawAt(j + 1)) && Int(rawAt(j + 1)) == nil
                        || w[j] == "jalan" && w[j - 1] == "tidak"
                }
                // "usaha belum jalan": not open yet.
                // …and "jualan belum mulai", "belum jualan": nothing sold yet.
                if raw.indices.dropFirst(i + 1).prefix(3).contains(where: { ["jalan", "mulai", "buka"].contains(w[$0]) && w[$0 - 1] == "belum" })
                    || word == "jualan" && rawAt(i - 1) != "bukan" && negatedNear(i) && (max(0, i - 2)..<i).contains(where: { w[$0] == "belum" }) { add(.notOpenYet, c); continue }
                if stops {
                    add(.workEnded, c)
                    continue
                }
                if ["mulai", "masuk"].contains(at(i - 1)), negated(i - 1) { add(.preparingBusiness, c); continue }
                if purpose(i) || future(i) || ["mulai", "masuk"].contains(at(i - 1)) && future(i - 1) {
                    let preparing = w.contains("nyiapin") || w.contains("tempat") || w.contains("modal") || w.contains("izin") || future(i) || clues.contains(.preparingBusiness)
                        || raw.prefix(i).contains { ["bikin", "beli", "siapin", "nyiapin", "ngurus", "sewa", "nyewa", "desain", "cari", "nyari"].contains($0) }
                        || Self.readiesABusiness(allRaw)
                    add(preparing ? .preparingBusiness : .plan, c)
                    continue
                }
                if planned(i) { add(.plan, c); continue }
                if past(i) || after(i, ["resign"], reach: 3) { add(.pastWork, c); continue }
                if before(i, ["nyiapin"], reach: 3) || after(i, ["nyiapin"], reach: 3) || (before(i, ["belum"], reach: 3) && w.contains("nyiapin")) {
                    add(.preparingBusiness, c); continue
                }
                add(.selfEmployed, c)
            case "buka":
                // "buka warung", "buka jasa jahit", "buka orderan / PO": a business opened, or opened for orders.
                let noun = (1...4).first { i + $0 < w.count && (Lexicon.businessNouns.contains(at(i + $0)) || Lexicon.businessNouns.contains(rawAt(i + $0))
                    || ["jasa", "praktek", "orderan", "order", "pesanan", "pesenan", "po"].contains(rawAt(i + $0))) }
                guard let noun, noun <= 2 || (1..<noun).allSatisfy({ ["saya", "sendiri", "kecil", "a", "small"].contains(at(i + $0)) || ["my", "own", "a", "small"].contains(rawAt(i + $0)) }) else { continue }
                consumed.insert(i + noun)
                spoke = true
                if rawAt(i - 1) == "bukan" || before(i, ["bukan"], reach: 2) { continue }
                // (Not "buka jasa jahit di emperan ruko", where the place is, nor "buka jasa renovasi", the trade.)
                let located = { (j: Int) in raw[max(0, j - 2)..<j].contains { ["di", "ke", "dari", "dr"].contains($0) } }
                let readying = w.indices.contains { w[$0] == "nyiapin" && rawAt($0 - 1) != "jasa" || w[$0] == "tempat" && !located($0) }
                let preparing = readying || w.contains("modal") || w.contains("izin") || planned(i) && Self.readiesABusiness(allRaw)
                if planned(i) && !preparing && !negated(i) { add(.plan, c); continue }  // "ingin membuka kedai suatu hari nanti"
                if preparing || (negated(i) && hasBusiness) || ["sebelum", "sblm", "sebelom", "sblom"].contains(rawAt(i - 1)) || purpose(i) && !planned(i) || future(i) {
                    add(.preparingBusiness, c)
                } else if negated(i) {
                    if w[..<i].contains("belum") { add(.notOpenYet, c) }
                    continue
                } else if planned(i) {
                    add(.plan, c)
                } else {
                    add(.selfEmployed, c)
                }
            case "nyiapin":
                spoke = true
                // "gocar kak, mobil sewa": the car a driver rents, not a business being readied.
                if raw[i] == "sewa", Self.vehicles.contains(rawAt(i - 1)) { continue }
                // "blm launching": the business is not open yet.
                if ["launching", "launch"].contains(raw[i]), negatedNear(i) { add(.notOpenYet, c); continue }
                if w.contains("usaha") || w.contains("jualan") || w.contains("buka") || w.contains("modal") || w.contains("tempat") || hasBusiness
                    || raw.contains(where: { ["brand", "merek", "merk", "produk", "menu", "resep"].contains($0) }) { add(.preparingBusiness, c) }
            case "modal", "izin", "tempat":
                // …and a loan applied for: "ngajuin KUR buat modal".
                let preparing = before(i, ["cari", "nyiapin", "ngurus", "nunggu"], reach: 3) || ["ngumpulin", "nabung", "bikin", "beli", "sewa", "nyewa", "siapin"].contains(rawAt(i - 1))
                    || word == "modal" && raw.prefix(i).contains { ["kur", "pinjaman", "ngajuin", "ajuin", "mengajukan", "minjem", "pinjem"].contains($0) }
                    || rawAt(i - 1).hasPrefix("ngurus")
                guard preparing, word != "tempat" || hasBusiness || ownish || w.contains("buka") || w.contains("jualan") || rawAt(i - 1) == "bikin" || rawAt(i - 1) == "beli" else { continue }
                spoke = true
                add(.preparingBusiness, c)
            case "bantu":
                // "Pelatihan kemarin sangat membantu": helpful, not helping out.
                if ["sangat", "cukup", "amat", "banyak", "lumayan"].contains(rawAt(i - 1)) || i == w.count - 1 && rawAt(i) == "membantu" { continue }
                // Helping a family business is own-account work (BPS); a paid helper elsewhere, or a salaried one, is an employee.
                let rest = w[(i + 1)...]
                let family = rest.contains("keluarga") || rest.contains("saya") && rest.contains("kami") || rawAt(i + 1) == "saya"
                // (Not "bantu2 ortu di rumah (bukan usaha ya kak)".)
                let business = rest.indices.contains { (k: Int) -> Bool in
                    let trade = Lexicon.businessNouns.contains(w[k]) || ["jualan", "usaha", "ternak"].contains(w[k])
                    let denied = ["bukan", "bkn"].contains(raw[k - 1]) || Lexicon.negators.contains(w[k - 1])
                    return trade && !denied
                }
                let housework = rest.contains("rumah") || raw.dropFirst(i + 1).contains { ["masak", "nyuci", "beresin", "bersih2", "bersihin"].contains($0) } || rest.contains("ngurus")
                let salaried = allRaw.indices.contains { j in
                    (allRaw[j].hasPrefix("digaji") || allRaw[j] == "gaji") && !(j > 0 && Self.denies(allRaw[j - 1]))
                }
                spoke = true
                if past(i) { add(.pastWork, c); continue }  // "sempat bantu paman di tambak 2 bulan"
                if housework && !business { add(.outsideLabourForce, c) }
                else if business && family && !salaried || family && !employeeMarked && ownish
                            || family && !salaried && raw.dropFirst(i + 1).contains(where: Self.familyProduction.contains) { add(.selfEmployed, c) }
                else if (business || family) && (employeeMarked || salaried) { add(.employee, c); workPositions.append((c, i + 1)) }
                else if business { add(.selfEmployed, c) }
                else if employeeMarked { add(.employee, c); workPositions.append((c, i + 1)) }
            case "kuliah", "kursus":
                if at(i - 1) == "lulus" || ["deket", "dekat", "depan", "sebelah", "near"].contains(rawAt(i - 1)) { continue }
                if rawAt(i - 1) == "di" && (salaried || clues.contains(.employee)) { continue }  // "asisten instruktur di LKP, dibayar": the workplace
                if ["ngajar", "mengajar", "ngajarin", "guru"].contains(rawAt(i - 1)) || rawAt(i - 1) == "buka" { spoke = true; add(.selfEmployed, c); continue }
                spoke = true
                if negated(i) || past(i) || rawAt(i - 1) == "cuti" || studyEnded(i) { continue }  // "cuti kuliah": on leave from college
                // "nyari kerja yg bisa sambil kuliah", "biar bisa kuliah malem", "nunggu pengumuman kuliah", "kuliah belum
                // mulai": a study wished for or waited on.
                // (Not "resign biar bisa fokus skripsi", a study the sender turned to.)
                let sought = w.prefix(i).contains { ["cari", "lamar", "yang"].contains($0) } || raw.prefix(i).contains("yg")
                if before(i, ["bisa", "biar", "supaya", "agar"], reach: 3) && sought || raw.prefix(i).suffix(3).contains(where: { ["nunggu", "nungguin", "menunggu"].contains($0) })
                    || Lexicon.negators.contains(at(i + 1)) && ["mulai", "masuk"].contains(at(i + 2)) { continue }
                // "udh keterima kuliah di Universitas Mandala, masuknya september": admitted, to begin.
                if planned(i) || raw.prefix(i).suffix(2).contains(where: { ["keterima", "diterima", "ketrima", "lolos"].contains($0) }) { add(.plan, c); continue }
                add(.studying, c)
            case "pelatihan" where ["training", "trening"].contains(raw[i]) && (onboarding || rawAt(i - 1) == "job"):
                // "masih training tapi udah digaji", "training di PT …, dibayar", "on the job training": onboarding at an
                // employer is work.
                spoke = true
                if negated(i) || past(i) || future(i) || planned(i) { continue }
                add(.employee, c)
                workPositions.append((c, i + 1))
            case "pelatihan" where ["training", "trening"].contains(raw[i]) && !allRaw.contains(where: Self.courseMarkers.contains):
                // "lagi training kak", "masih training 3 bulan": a new hire's training or a course — unsaid.
                spoke = true
            case "pelatihan", "sekolah":
                // "sa sekolah perawat": a clause that opens on the sender at school.
                let goesOn = before(i, ["lagi", "masih", "lanjut", "melanjutkan", "sedang", "ambil", "kembali", "daftar", "back"], reach: 3)
                    || w.prefix(i).allSatisfy { $0 == "saya" || Lexicon.filler.contains($0) } && i > 0 && w[i - 1] == "saya"
                    || ["lagi", "maneh", "deui", "lanjutan"].contains(rawAt(i + 1)) || w.dropFirst(i + 1).prefix(2).contains("lagi") || ["melanjutkan", "menempuh", "mengikuti", "melu", "nuju"].contains(rawAt(i - 1))
                    || raw.dropFirst(i + 1).contains { ["lain", "liyane", "provinsi", "lembaga", "lpk", "lkp", "asrama", "lanjutan", "tingkat", "bbpvp", "bblk"].contains($0) }
                let continuing = goesOn || before(i, ["ikut"], reach: 3)
                // "istri saya yg ikut pelatihan": who trained, not what anyone does now.
                let whoTrained = raw.prefix(i).suffix(3).contains { $0 == "yg" || $0 == "yang" }
                // "masih kepikiran serunya kelas las", "masih kangen kelas": a class remembered, not one attended.
                let remembered = raw.prefix(i).contains(where: Self.memoryWords.contains)
                // "ulun belajar dari nini": learnt from someone, no course.
                let learntFrom = raw[i] == "belajar" && rawAt(i + 1) == "dari"
                guard continuing, !whoTrained, !remembered, !learntFrom, !negated(i), !past(i), !studyEnded(i), !after(i, ["kemarin", "cuma"], reach: 2), rawAt(i - 1) != "lulus", !raw.contains("kemarin") || raw.contains("lagi") else { continue }
                spoke = true
                if planned(i) { add(.plan, c); continue }
                add(.studying, c)
                // "ikut pelatihan" alone: the course finished, maybe (`forgetCourseAttended`).
                let saidNow = raw.contains { ["lagi", "lg", "sekarang", "skrg", "skg", "sedang", "masih", "msh"].contains($0) }
                if w[i] == "pelatihan" && !goesOn && !saidNow { courseAttended.insert(c) }
            case "magang":
                spoke = true
                // Apprenticeship abroad (Japan, Korea, Taiwan) is paid work.
                // "kursus bahasa, persiapan magang ke jepang", "mau magang ke jepang": an internship to come.
                if at(i - 1) == "nyiapin" || planned(i) { add(.plan, c); continue }
                let abroad = allRaw.contains { ["jepang", "korea", "taiwan", "japan"].contains($0) } && !allRaw.contains("lpk") && !planned(i)
                if past(i) || allRaw.contains(where: { ["selesai", "beres", "abis", "habis"].contains($0) }) { add(.pastWork, c); continue }
                switch abroad ? true : internshipPaid {
                case false?: add(.studying, c)
                case true?: add(.employee, c); workPositions.append((c, i + 1))
                case nil:
                    if past(i) || after(i, ["habis", "selesai"], reach: 3) { add(.pastWork, c) } else { add(.internship, c) }
                }
            case "dirumahkan":
                // "lagi dirumahkan 2 minggu, order sepi": sent home for a while from a job still held, a temporary
                // absence (BPS: working). "dirumahkan terus di PHK" ends it, and the ending is read where it is said.
                // A bare "dirumahin kak", or one with no return in sight ("permanen", "tanpa kepastian"), says neither.
                spoke = true
                if !negatedNear(i), Self.onLayoffWithReturn(allRaw) { add(.employee, c) }
            case "sakit", "irt", "hamil":
                spoke = true
                // "rumah sakit" is a hospital: a workplace, or where someone is visited.
                if negatedNear(i) || rawAt(i - 1) == "rumah" { continue }
                // "resign pas hamil 8 bulan dulu", "kontrak diputus pas saya sakit tipes": when the work ended, not now
                // (not "pas lagi sakit gini").
                if before(i, ["pas", "waktu", "saat", "ketika"], reach: 3) && !before(i, ["lagi", "sedang", "masih"], reach: 2) { continue }
                // On leave from a job they still have: working (a temporary absence).
                if Self.onLeave(allRaw) { add(.employee, c) } else { add(.outsideLabourForce, c) }
            case "cuti" where !negatedNear(i) && !Self.studyNouns.contains(rawAt(i + 1)):
                // "lagi cuti tahunan", "cuti dari pabrik 10 hari", "besok gw cuti ya, bos": on leave from a job, working.
                // (A bare "lagi cuti kak", or "cuti dari grup", says from what no more than a holiday does; "cuti dari
                // dunia kerja", "cuti dari hidup" is a break from working itself.)
                spoke = true
                if raw.dropFirst(i + 1).prefix(3).contains(where: ["dunia", "hidup", "kehidupan", "semua", "semuanya"].contains) { continue }
                if Self.onLeave(allRaw) { add(.employee, c) }
            case "rumah":
                spoke = true
                let stayHome = raw.prefix(i).suffix(3).contains { $0 == "stay" || $0 == "staying" }
                let restsThere = w.dropFirst(i + 1).allSatisfy { Lexicon.filler.contains($0) } && ["di", "dirumah"].contains(rawAt(i - 1)) && !w.contains("kerja") && w.count <= 4 && !ownish
                if at(i + 1) == "tangga" || ["aja", "saja", "wae", "doang", "only", "aje", "heula"].contains(rawAt(i + 1)) || stayHome && !w.contains("kerja") || restsThere {
                    add(.outsideLabourForce, c)
                }
            case "ngurus":
                let shop = raw[(i + 1)...].prefix(2).contains(where: Self.tills.contains)
                // "ngurus bapak yg sakit" is care; "jaga toko sembako bapak" minds the family's shop.
                // (Not "kerja jaga kakek", "jadi pengasuh": care as a job, read at "kerja".)
                // …and so is "ngasuh anak bos", "jagain anak orang", "ngerawat opa di keluarga Tan": someone else's.
                let othersKin = raw.indices.dropFirst(i + 1).prefix(3).contains { j in
                    ["anak", "bayi", "dedek", "balita", "lansia", "opa", "oma"].contains(raw[j]) && j + 1 < raw.count
                        && (["orang", "bos", "bosnya", "majikan", "tetangga"].contains(raw[j + 1]) || raw[j + 1] == "di" && j + 2 < raw.count && raw[j + 2] == "keluarga")
                }
                let asAJob = ["kerja", "jadi"].contains(at(i - 1)) && !Lexicon.negators.contains(at(i - 2)) || othersKin
                let cared = !shop && !asAJob && (w[(i + 1)...].prefix(3).contains { ["anak", "rumah", "keluarga", "saya"].contains($0) }
                    || raw[(i + 1)...].prefix(3).contains { ["nenek", "kakek", "adik", "adek", "bayi", "suami", "laki", "ortu", "bapak", "ibu", "kolot", "emak", "mertua", "adik2", "adek2"].contains($0) })
                // "ngurus olshop", "ngurus usaha ortu" — not "ngurus izin buat usaha" (preparing it).
                let next = w.dropFirst(i + 1).first { !Lexicon.filler.contains($0) } ?? ""
                let paperwork = ["izin", "ijin", "perizinan", "surat", "nib", "pirt", "modal", "tempat"].contains(raw.dropFirst(i + 1).first ?? "")
                let ownShop = !paperwork && (["usaha", "jualan"].contains(next) || ["online", "olshop"].contains(raw.dropFirst(i + 1).first ?? ""))
                let till = ["jaga", "jagain"].contains(raw[i]) && Lexicon.wageTitles.contains(next)
                // "jualan dari rumah biar bisa sambil ngurus anak": care beside the work the clause names.
                let meanwhile = before(i, ["sambil"], reach: 2) && !(cluesByClause[c] ?? []).isDisjoint(with: [.employee, .selfEmployed])
                if cared && meanwhile { spoke = true }
                else if cared { spoke = true; add(.outsideLabourForce, c) }
                else if othersKin && !negated(i) && !planned(i) && !past(i) { spoke = true; add(.employee, c) }
                else if ownShop { spoke = true; add(.selfEmployed, c) }
                else if till { spoke = true; add(.employee, c); workPositions.append((c, i + 1)) }  // "jaga kasir apotek"
                else if shop && (ownMarked && !employeeMarked || strongOwn) { spoke = true; add(.selfEmployed, c) }  // "urus kios fotokopi punya sendiri"
                else if shop, ["jaga", "jagain", "jagа"].contains(raw[i]) {
                    spoke = true
                    let familyShop = w.contains("keluarga")
                    // (A stall, "lapak", and parking are minded on one's own account unless a wage says otherwise.)
                    if (familyShop || raw.contains("parkir") || raw.contains("lapak") || ownMarked) && !employeeMarked { add(.selfEmployed, c) } else { add(.employee, c); workPositions.append((c, i + 1)) }
                }
            case "resign" where raw[i] == "keluar" && raw.prefix(i).suffix(3).contains(where: Self.papers.contains):
                // "visa korea udah keluar", "COE sudah keluar": the papers for a job abroad are issued, not a resignation.
                spoke = true
                if raw.prefix(i).suffix(3).contains(where: Self.workPermits.contains) { add(.accepted, c) }
            case "resign", "habis":
                // "proyeknya udah kelar": the project, a word or two before.
                // …or the work told before it: "kerja di kalimantan udah selesai" (not "kerja udah selesai jam 5").
                let projectOver = raw.prefix(i).suffix(3).contains { $0.hasPrefix("proyek") || $0.hasPrefix("projek") } || at(i - 1) == "magang" || at(i - 1) == "kerja" && rawAt(i - 2) != "jam"
                    || at(i - 1) == "sudah" && w.prefix(i).contains("kerja") && !["jam", "pukul"].contains(rawAt(i + 1))
                // "kontrak cuma 3 bulan. juni abis": it ran out in June (not "abis juni", after June).
                let monthOver = rawAt(i - 1).count >= 3 && MonthReading.monthNumber(rawAt(i - 1)) != nil
                if word == "habis" && !(w.contains("kontrak") || rawAt(i + 1) == "kontrak" || at(i - 1) == "kontrak" || turningEnd || projectOver || monthOver) { continue }
                // "kuliah berhenti semester 2", "berhenti kuliah": the study ended, not a job (unless one is named).
                let ofStudy = (raw.indices.prefix(i).suffix(2) + raw.indices.dropFirst(i + 1).prefix(2)).contains { Self.studyNouns.contains(w[$0]) }
                if ofStudy && !w.contains("kerja") { continue }
                // "bentar lagi kontrak abis": an end to come; the work goes on.
                // "belum resign kok", "blm keluar": the job goes on.
                // "sampe proyek kelar": until it ends.
                // "kontrak abis akhir bulan ini", "3 hari lagi kontrak abis": an end dated ahead.
                let window = raw[max(0, i - 4)..<min(raw.count, i + 5)]
                let datedAhead = window.contains("depan") || window.contains("akhir") && window.contains("ini")
                    || window.indices.dropFirst().contains { k in window[k] == "lagi" && ReplyText.timeNouns.contains(window[k - 1]) }
                if ["cari", "lamar"].contains(at(i + 1)) || planned(i) || negatedNear(i) || ["mau", "akan", "bakal", "hampir"].contains(rawAt(i - 1)) || datedAhead
                    || raw.prefix(i).suffix(3).contains(where: { ["sampai", "sampe", "hingga", "smp"].contains($0) })
                    || raw.prefix(i).suffix(4).contains(where: { ["bentar", "sebentar", "bntr", "hampir"].contains($0) }) { continue }
                spoke = true
                // "Abis PHK harus nambah skill", "setelah resign": an ending told as the time after which the rest
                // happened — work before, not the end of the work told.
                if ["habis", "setelah", "sesudah", "pasca", "sejak", "semenjak"].contains(at(i - 1)) { add(.pastWork, c); continue }
                add(.workEnded, c)
            case "percuma", "nyerah":
                // "stop spam pls", "stop messaging me", "stop everything": "stop" gives up only on a search or for now.
                if rawAt(i) == "stop", !["cari", "lamar", "kerja", "pekerjaan", "dulu", "aja", "saja", "sudah"].contains(at(i + 1)) { continue }
                spoke = true
                // "bukan nganggur pasrah", "belum nyerah": not given up.
                if negated(i) || raw[max(0, i - 3)..<i].contains("bukan") { add(.looking, c) } else { add(.noWorkToBeHad, c); if word == "nyerah" { add(.notLooking, c) } }
            case "nerima", "butuh", "manggil":
                // "ga ada yg nerima", "tidak ada perusahaan yang mau menerima saya", "teu aya nu nampi", "tidak ada yang membutuhkan".
                // "nerima jahitan", "nerima cuci AC panggilan": orders taken.
                // "belum terima orderan" is a business not yet running: read at the orders.
                if raw.dropFirst(i + 1).prefix(3).contains(where: Self.ordersTaken.contains) {
                    if !negatedNear(i) { spoke = true; add(planned(i) ? .plan : .selfEmployed, c) }
                    continue
                }
                // "sertifikat abdi teu acan nampi", "belum nerima linknya": a thing not yet received, nobody's refusal.
                // (Not "tanpa ijazah ga bakal ada yg nerima": nobody would take them.)
                if word == "nerima", !before(i, ["ada"], reach: 3), raw.contains(where: Self.thingsReceived.contains) { continue }
                // "mana ada yg nerima", "pabrik mana yg mau nerima": asked so as to deny it.
                let rhetorical = (before(i, ["ada"], reach: 3) || before(i, ["mau"], reach: 2) && raw.prefix(i).suffix(3).contains { $0 == "yg" || $0 == "yang" })
                    && raw.prefix(i).suffix(4).contains("mana")
                // "belum ada yg manggil" is still waiting; "gak ada yg manggil" is nobody.
                let denials: Set<String> = word == "nerima" ? ["tidak", "belum"] : ["tidak"]
                if before(i, denials, reach: 6) && (before(i, ["ada"], reach: 5) || negatedNear(i)) || rhetorical {
                    spoke = true
                    add(.noWorkToBeHad, c)
                } else if word == "nerima", at(i + 1) == "saya", before(i, ["sudah"], reach: 2), raw.prefix(i).suffix(3).contains(where: { $0 == "yg" || $0 == "yang" }),
                          !clause.isQuestion, !planned(i),
                          !before(i, Lexicon.negators, reach: 4), !raw.prefix(i).contains(where: Self.wishWords.contains) {
                    // "berkas ke pabrik yg udah nerima aku": taken on (not "makasih udah nerima saya lagi", into a class).
                    spoke = true
                    add(.accepted, c)
                }
            case "sudah", "belum":
                // A clause that is only "belum"/"sudah" and fillers answers without a verb.
                let rest = w.filter { $0 != word && $0 != "masih" && $0 != "yes" && $0 != "kerja" }
                // "1 tapi udah gak": turned from what came before, no longer — whatever it was, it ended. (Alone, "udah
                // nggak kak" may answer anything.)
                if word == "sudah", w.contains("tapi") || clause.turns, rest.contains(where: Lexicon.negators.contains), !w.contains("kerja"),
                   rest.allSatisfy({ Lexicon.negators.contains($0) || Lexicon.filler.contains($0) || ["lagi", "tapi", "eh", "lah"].contains($0) }) {
                    spoke = true
                    add(.workEnded, c)
                    continue
                }
                guard rest.allSatisfy({ Lexicon.filler.contains($0) || ["eh", "lah", "saya"].contains($0) }), !w.contains("kerja") else { continue }
                spoke = true
                add(word == "belum" ? .notWorking : .bareYes, c)
            default:
                if readPhrase(w, raw, i, c, negated: negated(i), planned: planned(i)) || readTitle(w, raw, i, c) { spoke = true }
            }
        }
        // "gak kerja di bengkel, tp di pabrik": a turning clause that names only another place names work there.
        if clause.turns, let first = w.dropFirst().first, first == "di", clues.contains(.notWorkingThere), !w.contains("kerja"), lastClause[.notWorkingThere] == c - 1 {
            spoke = true
            add(.employee, c)
            workPositions.append((c, 1))
        }
    }

    /// Phrases whose verbs are not in the word classes: job hunting, taking orders, services on call, leave, rest.
    private mutating func readPhrase(_ w: [String], _ raw: [String], _ i: Int, _ c: Int, negated: Bool, planned: Bool) -> Bool {
        // "tes2 kerja": the reduplication mark says nothing here.
        let r = raw[i].count > 3 && raw[i].hasSuffix("2") ? String(raw[i].dropLast()) : raw[i]
        func rawAt(_ j: Int) -> String { j >= 0 && j < raw.count ? raw[j] : "" }
        func at(_ j: Int) -> String { j >= 0 && j < w.count ? w[j] : "" }
        let seeking = w.contains { $0 == "cari" || $0 == "lamar" }
        /// Only fillers before `i` in the clause: the word opens what is said.
        func opens() -> Bool { w.prefix(i).allSatisfy { Lexicon.filler.contains($0) || ["sekarang", "saya", "lagi", "masih", "sudah", "alhamdulillah", "yes"].contains($0) } }
        // "belum buka", "belum ada pemasukan", "belum menerima order": a business not yet running.
        // …and "pelanggannya belum", "pembelinya blm ada": the customers are still to come.
        let sales: Set<String> = ["penjualan", "pemasukan", "pembeli", "omzet", "omset", "order", "orderan", "pelanggan", "pesanan", "pesenan", "customer", "klien", "jahitan"]
        let noun = r.hasSuffix("nya") ? String(r.dropLast(3)) : r
        if negated && (r == "buka" || w[i] == "buka") || sales.contains(r) && (max(0, i - 3)..<i).contains(where: { w[$0] == "belum" })
            || sales.contains(noun) && r != noun && at(i + 1) == "belum" {
            add(.notOpenYet, c)
            return true
        }
        // "ikut orang", "ikut bos": works for someone.
        // (Not "dulu kerja ikut orang": the job before.)
        if r == "ikut", Self.forSomeone.contains(rawAt(i + 1)), !negated, !Self.deniedBefore(i, in: raw), !planned, !seeking,
           !raw.prefix(i).contains(where: Lexicon.formerly.contains) {
            add(.employee, c)
            workPositions.append((c, i + 2))
            return true
        }
        // "lagi dinas luar kota", "part time di cafe", "kerja paruh waktu": on a job.
        if (r == "dinas" && rawAt(i + 1) == "luar") || (r == "part" && rawAt(i + 1) == "time") || ["parttime", "partime"].contains(r)
            || r == "paruh" && rawAt(i + 1) == "waktu", !negated, !planned, !seeking, !ownish {
            add(.employee, c)
            workPositions.append((c, i + 2))
            return true
        }
        // "PT Sinar Jaya kak", "bengkel resmi yamaha", "di pabrik sepatu", "gudang": a reply that opens on an employer.
        // …and "udh setaun di pabrik", "masih 3 bulan di gudang": a time held there.
        let heldFor = r == "di" && Self.employers.contains(rawAt(i + 1))
            && (["sudah", "masih"].contains(at(i - 2)) && ["setahun", "setaun", "sebulan", "seminggu"].contains(rawAt(i - 1))
                || ["sudah", "masih"].contains(at(i - 3)) && Int(rawAt(i - 2)) != nil && ReplyText.timeNouns.contains(rawAt(i - 1)))
        if Self.employers.contains(r) || r == "bengkel" && rawAt(i + 1) == "resmi"
            || r == "di" && Self.employers.contains(rawAt(i + 1)) && w.count <= 7,
           !negated, !planned, !seeking, !ownish, w.count <= 8, opens() || heldFor {
            add(.namedWorkplace, c)
            workPositions.append((c, r == "di" ? i + 1 : i))
            return true
        }
        // "punya gerobak kopi", "punya warung sendiri", "catering rumahan": an own business.
        if r == "punya", opens(), let next = raw.dropFirst(i + 1).first, Lexicon.businessNouns.contains(next) || ["gerobak", "usaha", "lapak", "warung", "toko"].contains(next),
           !negated, !planned, !raw.dropFirst(i + 2).prefix(2).contains(where: { ["orang", "org", "bos", "tetangga"].contains($0) }) {
            add(.selfEmployed, c)
            return true
        }
        if r == "rumahan", i > 0, !w[max(0, i - 4)..<i].contains("nyiapin"), Lexicon.businessNouns.contains(raw[i - 1]) || Lexicon.wageTitles.contains(raw[i - 1]) || ["kue", "jahit", "jahitan", "makanan", "usaha", "jualan"].contains(raw[i - 1]), !negated, !planned {
            add(.selfEmployed, c)
            return true
        }
        // "pabrik2 pada tutup", "coffee shop pada tutup": no work to be had (not "usaha laundry saya tutup", the
        // sender's own business, read at "usaha").
        if r == "tutup", (raw.prefix(i) + w.prefix(i)).contains(where: { $0 == "pabrik2" || Self.workplaces.contains($0) || Lexicon.businessNouns.contains($0) }),
           !w.prefix(i).contains(where: { ["usaha", "jualan", "saya"].contains($0) }) {
            add(.noWorkToBeHad, c)
            return true
        }
        // "baru nikah, ikut suami": a life change that, beside "not working", puts them outside the labour force.
        if ["nikah", "menikah", "married"].contains(r) && !planned || r == "ikut" && ["suami", "istri", "misua"].contains(rawAt(i + 1)) {
            add(.resting, c)
            return true
        }
        // A working day: "shift malem di gudang", "masuk pagi pulang sore", "berangkat subuh pulang isya", "8 jam sehari".
        // (Not "siap shift malam": willing to.)
        // (Not "siap shift malam", nor "capek shift malem", the reason a job was left.)
        // "td lembur desain banner", "shiftnya dobel": overtime and shifts are an employee's. (Not "dulu sering lembur",
        // "pengen kerja yg shift", "adminnya lembur ya", nor Sundanese "di lembur", in the village.)
        let overtime = r == "lembur" && !planned && !raw.prefix(i).contains(where: Lexicon.formerly.contains)
            && !["di", "ka", "ti", "ke", "nu"].contains(rawAt(i - 1)) && !rawAt(i - 1).hasSuffix("nya") && rawAt(i + 1) != "ngurus"
        let duty = (noun == "shift" && !(planned && w.contains("kerja")) || overtime) && !negated
            && !["siap", "bisa", "sanggup", "bersedia", "capek", "cape", "capé", "bosen", "bosan", "males", "kuat"].contains(rawAt(i - 1))
        let routine = duty || r == "pulang" && ["sore", "malam", "malem", "maghrib", "isya", "jam"].contains(rawAt(i + 1)) && raw.prefix(i).contains { ["masuk", "berangkat", "kerja"].contains($0) }
            || r == "sehari" && rawAt(i - 1) == "jam" && !w.contains { ["pelatihan", "kursus", "sekolah", "kuliah", "les"].contains($0) }  // not "cuma belajar 3 jam sehari"
        if routine && !ownish && !clues.contains(.employee) && !seeking {
            add(.employee, c)
            workPositions.append((c, i + 1))
            return true
        }
        // "bagian dapur", "bagian cutting": a department of an employer (not "bagian dari pelatihan", a part of it).
        if r == "bagian" && !negated && !planned && i + 1 < raw.count && !["dari", "dr", "of"].contains(raw[i + 1]) && !ownish && !clues.contains(.selfEmployed) && !seeking {
            add(.employee, c)
            return true
        }
        // "udah di pabrik", "sudah di PT …": placed at a workplace. …and still there: "masih di pabrik", "masih di toko yg
        // sama" (not "masih di mall", out shopping).
        let stillThere = Lexicon.means(rawAt(i - 1), "masih")
            && (Self.workplacesNotVisited.contains(rawAt(i + 1))
                || Self.workplaces.contains(rawAt(i + 1)) && raw.dropFirst(i + 2).prefix(4).indices.contains { ["yang", "yg"].contains(raw[$0]) && rawAt($0 + 1) == "sama" })
        if r == "di" && (Self.workplaces.contains(rawAt(i + 1)) && rawAt(i + 1) != "ke" && Lexicon.means(rawAt(i - 1), "sudah") || stillThere) && !negated && w.count <= 8 {
            add(.employee, c)
            workPositions.append((c, i))
            return true
        }
        if ["proyek", "proyekan", "borongan"].contains(r) && (["ada", "ikut"].contains(at(i - 1)) || raw.contains("ikut")) && !negated && !seeking {
            add(.employee, c)
            return true
        }
        // (Not "seleksi internal buat jd leader", a promotion at the sender's employer.)
        if ["seleksi", "psikotes", "mcu", "medical"].contains(r) && !raw.contains(where: { ["lolos", "diterima", "keterima", "sudah", "udah", "udh", "internal"].contains($0) }) {
            if !negated { add(.looking, c) }
            return true
        }
        // "udah tanda tangan kontrak", "kontrak udah", "surat penerimaan kerja": hired. (Not a letter's signature,
        // "TTD BPK ENDANG", "ttd Rahmat": signed, then who.)
        let signature = r == "ttd" && i == 0 && i + 1 < raw.count && !["kontrak", "kontraknya", "pkwt", "surat", "sudah"].contains(w[i + 1])
        // (Not "kontrak sewa kios ditandatangani minggu depan", a lease.)
        let lease = raw.contains { ["sewa", "kontrakan", "kios", "ruko", "lapak"].contains($0) }
        if (r == "tanda" && rawAt(i + 1) == "tangan") && !lease || r == "ttd" && !signature && !lease || r.hasPrefix("ditandatangan") && !lease || r == "penerimaan" && rawAt(i - 1) == "surat"
            || r == "kontrak" && !negated && (w.contains("sudah") || w.contains("ada")) && !raw.contains(where: { ["habis", "abis", "hbs", "selesai", "masih"].contains($0) }) {
            add(.accepted, c)
            return true
        }
        if ["buat", "untuk"].contains(r) && rawAt(i + 1) == "apa" || r == "bayar" && ["disuruh", "harus", "pake"].contains(rawAt(i - 1)) || ["maksimal", "max"].contains(r) && Int(rawAt(i + 1)) != nil
            || ["minta", "syarat", "butuh"].contains(r) && ["pengalaman", "tinggi", "umur", "ijazah"].contains(rawAt(i + 1))
            // "umur ga masuk", "umur udah ga nyampe": too old for what is offered.
            || ["umur", "usia"].contains(r) && w.dropFirst(i + 1).prefix(3).contains("tidak") && raw.dropFirst(i + 1).prefix(4).contains { ["masuk", "nyampe", "cukup", "memenuhi", "lolos"].contains($0) } {
            add(.noWorkToBeHad, c)
            return true
        }
        // "belum bisa mikir kerja", "kagak sempet mikirin kerjaan": work is not on their mind, so not sought.
        if Self.thinking.contains(r) && negated && w.dropFirst(i + 1).prefix(2).contains(where: Lexicon.jobNouns.contains) {
            add(.notLooking, c)
            return true
        }
        if ["diem", "diam"].contains(r) && ["aja", "saja", "dulu"].contains(rawAt(i + 1)) {
            add(.notLooking, c)
            return true
        }
        if ["healing", "istirahat", "rehat", "santai", "nyantai"].contains(r) || r == "gabut" && !ownish {
            // "istirahat dulu", "rehat total": a time off work, not a break in a shift ("jam istirahat", "lagi istirahat di pool").
            if ["dulu", "total"].contains(rawAt(i + 1)) || ["dulu", "total"].contains(rawAt(i + 2)) && Lexicon.filler.contains(at(i + 1)) { restsAWhile = true }
            add(.resting, c)
            return true
        }
        // "fokus keluarga dulu", "fokus ke anak": care at home is what the sender gives their time to (not "fokus kerja
        // buat keluarga").
        if r == "fokus", let k = raw.indices.dropFirst(i + 1).first(where: { !["ke", "sama", "sm", "ngurus", "urus", "dengan", "dgn"].contains(raw[$0]) }),
           ["anak", "keluarga", "bayi", "suami", "ortu", "rumah"].contains(w[k]) || Self.kin.contains(raw[k]) {
            if !negated { add(.outsideLabourForce, c) }
            return true
        }
        if r == "seller" && ["live", "online"].contains(rawAt(i - 1)) || ["nyewain", "nyewakan", "menyewakan", "sewain"].contains(r) && !negated || r == "mitra" && (Lexicon.ownTitles.contains(at(i + 1)) || Lexicon.wageTitles.contains(at(i + 1))) || ["nerusin", "ngelola", "mengelola", "kelola", "meneruskan"].contains(r) && w.dropFirst(i + 1).prefix(3).contains(where: { Lexicon.businessNouns.contains($0) || $0 == "usaha" }) {
            add(planned ? .plan : .selfEmployed, c)
            return true
        }
        let stillTrying = ["coba", "nyoba", "mencoba", "berjuang", "usaha", "berusaha"].contains(r) && raw.prefix(i).suffix(2).contains("masih")
        if ["walk", "jobfair", "psikotes", "psikotest", "seeker", "jobseeker", "pencaker", "bursa", "jobstreet", "glints", "kalibrr", "linkedin", "kitalulus",
            "rekrutmen", "recruitment", "karirhub"].contains(r) || (r == "fair" && rawAt(i - 1) == "job")
            || r == "tes" && ["kerja", "fisik", "di", "masuk", "wawancara"].contains(rawAt(i + 1))
            || ["kirim", "ngirim", "masukin", "nyebar", "sebar", "nyebarin"].contains(r) && ["cv", "berkas", "lamaran"].contains(rawAt(i + 1))
            || ["ngecek", "cek", "liat", "lihat", "pantau", "mantau"].contains(r) && ["loker", "lowongan", "info"].contains(rawAt(i + 1))
            || stillTrying && !ownish {
            if !negated { add(.looking, c) }
            return true
        }
        if ["terima", "nerima", "menerima", "nampi", "nampa", "ambil"].contains(r), Self.ordersTaken.contains(rawAt(i + 1)) {
            add(planned ? .plan : .selfEmployed, c)
            return true
        }
        // "menyiapkan usaha servis motor panggilan", "mau buka jasa servis AC panggilan": a service to come.
        if ["jasa", "servis", "service"].contains(r) && (raw.contains("panggilan") || Self.atHome(raw) && !employeeMarked) {
            add(w.contains("nyiapin") ? .preparingBusiness : planned ? .plan : .selfEmployed, c)
            return true
        }
        // (Not "sertifikat titip di BLK dulu": the thing entrusted comes first.)
        if ["dititip", "nitip", "titip", "dititipin", "preorder"].contains(r) && !Self.entrusted.contains(rawAt(i + 1)) && at(i + 1) != "lamar"
                && !Self.entrusted.contains(rawAt(i - 1)) && !Self.thingsReceived.contains(rawAt(i - 1))
                && !raw.contains(where: Self.children.contains)
            || r == "po" && ["open", "buka", "sistem"].contains(rawAt(i - 1))
            // "ngedrop kue ke warung2", "nyetor keripik ke toko": goods of one's own supplied to shops.
            || ["ngedrop", "drop", "setor", "nyetor", "masukin"].contains(r) && !negated && (i + 1..<min(w.count, i + 4)).contains { k in
                w[k - 1] == "ke" && (Lexicon.businessNouns.contains(w[k]) || ["warung", "toko", "kantin", "minimarket", "pasar"].contains(w[k]))
            } {
            add(.selfEmployed, c)
            return true
        }
        if ["ngajar", "mengajar"].contains(r) {
            if raw.contains("les") && !raw.dropFirst(i).contains("di") || raw.contains("privat") { add(.selfEmployed, c) } else { add(.employee, c) }
            return true
        }
        let awaited = (max(0, i - 3)..<i).contains { ["buat", "untuk", "nunggu", "tunggu", "menunggu"].contains(raw[$0]) }
        // "kontraknya ga diperpanjang", "kontrak gak dilanjut", "kontrak di minimarket kemaren ga diperpanjang": the contract ended.
        if r == "kontrak" || w[i] == "kontrak", let k = raw.indices.dropFirst(i + 1).prefix(6).first(where: { Self.renewals.contains(raw[$0]) }),
           w[(i + 1)..<k].contains(where: Lexicon.negators.contains) {
            add(.workEnded, c)
            return true
        }
        if (["kontrak", "outsourcing", "honorer"].contains(r) || w[i] == "kontrak") && !negated && !awaited && !clues.contains(.accepted)
            && !raw.contains(where: { ["putus", "berakhir"].contains($0) }) && !w.contains("habis") && !raw.contains("tanda") {
            add(.employee, c)
            return true
        }
        if ["dilarang", "ngebolehin", "dibolehin", "diizinin", "ngizinin"].contains(r) || ["rebahan", "leha"].contains(r) && !clues.contains(.employee)
            || r.hasPrefix("ngapa") && w[max(0, i - 2)..<i].contains(where: Lexicon.negators.contains) || r == "kepikiran" && negated {
            add(.outsideLabourForce, c)
            return true
        }
        if ["ditolak", "dalem", "dalam"].contains(r) && (r == "ditolak" || rawAt(i - 1) == "orang") || ["duit", "uang"].contains(r) && ["pake", "pakai", "bayar"].contains(rawAt(i - 1))
            || r.hasPrefix("syarat") && (raw.contains(where: { $0.contains("tinggi") || ["berat", "ribet", "aneh", "mahal", "akal"].contains($0) }) || w.contains { Lexicon.negators.contains($0) }) {
            add(.noWorkToBeHad, c)
            return true
        }
        return false
    }

    /// A job title ("security pabrik", "jadi kasir", "kitchen helper", "ojol"), read as work for someone unless the
    /// reply makes it the graduate's own.
    private mutating func readTitle(_ w: [String], _ raw: [String], _ i: Int, _ c: Int) -> Bool {
        let word = w[i]
        // A title `ReplyText` unmarked ("makasih Chef Arman", "ditegur satpam") is nobody's work here.
        guard !word.hasPrefix("~") else { return false }
        func at(_ j: Int) -> String { j >= 0 && j < w.count ? w[j] : "" }
        func rawAt(_ j: Int) -> String { j >= 0 && j < raw.count ? raw[j] : "" }
        let previous = at(i - 1)
        // "driver online": the platform's partner, read at "online".
        if ["driver", "sopir", "supir", "pengemudi"].contains(word), raw.dropFirst(i + 1).prefix(2).contains(where: { ["online", "ol"].contains($0) }) || i + 1 < raw.count && Lexicon.ownTitles.contains(raw[i + 1]) { return false }
        let craft = Self.craftTitles.contains(raw[i])
        // "tukang jahit di rumah" (not "tukang kebun di rumah bapak bule", nor care, which is always for someone else).
        let home = raw.dropFirst(i + 1).prefix(4).indices.contains { (j: Int) -> Bool in
            let rumah = raw[j] == "dirumah" || raw[j] == "rumah" && raw[j - 1] == "di"
            return rumah && !Self.rumahCompounds.contains(j + 1 < raw.count ? raw[j + 1] : "") && !Self.someoneElsesHome(w, raw, after: j)
        }
        let atHome = home && Lexicon.wageTitles.contains(word) && !Lexicon.careTitles.contains(word) && !employeeMarked
        let own = Lexicon.ownTitles.contains(word) || Lexicon.ownTitles.contains(raw[i])
            || (["parkir", "online"].contains(raw[i]) && ["kang", "tukang", "nyupir", "sopir", "driver", "jaga"].contains(i > 0 ? raw[i - 1] : "") && !employeeMarked)
            || raw[i] == "online" && raw[max(0, i - 2)..<i].contains(where: { ["nyupir", "sopir", "supir", "driver", "pengemudi"].contains($0) }) && !employeeMarked  // "driver taksi online"
            || raw[i] == "narik"
            || word == "tukang" && raw.dropFirst(i + 1).prefix(3).contains("keliling")  // "tukang sol sepatu keliling"
            || craft && !employeeMarked && !raw.dropFirst(i).contains("di")
            || i + 1 < raw.count && raw[i + 1] == "rumahan"  // "penjahit rumahan"
            || atHome
            || Lexicon.wageTitles.contains(word) && !employeeMarked && (max(0, i - 2)...min(raw.count - 1, i + 2)).contains { ["freelance", "freelancer", "lepas"].contains(raw[$0]) }  // "freelance admin sosmed"
        // (Not the centre's admin, whom `ReplyText.unmarkNonStatusWords` reads as "min": "makasih admin yg fast respon".)
        let wage = Lexicon.wageTitles.contains(word) || Lexicon.wageTitles.contains(raw[i]) && word != "min" || (raw[i] == "parkir" && employeeMarked) || craft
        guard own || wage else { return false }
        // Not a title here: "kelas barista", "info lomba barista", "kak admin", "ikut tata rias", "PT Mitra …", "ketrima jd teknisi", "bisa nyetir",
        // "ditawarin jadi sales" (an offer), "nyiapin usaha ternak" (a business to come), "usaha frozen food rumahan" (read at "usaha").
        // ("kuliah sambil ngojek": what comes before "sambil" is another activity, not the title's context.)
        let from = max(i - 3, (raw[..<i].lastIndex { ["sambil", "nyambi", "sekalian"].contains($0) } ?? -1) + 1, 0)
        let context = w[from..<i] + raw[from..<i]
        if context.contains(where: { ["pelatihan", "kursus", "sertifikasi", "diklat", "kelas", "ilmu", "kontak", "info", "lowongan", "lamar", "cari", "materi", "alumni", "lulusan", "sertifikat", "lomba", "jurusan", "bidang", "lpk", "sekolah", "kuliah", "ikut", "pt", "cv", "ud", "diterima", "daftar", "les", "belajar", "butuh", "dibutuhkan", "lolos", "ditawarin", "ditawari", "ditawarkan", "tawaran", "nawarin", "nyiapin", "usaha", "bisa", "jago", "mampu", "pengalaman", "program", "manggil", "panggilan", "kenalan"].contains($0) })
            && !(raw.contains("ikut") && Self.containsPair(raw, "ikut", ["orang", "bos", "juragan", "mandor"])) {
            if context.contains("diterima") || context.contains("lolos") { workPositions.append((c, i + 1)) }
            return false
        }
        if word == "admin", ["blk", "min", "kak"].contains(raw.dropFirst(i + 1).first ?? "") { return false }
        // "Kelas: Barista", "Jurusan: Otomotif": a form's field names the class, not the job.
        if i == 0, previousRaw.count <= 2, let key = previousRaw.last, Self.classFields.contains(key) { return false }
        // "anak petani", "istri tentara": whose child or wife the sender is, not their work.
        if i > 0, ["anak", "istri", "suami", "bini", "cucu"].contains(raw[i - 1]) { return false }
        // "HRD ghosting semua": the recruiter; the sender's job is "staff HRD", "jadi HRD".
        if raw[i] == "hrd", !["staff", "staf", "admin", "bagian", "jadi", "sebagai", "divisi"].contains(i > 0 ? raw[i - 1] : "") { return false }
        if ["admin", "cs", "sales", "service", "servis", "tenaga", "juru", "petugas", "staff", "staf"].contains(word) || ["admin", "cs", "sales", "service"].contains(raw[i]) {
            let next = at(i + 1)
            // ("Sales kak di toko furnitur": the address between the title and its workplace.)
            let placed = Lexicon.address.contains(next) && at(i + 2) == "di" && Self.workplaces.contains(at(i + 3))
            guard !next.isEmpty && !Lexicon.filler.contains(next) || placed || previous == "jadi" || ["staf", "staff", "customer", "kerja"].contains(i > 0 ? raw[i - 1] : "") else { return false }
        }
        if word == "tukang", ["ojek", "parkir"].contains(raw.dropFirst(i + 1).first ?? "") { return false }  // read at the trade
        // "jualan pulsa dan servis HP": a service beside own selling is part of the business.
        if ["servis", "service"].contains(word) && ownish && !employeeMarked { return false }
        // "ikut pelatihan lagi / yang operator alat berat": a clause that describes the one before.
        if ["yang", "yg"].contains(raw.first ?? "") { return false }
        // "ngelamar jadi security", "nyari kerja sebagai penjahit": the job looked for.
        // …and "daftar jadi SPG", "lagi daftar ke agen buat jd SPG": applied for.
        // …and "tes satpam udh lolos fisik", "proses rekrutmen di rumah sakit sbg tenaga dapur": a step of a selection.
        if w.prefix(i).contains(where: { $0 == "lamar" || $0 == "cari" }) || w.prefix(i).contains("daftar") && previous == "jadi"
            || raw.prefix(i).contains(where: Self.selectionSteps.contains) { return false }
        // …or named in the sentence after the search: "cari kerja / jadi staf gudang", "nyari kerja. fokus ke kasir".
        if c > 0, cluesByClause[c - 1]?.contains(.looking) == true, w.prefix(i).allSatisfy(Self.searchTargetWords.contains) { return false }
        // "Insya Allah senin mulai kerja kak, sopir di pabrik es batu": the title named in the clause after a start to
        // come is the job that starts then (not after "baru mulai tgl 3", a start just made).
        if c > 0, cluesByClause[c - 1]?.contains(.startsLater) == true, mentionsFuture, !previousRaw.contains("baru"),
           w.prefix(i).allSatisfy(Self.searchTargetWords.contains) { add(.startsLater, c) }
        var j = i - 1
        while j >= 0, Lexicon.filler.contains(w[j]) || Lexicon.contrast.contains(w[j])
                || ["jadi", "sekarang", "saya", "kerja", "lagi", "masih", "sudah", "yes", "alhamdulillah", "tapi"].contains(w[j]) { j -= 1 }
        // A title opens the clause, or follows "jadi"/"sebagai", or has only a noun before it ("kitchen helper", "room attendant").
        let opening = j < 0 || (j <= 1 && !w.prefix(i).contains { Self.statementWords.contains($0) || Lexicon.negators.contains($0) || Lexicon.planWords.contains($0) })
        let headed = opening || ["jadi", "di"].contains(previous)
        let negatedTitle = (max(0, i - 3)..<i).contains { Lexicon.negators.contains(w[$0]) } || raw.prefix(i).contains("bukan")
        let wished = (max(0, i - 4)..<i).contains { Lexicon.planWords.contains(w[$0]) }
            || raw.prefix(i).contains { ["cita2nya", "citacita", "cita", "pengennya", "kalo", "kalau", "biar", "supaya", "agar"].contains($0) } && !Self.asForMe(w, raw)
            || raw.dropFirst(i + 1).prefix(2).contains { ["insyaallah", "insya", "inshaallah", "aamiin", "amin", "amiin"].contains($0) }  // "jd pramugari insyaallah"
            || raw[max(0, i - 2)..<i].contains("calon")  // "calon desainer kondang"
            || previous == "jadi" && i >= 2 && ["buat", "untuk", "utk", "bwt"].contains(raw[i - 2])  // "diklat kapal buat jadi ABK"
            || w.indices.prefix(i).dropFirst().contains { k in w[k] == "kerja" && Lexicon.planWords.contains(w[k - 1]) }  // "rencana kerja di jepang jadi driver"
        // …and the job left: "berhenti dari pekerjaan sebagai satpam", "abis resign jadi kurir".
        // …and the last one held: "terakhir sebagai sopir rental".
        // …and "udah berhenti jd baby sitter", "kemarin jd ART 4 bulan": a job stopped, or held for a while that is over.
        let pastTitle = (max(0, i - 4)..<i).contains { Lexicon.pastWords.contains(w[$0]) }
            || i > 0 && ["sebagai", "jadi"].contains(w[i - 1]) && raw[max(0, i - 5)..<i].contains { $0 == "resign" || Self.stopWords.contains($0) }
            || i > 0 && w[i - 1] == "jadi" && ["kemarin", "kmrn", "kemaren"].contains(rawAt(i - 2))
                && raw.indices.dropFirst(i + 1).prefix(3).contains { Int(raw[$0]) != nil && ["bulan", "bln", "tahun", "thn", "minggu"].contains(rawAt($0 + 1)) }
            || (max(0, i - 3)..<i).contains { k in raw[k] == "terakhir" && !(k > 0 && ReplyText.timeNouns.contains(raw[k - 1])) }  // not "minggu terakhir jadi SPG"
        guard headed || own, !negatedTitle else { return false }
        if wished { add(.plan, c); return true }
        if pastTitle { add(.pastWork, c); return true }
        // A skill sold to many ("makeup", "rias") beside work for an employer in the same clause is that job's content.
        if craft && (w.contains("kerja") || clues.contains(.employee) || raw.contains("asisten") || raw.contains("asistennya") || raw.contains("tempat") || raw.contains("salon")) { return false }
        // "staff gudang di toko grosir": a staff member, whatever the shop sells.
        // ("Saya di kasir" of the family's shop told before is the family's business.)
        // (Asked only of those titles, once the reply is marked as own account: it scans the whole reply.)
        func familyBusiness() -> Bool {
            clues.contains(.selfEmployed) || allRaw.contains("keluarga")
                || allRaw.indices.dropLast().contains { ["usaha", "toko", "warung"].contains(allRaw[$0]) && Self.kin.contains(allRaw[$0 + 1]) }
        }
        if own && !(Lexicon.landAndSea.contains(word) && Self.onOthersGround(allRaw, clause: w) && !ownMarked)
            || (ownMarked && !employeeMarked && (!Self.neverOwn.contains(word) || familyBusiness())) {
            add(.selfEmployed, c)
        } else {
            add(.employee, c)
            workPositions.append((c, i + 1))
        }
        return true
    }

    /// "ikut perahu tetangga", "di sawah orang", "kapal juragan", or a boss or a day's pay in the clause: the boat or the
    /// field is someone else's (a relative's is the family's: "ikut perahu bapak").
    static func onOthersGround(_ raw: [String], clause w: [String]) -> Bool {
        let boats: Set<String> = ["perahu", "kapal", "bagan"]
        return raw.indices.dropLast().contains { j in
            let owner = raw[j + 1], ground = boats.contains(raw[j]) || ["sawah", "kebun", "tambak", "empang", "ladang", "kolam"].contains(raw[j])
            // "ikut kapal cantrang", "ikut perahu mang Oji": a crew's place, unless the boat is a relative's.
            let crew = boats.contains(raw[j]) && j > 0 && raw[j - 1] == "ikut" && !kinship.contains(owner)
            return ground && ["orang", "org", "tetangga", "juragan", "bos", "majikan", "pak", "haji", "h"].contains(owner) || crew
        } || w.contains { ["juragan", "bos", "majikan", "gaji", "harian", "borongan", "mandor"].contains($0) }
    }

    /// Relatives whose news is theirs, never the graduate's: not a way of addressing the admin, not a parent or
    /// sibling answering for the graduate.
    /// Titles that are always someone else's hire, whatever the reply says of orders or "sendiri" ("kenek … bawa
    /// sendiri", "kasir, pesanan online"): no one is their own kenek.
    static let neverOwn: Set<String> = ["beautician", "terapis", "therapist", "barback", "karyawan", "pegawai", "kenek", "knek", "satpam", "security", "sekuriti", "kasir", "spg", "spb", "pramuniaga", "ob",
                                        "officeboy", "cleaning", "helper", "operator", "staff", "staf", "pelayan", "waiter", "waitress", "crew",
                                        "resepsionis", "receptionist", "housekeeping", "checker", "picker", "packer", "buruh", "penjaga"]

    /// Words that make a "training" a course ("training bahasa korea", "training calon pelaut", "training di LPK").
    static let courseMarkers: Set<String> = ["kursus", "pelatihan", "lpk", "lkp", "blk", "bbpvp", "bahasa", "calon", "sertifikasi", "diklat", "sekolah",
                                             "kuliah", "course", "kelas", "online", "prakerja", "gada", "eps"]

    /// Fields of a typed-out form whose value is the class trained in ("Kelas: Barista").
    static let classFields: Set<String> = ["kelas", "jurusan", "pelatihan", "program", "kejuruan", "prodi", "angkatan"]

    /// Steps of a selection a job title may follow ("tes satpam", "rekrutmen … sbg tenaga dapur").
    static let selectionSteps: Set<String> = ["tes", "test", "seleksi", "rekrutmen", "recruitment", "psikotes", "psikotest", "interview", "wawancara"]

    /// Steps of a job search one goes to ("lagi di jalan mau interview"): looking even when still ahead.
    static let appointments: Set<String> = ["interview", "wawancara", "psikotes", "interviu"]

    /// Places rented or sought for a business to come: "cari lahan", "survey lokasi", "nyari sewa kios".
    static let businessPlaces: Set<String> = ["tempat", "lokasi", "lahan", "ruko", "kios", "lapak"]

    /// Words that ask for help, as typed ("bantuin", "tlg", "cariin"): "bantuin saya dapat kerja" seeks work.
    static let helpAsks: Set<String> = ["bantu", "bantuin", "bantu2", "tolong", "tlg", "tolongin", "cariin", "carikan", "nyariin"]

    /// Things one may not yet have received ("sertifikat belum nerima"): not a refusal to hire.
    static let thingsReceived: Set<String> = ["sertifikat", "sertifikatnya", "sertif", "ijazah", "surat", "suratnya", "paket", "pesan", "pesannya",
                                              "kiriman", "transferan", "bantuan", "hadiah", "undangan", "link", "linknya", "sms", "piagam", "dokumen"]

    /// People other than the sender and their family whose work a reply may mention.
    static let others: Set<String> = ["temen", "temen2", "teman", "teman2", "kawan", "kawan2", "orang", "org", "orang2", "tetangga", "sodara", "saudara", "alumni"]
    static let relatives: Set<String> = ["anak2", "bojo", "bojoku", "salaki", "pamajikan", "suami", "suamiku", "istri", "istriku", "misua", "bini", "laki", "mama", "mamah", "mamak", "emak", "mak", "ayah",
                                         "bokap", "nyokap", "ortu", "mertua", "nenek", "kakek", "cucu", "ponakan", "keponakan", "sepupu", "paman", "tante", "bibi",
                                         "husband", "wife", "son", "daughter", "brother", "sister", "cousin", "mom", "dad"]

    /// Words that may stand before a "yg" that opens on other people: "semangat yg…", "ada yg…", "tinggal beberapa yg…",
    /// and envy, praise or wishes for them ("enak ya yg udah gajian", "semoga yg lagi nyari cepet dapet").
    static let someOfThem: Set<String> = ["semangat", "buat", "untuk", "bagi", "ada", "tinggal", "beberapa", "sebagian", "sisanya", "sisa",
                                          "kebanyakan", "banyak", "semua", "enak", "enaknya", "iri", "beruntung", "salut", "hebat", "semoga",
                                          "moga"]

    /// Words that may stand before the sender's "saya" as subject ("…, alhamdulillah saya sudah bekerja").
    /// …including the note that a relative typed the lines before: "td nenek yg bales, aku lagi kursus".
    static let beforeSubject: Set<String> = ["alhamdulillah", "dan", "tapi", "terus", "kalau", "yes", "bales", "balas", "jawab"]

    /// Words before a relative that make the sender the one who acts ("dilarang suami", "bantu mama", "ikut ortu").
    /// "pung", "punya", "pu": whose, in the eastern Malay "beta pung ade" (my younger sibling).
    static let possessive: Set<String> = ["pung", "punya", "pu"]

    /// Places a relative owns, where the sender may be: "di rumah ortu", "di warung emak".
    /// "ini usaha bapak saya baru mulai", "warung ibuku rame": a relative's business opens the clause, and something is
    /// said of it — theirs, not the sender's. ("bantu usaha bapak saya" is the sender's work and does not open with the
    /// business; "…, usaha suami" only says whose business the sender helps in.)
    static func opensOnRelativesBusiness(_ clause: ReplyText.Clause) -> Bool {
        let w = clause.words.map(\.canonical)
        let raw = clause.words.map { $0.raw.lowercased() }
        guard let b = w.firstIndex(where: Lexicon.businessNouns.contains), b + 1 < raw.count,
              w[..<b].allSatisfy({ Lexicon.filler.contains($0) || ["ini", "itu"].contains($0) }) else { return false }
        let owner = raw[b + 1]
        let mineNext = b + 2 < raw.count && mine.contains(raw[b + 2])
        let theirs = relatives.contains(owner) || (parents.contains(owner) || siblings.contains(owner)) && (mineNext || owner.hasSuffix("ku"))
        return theirs && raw.dropFirst(b + (mineNext ? 3 : 2)).contains { !mine.contains($0) && !Lexicon.filler.contains($0) }
    }

    /// Offers, which are not yet work: "ditawarin jadi reseller", "ditawari kerja di Bekasi".
    static let offers: Set<String> = ["ditawarin", "ditawari", "ditawarkan", "ditawarain"]

    /// What "langganan" goes with when it means "always", not customers: "langganan banjir", "langganan telat".
    static let langgananHabits: Set<String> = ["banjir", "kebanjiran", "macet", "telat", "terlambat", "sakit", "kena", "ditilang", "dimarahin", "rob",
                                               "mati", "kemalingan", "longsor", "remedial", "juara"]

    static let placesOfRelatives: Set<String> = ["rumah", "rmh", "warung", "toko", "kampung", "kebun", "sawah", "kios", "lapak"]

    /// People close to the sender who are not family: "tetangga aku", "pacarku".
    static let acquaintances: Set<String> = ["tetangga", "tetanggaku", "pacar", "pacarku", "sahabat", "sahabatku", "sohib", "bestie", "gebetan"]

    /// Titles before a name: "Bang Jefri", "Mas Andi", "Teh Euis".
    static let honorifics: Set<String> = ["mas", "mbak", "mba", "kang", "akang", "bang", "abang", "teh", "teteh", "pak", "bu", "om", "tante", "uda", "uni",
                                          "bli", "cak", "koh", "ci", "cik", "mbok", "kak"]

    static let actingOnRelatives: Set<String> = ["dilarang", "ikut", "ngikut", "bantu", "bantuin", "sama", "ama", "sm", "bareng", "dengan", "ngurus", "jaga",
                                                 "urus", "rawat", "merawat", "ngerawat", "nemenin",
                                                 "nunggu", "nungguin", "menunggu", "nganter", "nganterin", "jemput", "jemputin"]

    /// Places that, named alone, are someone else's workplace ("di kantor", "PT Sinar Jaya kak"): not "toko" or "bengkel",
    /// which may be the graduate's own.
    static let employers: Set<String> = ["pt", "pabrik", "dealer", "perusahaan", "kantor", "gudang", "proyek"]

    /// What one minds for a living ("jaga toko", "jaga booth kopi", "jaga pos"), unlike a child or a parent.
    static let tills: Set<String> = ["toko", "konter", "warung", "kios", "counter", "parkir", "malam", "malem", "gudang", "booth", "stand", "stan",
                                     "outlet", "gerai", "lapak", "loket", "pos", "minimarket", "apotek"]

    /// Nouns of places people are employed at: "masuk ke pabrik kardus", "udah di PT …".
    static let workplaces: Set<String> = ["pabrik", "pt", "kantor", "gudang", "toko", "hotel", "bengkel", "cafe", "kafe", "resto", "restoran",
                                          "perusahaan", "proyek", "konveksi", "laundry", "salon", "minimarket", "mall", "rs", "klinik", "ke"]

    /// Workplaces nobody is at but to work ("masih di pabrik"), unlike a shop, a café or a clinic one may be visiting.
    static let workplacesNotVisited = workplaces.subtracting(["toko", "bengkel", "cafe", "kafe", "resto", "restoran", "laundry", "salon",
                                                             "minimarket", "mall", "rs", "klinik", "ke"])

    /// A month named in the clause lies after the month of the reply: "mulai bekerja 1 Desember" written in November.
    private func namesALaterMonth(_ raw: [String]) -> Bool {
        guard let context else { return false }
        for (j, word) in raw.enumerated() {
            guard let month = MonthReading.monthNumber(word), word.count > 3,
                  !(j + 1 < raw.count && ["lalu", "kemarin", "kemaren", "kmrn", "kmarin"].contains(raw[j + 1])) else { continue }
            let year = j + 1 < raw.count ? Int(raw[j + 1]).flatMap { $0 > 2000 ? $0 : nil } : nil
            let replied = context.repliedOn
            if let year { return (year, month) > (replied.year, replied.month) }
            // Without a year: a month ahead within the next quarter is a start to come ("mulai Desember" in November).
            let ahead = (month - replied.month + 12) % 12
            return ahead >= 1 && ahead <= 3
        }
        return false
    }

    /// What own-account workers take in ("nerima jahitan", "terima pesanan").
    static let ordersTaken: Set<String> = ["pesanan", "pesenan", "orderan", "order", "project", "projek", "job", "panggilan", "jahitan", "vermak", "permak", "servisan", "katering",
                                            "setrikaan", "cucian", "titipan", "laundry", "les", "murid"]
    /// What own-account work is paid by ("dibayar per paket", "bayaran per acara"); a worker is paid by the month or the piece.
    static let ownUnits: Set<String> = ["project", "projek", "job", "orderan", "pesanan", "order", "paket", "acara", "event", "klien", "client", "trip", "antaran"]
    /// …and by the piece, which marks work paid by output whoever pays it ("per potong", "per pcs").
    static let payUnits = ownUnits.union(["potong", "pcs"])
    /// Family work that produces for sale: helping a relative there is own-account work ("bantu bapak di sawah").
    /// (Shops and selling are read by the business test before it.)
    static let familyProduction: Set<String> = ["sawah", "kebun", "ladang", "tambak", "kolam", "empang", "panen", "tani", "bertani", "nandur",
                                                "tanam", "produksi", "ternak", "los", "pasar"]

    /// "kerja ikut bapak", "kerja di warung bakso bapak": work at a relative's side or in their business (a relative
    /// in lower case: "Apotek Sehat Keluarga" is a name).
    static func atFamilyBusiness(_ w: [String], _ raw: [String], typed: [String], after i: Int) -> Bool {
        guard i + 2 < w.count else { return false }
        let relative = { (j: Int) in w[j] == "keluarga" && typed[j].first?.isLowercase == true && !raw[j].hasSuffix("2") }  // not "ibu2 komplek", the customers
        if ["ikut", "bareng", "sama"].contains(raw[i + 1]) { return relative(i + 2) }
        guard raw[i + 1] == "di" else { return false }
        return (i + 3..<min(w.count, i + 6)).contains { j in relative(j) && (i + 2..<j).contains { Lexicon.businessNouns.contains(w[$0]) } }
    }

    /// Work at a relative's business: the business named with the relative after it ("bengkel paman", "toko punya
    /// ibu", "konveksi kakak ipar", "usaha keluarga"), or a business told beside following a relative ("di bengkel ikut
    /// paman"). Not "rumah sodara", a home, nor "bengkel pak Darto", a named owner.
    static func helpsKin(_ raw: [String], _ all: [String]) -> Bool {
        let business = all.indices.filter { Lexicon.businessNouns.contains(all[$0]) || all[$0] == "usaha" }
        guard !business.isEmpty else { return false }
        let named = business.contains { j in raw.dropFirst(j + 1).prefix(3).contains(where: kinship.contains) }
        let followed = zip(raw, raw.dropFirst()).contains { ["ikut", "ngikut", "bantu", "bantuin", "bantu2"].contains($0) && kinship.contains($1) }
        return named || followed
    }

    /// Words that call off a post offered: "keterima tapi dibatalin", "…penipuan", "…saya mundur".
    static let calledOff: Set<String> = ["batal", "dibatalin", "dibatalkan", "mundur", "gagal", "penipuan", "nipu", "tolak", "ditolak", "diberhentiin", "diberhentikan"]

    /// Relatives whose business the sender may help in (not "pak", an owner's title, nor "tetangga").
    static let kinship = kin.subtracting(["pak", "bpk", "tetangga", "anak", "cucu"]).union(relatives).union(["keluarga", "sodara", "saudara", "ipar"])

    /// "rumah" as a home, not "rumah sakit", "rumah makan".
    static func atHome(_ raw: [String]) -> Bool {
        raw.indices.contains { raw[$0] == "rumah" && !rumahCompounds.contains($0 + 1 < raw.count ? raw[$0 + 1] : "") }
    }

    /// "rumah makan", "rumah sakit": a workplace, not the sender's home.
    /// "di rumah majikan", "di rumah orang", "di rumah keluarga besar Bapak Haji Sulaiman": the home named after
    /// "rumah" is someone else's, where a title is a job for them, not the sender's home business.
    static func someoneElsesHome(_ w: [String], _ raw: [String], after j: Int) -> Bool {
        let next = w.dropFirst(j + 1).prefix(3)
        guard let first = next.first else { return false }
        return owners.contains(first) || ["orang", "tetangga", "klien", "pelanggan", "warga", "pak", "bu", "bule"].contains(raw[j + 1])
            || first.hasPrefix("~") || first == "keluarga" && next.contains { $0.hasPrefix("~") }
    }
    static let rumahCompounds: Set<String> = ["makan", "sakit", "produksi", "potong", "bersalin", "jahit", "kue", "kopi", "singgah", "duka", "sakitnya"]
    /// Who helps someone else at their work ("asisten MUA", "helper bengkel", "kru EO"): paid per job, still not their own business.
    static let assistants: Set<String> = ["asisten", "helper", "kru", "crew", "kenek", "runner", "assistant"]
    /// Skills sold to many clients as often as to one employer: own account unless the reply names an employer.
    static let craftTitles: Set<String> = ["mua", "makeup", "perias", "fotografer", "videografer", "photographer", "editor", "rias", "hairstylist"]
    /// Words that begin a statement: a negation before one of them does not reach past it.
    static let statementWords: Set<String> = ["kerja", "cari", "lamar", "usaha", "jualan", "buka", "kuliah", "kursus", "dapat", "nganggur",
                                              "diterima", "mulai", "masuk", "bantu", "ngurus"]
    /// Whom one works along with, for them: "ikut orang", "ikut bos", "ikut pemborong".
    static let forSomeone: Set<String> = ["orang", "org", "bos", "juragan", "mandor", "proyek", "pemborong", "kontraktor"]
    /// Particles of eastern Indonesian speech that stand between a verb and its object ("cari ki kerja", "cari-cari ji").
    static let easternParticles: Set<String> = ["ki", "ji", "mi", "pi"]
    /// Words before "kerja" that make it a noun compound, not "I work" ("hari kerja", "teman kerja").
    /// What one sells once, to raise money, not as a trade: "jual motor", "jual perhiasan", "jual tanah".
    static let assetsSoldOnce: Set<String> = ["motor", "mobil", "perhiasan", "emas", "tanah", "rumah", "sawah", "kebun", "hp", "laptop", "cincin", "kalung"]

    /// Children left with someone ("anak udah bisa dititip ke neneknya", "ga ada yg bisa dititipin anak2"): care, no consignment.
    static let children: Set<String> = ["anak", "anak2", "bayi", "baby", "cucu", "balita", "kecil", "anakku", "anaknya"]

    /// What is left with someone that is no goods for sale: "nitip CV", "titip info", "nitip suami saya".
    static let entrusted: Set<String> = [
        "bales", "balas", "pesan", "salam", "jawab", "beli", "beliin", "cv", "berkas", "info", "infoin", "informasi", "surat", "nomor", "no",
        "link", "foto", "data", "doa", "tanya", "pertanyaan", "anak", "adek", "adik", "suami", "istri", "kakak", "temen", "teman", "sodara", "saudara",
    ]
    static let kerjaCompoundBefore: Set<String> = [
        "hari", "jam", "dunia", "lowongan", "loker", "tempat", "lapangan", "bursa", "pengalaman", "baju", "sepatu", "alat", "surat", "lamaran",
        "rekan", "teman", "etos", "semangat", "balai", "latihan", "kesempatan", "lamar", "cari", "info", "tes", "kontrak", "kartu", "pelatihan",
        "buat", "untuk", "bisa", "ijazah", "syarat", "usia", "umur", "pakaian", "seragam", "skill", "modal", "panggilan", "mencari",
        "sponsor", "seleksi", "penyaluran", "penyalur", "visa", "izin", "beban", "kontrak", "daftar", "siap",
    ]
    /// Words that lead from a search to the job looked for ("jadi", "fokus ke", "bagian").
    static let searchTargetWords: Set<String> = ["jadi", "sebagai", "fokus", "ke", "bidang", "posisi", "bagian", "yang", "yg", "untuk", "buat", "kayak", "seperti", "misal"]
    /// Words after "kerja" that make it something else ("kerja bakti", "kerja sama").
    static let kerjaCompoundAfter: Set<String> = ["bakti", "samanya", "keras", "kerasnya", "praktek", "praktik", "lapangan", "kelompok", "nya"]
    /// What a driver may rent to work with ("mobil sewa", "angkot sewa").
    static let vehicles: Set<String> = ["mobil", "mobilnya", "motor", "motornya", "angkot", "truk", "pickup", "pikap", "avanza", "colt"]
}
