import Alumni
import Testing
@testable import Outreach

/// One realistic reply and what must come out of it.
struct ReplyCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable, Equatable {
        /// Recorded as it stands: status and every detail.
        case answer(SurveyAnswer)
        /// Sent to a person, with the suggested status (nil = no suggestion of a status).
        case review(LabourStatus?)
        /// Plain chatter, let go.
        case notAnAnswer
    }

    let text: String
    let expected: Expected
    /// The reply's date and the graduation, for months without a year.
    var context: ReplyContext?
    var testDescription: String { text }

    init(_ text: String, _ expected: Expected, on repliedOn: String? = nil) {
        self.text = text
        self.expected = expected
        context = repliedOn.map { ReplyContext(repliedOn: CivilDate(parsing: $0)!, graduatedOn: CivilDate(parsing: "2025-03-14")!) }
    }
}

private func a(_ status: LabourStatus? = nil, month: (Int, Int)? = nil, employer: String? = nil, match: JobMatch? = nil,
               income: IncomeBand? = nil, heard: HeardFrom? = nil, code: ReplyCode? = nil, alsoStudying: Bool = false) -> SurveyAnswer {
    SurveyAnswer(status: status, firstJobMonth: month.flatMap { YearMonth(year: $0.0, month: $0.1) }, employer: employer,
                 match: match, incomeBand: income, heardFrom: heard, replyCode: code, alsoStudying: alsoStudying)
}

private let code = ReplyCode(id: 1234)!
private let typo: String = {
    // Change the check character to another letter of the alphabet: a typo the check must catch.
    var chars = Array(code.text)
    let last = chars.removeLast()
    chars.append(ReplyCode.alphabet.first { $0 != last }!)
    return String(chars)
}()

struct ReplyInterpreterTests {
    static let cases: [ReplyCase] = [
        // Compact reply codes
        .init("1", .answer(a(.employee))),
        .init("2", .answer(a(.selfEmployed))),
        .init("3", .answer(a(.unemployed))),
        .init("5.", .answer(a(.notInLabourForce))),
        .init("6", .answer(a(.hiredNotStarted))),
        .init("7", .answer(a(.preparingBusiness))),
        .init("8", .answer(a(.discouraged))),
        .init("1AA", .answer(a(.employee, match: .matches, income: .belowUMK))),
        .init("1 a b", .answer(a(.employee, match: .matches, income: .umkToUnder1_2))),
        .init("1-A-C-F", .answer(a(.employee, match: .matches, income: .atLeast1_2UMK, heard: .friendOrFamily))),
        .init("2 B D E", .answer(a(.selfEmployed, match: .partly, income: .preferNotToSay, heard: .whatsApp))),
        .init("Jawaban: 1AB kak", .answer(a(.employee, match: .matches, income: .umkToUnder1_2))),
        .init("1=1 6=B", .answer(a(.employee, heard: .instagramReels))),
        .init("Q1 3 Q6 F", .answer(a(.unemployed, heard: .friendOrFamily))),
        .init("1AX", .review(.employee)),
        .init("3A", .review(.unemployed)),
        .init("9", .review(nil)),
        .init("\(code.text) 1AA", .answer(a(.employee, match: .matches, income: .belowUMK, code: code))),
        .init("1AA \(code.text.lowercased())", .answer(a(.employee, match: .matches, income: .belowUMK, code: code))),
        .init("\(typo) 1AA", .review(.employee)),
        .init("1AB PT Maju Jaya, Maret 2025", .answer(a(.employee, month: (2025, 3), employer: "PT Maju Jaya", match: .matches, income: .umkToUnder1_2))),
        .init("1AA tapi masih nganggur", .review(.employee)),
        .init(code.text, .review(nil)),

        // Numbered answers in every form people type them (issue 8)
        .init("no 1", .answer(a(.employee))),
        .init("No 2 kak", .answer(a(.selfEmployed))),
        .init("nomor 3", .answer(a(.unemployed))),
        .init("jawab: 1, di PT Indofood", .answer(a(.employee, employer: "PT Indofood"))),
        .init("jawaban: 1, di PT Sentosa Pangan", .answer(a(.employee, employer: "PT Sentosa Pangan"))),
        .init("1. Bekerja", .answer(a(.employee))),
        .init("satu", .answer(a(.employee))),
        .init("tiga kak", .answer(a(.unemployed))),
        .init("dua, jualan kopi", .answer(a(.selfEmployed))),
        // An ordinal that opens a story is no option: "Pertama kerja di…" (first I worked at…).
        .init("Pertama kerja di bengkel AC, tp keluar bulan Maret. Sekarang lagi nyari kerja", .answer(a(.unemployed))),
        .init("1️⃣", .answer(a(.employee))),
        .init("(4)", .answer(a(.studying))),
        .init("pilih 5 kak", .answer(a(.notInLabourForce))),
        .init("yang nomor 1 kak, alhamdulillah", .answer(a(.employee))),
        .init("1 eh salah, 3 maksudnya kak, belum kerja masih nyari", .answer(a(.unemployed))),
        // A correction takes the number given last; a number taken back without another leaves the words.
        .init("5 eh 3 kak", .answer(a(.unemployed))),
        .init("4 kak\neh bukan, aku udah kerja jadi 1 ya", .answer(a(.employee))),
        .init("2 ehh salah kak, masih nyiapin tempat, belum buka. nomor 7", .answer(a(.preparingBusiness))),
        .init("3 eh ga deng, udah ga nyari, percuma. 8 aja kak", .answer(a(.discouraged))),
        .init("1 eh bukan kak, masih nyari kerja", .answer(a(.unemployed))),
        .init("6 eh 1 typo kak, udah masuk 2 minggu", .answer(a(.employee))),
        .init("1, eh iya kak di PT Sumber Rejeki udah 2 tahun", .answer(a(.employee, employer: "PT Sumber Rejeki"))),
        .init("③", .answer(a(.unemployed))),
        // A form's "Status: 3" is an option; "status PKWT enam bulan" (a contract's length) is not.
        .init("Nama: Rizky\nStatus: 3", .answer(a(.unemployed))),
        .init("Saya bekerja sebagai teknisi di PT Elektrika, status PKWT enam bulan, mulai bulan Februari lalu.", .answer(a(.employee, employer: "PT Elektrika"))),
        // The number after "sy"/"msh", and a number on a line of its own before a question about something else
        .init("kak sy msh no 3 ya. ada info loker?", .answer(a(.unemployed))),
        .init("1\nkak kapan ada kelas barista lagi? temen kantor mau ikut", .answer(a(.employee))),
        .init("dua\nwarung kopi depan gang", .answer(a(.selfEmployed, employer: "warung kopi depan gang"))),
        .init("siap2 buka warung bakso kak, lagi cari tempat", .answer(a(.preparingBusiness))),
        .init("udah ga kerja, kontraknya ga diperpanjang. skrg nyari lagi", .answer(a(.unemployed))),
        .init("bantu jaga toko kelontong bapak", .answer(a(.selfEmployed))),
        // Minding the family's shop is own account; minding a parent is care.
        .init("ikut jaga toko sembako bapak", .answer(a(.selfEmployed))),
        .init("jagain warung ibu tiap sore", .answer(a(.selfEmployed))),
        .init("ngurus bapak yg lagi sakit", .answer(a(.notInLabourForce))),
        // A story's "now" says what they do when all the work told comes before it.
        .init("abis lulus kerja di konveksi, kontrak 3 bulan. sekarang lagi nyari kerja lagi", .answer(a(.unemployed))),
        .init("abis lulus sempet jadi kasir minimarket, sekarang di rumah aja ngurus anak", .answer(a(.notInLabourForce))),
        .init("kerja di pabrik kak, tp sekarang lagi nyari yg lebih baik", .answer(a(.employee, employer: "pabrik"))),
        .init("kerja di gudang dari bulan Maret sampai sekarang", .answer(a(.employee, month: (2025, 3), employer: "gudang")), on: "2025-11-20"),
        .init("kerja di bengkel las, bukan punya sendiri kak", .answer(a(.employee, employer: "bengkel las"))),
        .init("lagi nyiapin usaha ternak bebek kak", .answer(a(.preparingBusiness))),
        .init("kuliah, sambil bantu2 temen jualan kopi tp ga dibayar", .answer(a(.studying))),
        .init("masih nyari kak, kemarin ditawarin jadi sales tapi ga aku ambil", .answer(a(.unemployed))),
        .init("② kak", .answer(a(.selfEmployed))),
        .init("doain aja ya kak 🤲", .review(nil)),
        // Hesitation holds an answer back: a person asks again.
        .init("hmmm", .review(nil)),
        .init("emm gmn ya kak", .review(nil)),
        .init("kumaha nya a", .review(nil)),
        .init("Alhamdulillah, ada kesibukan, Bu. Mohon doanya saja.", .review(nil)),
        .init("kerja? pengennya sih kak", .review(nil)),
        .init("1 atau 3 ya kak bingung", .review(nil)),
        .init("1/3", .review(nil)),
        .init("no 2 pernah, no 3 juga pernah kak", .review(nil)),
        .init("1 2 3 4 wkwk", .review(nil)),
        .init("nomor 2 sama 7 bedanya apa kak?", .notAnAnswer),
        .init("1 kak tp sambil kuliah online", .answer(a(.employee, alsoStudying: true))),
        .init("3 bulan nganggur, akhirnya dapet kerja di PT Multi Karya", .answer(a(.employee, employer: "PT Multi Karya"))),
        .init("2, jualan kopi di rumah", .answer(a(.selfEmployed))),

        // Issue 8's examples: group replies that used to vanish
        .init("Belum kerja kak", .review(.unemployed)),
        .init("Skrg jadi security di perumahan kak", .answer(a(.employee, employer: "perumahan"))),
        .init("Alhamdulillah udh keterima di bengkel resmi Honda, udah 2 bulan jalan", .answer(a(.employee, employer: "bengkel resmi Honda"))),
        .init("narik gojek kak sekarang", .answer(a(.selfEmployed))),
        .init("Lagi ngurus anak kak, di rumah aja", .answer(a(.notInLabourForce))),
        // A clear status with a detail to work out: the month without a year is the latest one since graduation.
        .init("Udah kerja di PT Sinar sejak bulan Agustus", .answer(a(.employee, month: (2025, 8), employer: "PT Sinar")), on: "2025-11-20"),
        .init("sejak Mei udah kerja di toko roti", .answer(a(.employee, month: (2025, 5), employer: "toko roti")), on: "2025-11-20"),
        .init("pelatihan kemarin seru, sekarang udah kerja di cafe", .answer(a(.employee, employer: "cafe"))),
        .init("magang tapi digaji 2jt kak di PT Cahaya", .answer(a(.employee, employer: "PT Cahaya"))),
        .init("magang di hotel tp gk digaji, cuma dapet makan", .answer(a(.studying))),
        .init("magang di PT ABC", .review(.employee)),
        // Negation governs its clause
        .init("belum kerja di bidang otomotif, tapi kerja di gudang", .answer(a(.employee, employer: "gudang"))),
        .init("gak jadi ke Korea, sekarang jualan online", .answer(a(.selfEmployed))),
        .init("kerja belum kak", .review(.unemployed)),
        .init("kerja tidak, kuliah juga tidak", .review(.unemployed)),
        .init("gak kerja di bengkel kak, tp di pabrik", .answer(a(.employee, employer: "pabrik"))),
        .init("tidak bekerja dan tidak mencari kerja", .answer(a(.notInLabourForce))),
        .init("ngurus ibu yg stroke kak, jadi belum bisa kerja atau nyari kerja", .answer(a(.notInLabourForce))),
        // Glued, repeated and reduplicated forms
        .init("udhkerja kak di laundry", .answer(a(.employee, employer: "laundry"))),
        .init("blmdapet kak, lgnyari", .answer(a(.unemployed))),
        .init("masih nyari2 kerja", .answer(a(.unemployed))),
        .init("udaaah kerja kak", .answer(a(.employee))),
        .init("belummm kak, masih nyari", .answer(a(.unemployed))),
        // Job titles without a verb
        .init("security pabrik kak", .answer(a(.employee))),
        .init("helper", .answer(a(.employee))),
        .init("kasir alfamart kak", .answer(a(.employee))),
        .init("operator produksi di pabrik kardus", .answer(a(.employee, employer: "pabrik kardus"))),
        .init("admin gudang", .answer(a(.employee))),
        .init("kitchen helper", .answer(a(.employee))),
        // Regional words
        .init("wis nyambut gawe ning pabrik", .answer(a(.employee, employer: "pabrik"))),
        .init("durung kerjo, iseh golek gawean", .answer(a(.unemployed))),
        .init("tos damel di bengkel", .answer(a(.employee, employer: "bengkel"))),
        .init("tacan damel, nuju milarian padamelan", .answer(a(.unemployed))),
        .init("udeh kerja bang, di gudang", .answer(a(.employee, employer: "gudang"))),
        .init("aye dagang ketoprak bang", .answer(a(.selfEmployed))),
        // Own-account work beyond usaha/jualan
        .init("2 ya min, jastip", .answer(a(.selfEmployed))),
        .init("open PO kopi literan tiap jumat", .answer(a(.selfEmployed))),
        .init("ngojek", .answer(a(.selfEmployed))),
        .init("jadi kang parkir di minimarket", .answer(a(.selfEmployed))),
        .init("bantu warung ortu", .answer(a(.selfEmployed))),
        .init("bantu usaha orang tua jualan online", .answer(a(.selfEmployed))),
        .init("buka usaha sendiri kak", .answer(a(.selfEmployed))),
        // Statements about other people, and questions back
        .init("wah selamat ya yg udah pada dapet kerja", .notAnAnswer),
        .init("temen aku si Dina udah kerja kak di pabrik", .notAnAnswer),
        .init("teman saya sudah pada kerja, saya belum", .review(.unemployed)),
        // "pada" before the verb: they all, not the sender
        .init("wah pada udah kerja ya", .notAnAnswer),
        // …and a question to someone else, then a greeting ("salam ya" answers nothing)
        .init("Reza masih kerja di kelurahan? salam ya", .notAnAnswer),
        // another alumnus introduced after an address word, and their news
        .init("mas pacar aku jg alumni blk, udah kerja di pabrik", .notAnAnswer),
        // "ada yg … ada yg …", "tinggal beberapa yg …": some of them
        .init("ada yg udah kerja ada yg masih nyari kak", .notAnAnswer),
        .init("temen2 kelas las kebanyakan udah pada kerja kak, tinggal beberapa yg masih nyari", .notAnAnswer),
        .init("kapan kelas barista buka lagi?", .notAnAnswer),
        // Hired, started or not
        .init("diterima kerja di PT Cakra, mulai senin depan", .answer(a(.hiredNotStarted))),
        .init("keterima kerja dan udah masuk kak di PT Sentral", .answer(a(.employee, employer: "PT Sentral"))),
        .init("udah masuk kerja", .answer(a(.employee))),
        .init("udah keterima kak", .review(.hiredNotStarted)),
        .init("Dapet kerja kak di PT Mandala, tp masuknya bulan depan", .answer(a(.hiredNotStarted))),
        // Preparing a business, discouraged
        .init("lagi nyiapin usaha laundry kak, mesin udh beli tinggal nyari ruko", .answer(a(.preparingBusiness))),
        .init("lagi ngurus izin PIRT buat jualan kue", .answer(a(.preparingBusiness))),
        .init("percuma nyari kak, pabrik pada tutup", .answer(a(.discouraged))),
        .init("udah gak nyari lagi, ga ada lowongan buat lulusan smp", .answer(a(.discouraged))),
        .init("walk in interview mulu kak blm ada yg nerima, tp gw gak nyerah", .answer(a(.unemployed))),

        // Everyday language, with details
        .init("Alhamdulillah sudah kerja di PT Maju Jaya", .answer(a(.employee, employer: "PT Maju Jaya"))),
        .init("udah krja kak di PT. Sinar Abadi sejak maret 2025 🙏", .answer(a(.employee, month: (2025, 3), employer: "PT Sinar Abadi"))),
        .init("Sudah bekerja di CV Berkah Motor mulai 03/2025, sesuai pelatihan", .answer(a(.employee, month: (2025, 3), employer: "CV Berkah Motor", match: .matches))),
        .init("Alhamdulillah udah kerja, tapi tidak sesuai jurusan", .answer(a(.employee, match: .doesNotMatch))),
        .init("sudah kerja tapi masih cari kerja yang lebih baik", .answer(a(.employee))),
        .init("kerja sambil kuliah kak", .answer(a(.employee, alsoStudying: true))),
        .init("Sudah kerja di Kopi Kenangan, gaji di bawah UMK", .answer(a(.employee, employer: "Kopi Kenangan", income: .belowUMK))),
        .init("udah kerja gaji 5 juta", .answer(a(.employee))),
        .init("sudah kerja, tau pelatihan dari reels", .answer(a(.employee, heard: .instagramReels))),
        .init("sudah, di bengkel dekat rumah", .review(.employee)),
        .init("kerja di pabrik sambil jualan online", .answer(a(.employee, employer: "pabrik"))),
        .init("pengen buka usaha", .review(nil)),
        .init("masih nganggur kak", .review(.unemployed)),
        .init("belum dapat kerja, masih nyari", .answer(a(.unemployed))),
        .init("lagi ngelamar ke beberapa pabrik", .answer(a(.unemployed))),
        .init("pernah kerja 2 bulan terus resign", .review(nil)),
        .init("sudah kerja tapi sekarang nganggur lagi", .review(.unemployed)),
        .init("sudah kerja tapi nganggur", .review(.employee)),
        .init("dulu nganggur sekarang sudah kerja", .answer(a(.employee))),
        .init("lanjut kuliah", .answer(a(.studying))),
        .init("ikut pelatihan lagi di BLK lain", .answer(a(.studying))),
        .init("belum kerja, masih kuliah", .answer(a(.studying))),
        .init("ibu rumah tangga, tidak cari kerja", .answer(a(.notInLabourForce))),
        .init("lagi hamil, belum kerja dulu", .answer(a(.notInLabourForce))),
        .init("lagi cuti melahirkan kak, tapi masih karyawan di PT Bumi Rasa, bulan depan masuk lagi", .answer(a(.employee, employer: "PT Bumi Rasa"))),
        .init("I work at a café now", .answer(a(.employee, employer: "café"))),
        .init("Still looking for a job", .answer(a(.unemployed))),
        .init("I'm self-employed, heard about it from a friend", .answer(a(.selfEmployed, heard: .friendOrFamily))),
        .init("haven't found a job yet, still looking", .answer(a(.unemployed))),
        .init("I'm a housewife", .answer(a(.notInLabourForce))),
        .init("I'll work on the survey later", .review(nil)),

        // Not answers
        .init("Halo kak, terima kasih 🙏", .notAnAnswer),
        .init("terima kasih infonya 🙏", .notAnAnswer),
        .init("Assalamualaikum min", .notAnAnswer),
        .init("Kak, pendaftaran pelatihan otomotif kapan dibuka", .notAnAnswer),
        .init("<Media omitted>", .notAnAnswer),
        .init("👍👍", .notAnAnswer),
        .init("ok siap kak", .notAnAnswer),
        .init("Diteruskan\nLOKER!!! Dibutuhkan operator produksi, kirim lamaran ke HRD", .notAnAnswer),
        // Messages of one go where some are only small talk or media (bench/run: 797 answers read with a greeting)
        .init("terima kasih infonya 🙏\n1", .answer(a(.employee))),
        .init("1\nterima kasih infonya 🙏", .answer(a(.employee))),
        .init("Selamat pagi semua\n5", .answer(a(.notInLabourForce))),
        .init("Kapan jadwal angkatan berikutnya?\n3", .answer(a(.unemployed))),
        .init("<Media tidak disertakan>\n2", .answer(a(.selfEmployed))),
        .init("Pesan ini telah dihapus\nlanjut kuliah", .answer(a(.studying))),
        .init("<Media tidak disertakan>\nini foto sertifikat aku", .notAnAnswer),
        .init("Halo kak\nmakasih ya", .notAnAnswer),
        // Half an answer in small-talk words goes to a person; thanks, greetings and blessings beside it are still let go
        .init("alhamdulillah baik kak", .review(nil)),
        .init("baru kak", .review(nil)),
        .init("sehat selalu ya kak adminnya", .notAnAnswer),
        .init("keluarga sehat kak", .notAnAnswer),
        .init("halo kak", .notAnAnswer),
        .init("alhamdulillah, makasih kak", .notAnAnswer),
        .init("Alhamdulillah kabar baik kak, maaf baru bales 🙏", .review(nil)),
        .init("alhamdulillah kak, ada aja rejekinya 😁", .review(nil)),
        // An answer pointed at instead of given: the option by its words or place, someone else's answer, an earlier message
        .init("yg belum mulai itu kak 😁", .review(.hiredNotStarted)),
        .init("yg lagi nyiapin usaha itu kak, doain ya", .review(.preparingBusiness)),
        .init("opsi terakhir kak", .review(.discouraged)),
        .init("iya yg paling bawah kak", .review(.discouraged)),
        .init("sama kayak temen2 kak hehe", .review(nil)),
        .init("iya kak yg itu", .review(nil)),
        .init("yg kemarin masih sama ya kak", .review(nil)),
        .init("aku juga kak", .review(nil)),
        .init("di link ada pilihan 'sudah diterima kerja belum mulai' ya? itu aku", .review(nil)),
        .init("kak boleh ganti jawaban? yg kemarin saya salah isi", .notAnAnswer),
        // Words that look like a state but are not the sender's: a day named after a trade, a date, a company's name,
        // the centre's admin, worship accepted, a hospital, a parent's work, the option asked about, training "here too"
        .init("selamat hari guru buat pak Agus 🙏", .review(nil)),
        .init("Selamat 1 Syawal 1446 H, mohon maaf lahir batin kak", .notAnAnswer),
        .init("terima kasih admin yg selalu fast respon", .review(nil)),
        .init("Assalamualaikum, selamat idul adha bapak ibu, semoga ibadah kurbannya diterima, sehat2 selalu ya kaka admin", .review(nil)),
        .init("Eid mubarak kak, alhamdulillah THR pertama sy dr PT Mitra Usaha Sejahtera udh cair", .review(nil)),
        .init("kerja kak, cleaning service di rumah sakit", .answer(a(.employee, employer: "rumah sakit"))),
        .init("Bapak saya kerja di proyek kak. kalo beliau mau ikut kelas las boleh?", .review(.employee)),
        .init("pagi kak ☀️\nnomor 1 itu termasuk yg magang ga kak?", .notAnAnswer),
        .init("lanjut pelatihan kelas otomotif mobil di BLK juga 🔧", .answer(a(.studying))),
        // "You're welcome", however it is typed
        .init("sama sama kak", .notAnAnswer),
        .init("Sama-sama min 🙏", .notAnAnswer),
        .init("sama2 kak, semoga BLK makin sukses", .notAnAnswer),
        // Offers, habits, readers addressed, a relative's business, placements, adverts passed on
        .init("nganggur kak, kemarin ditawarin jadi reseller baju tapi modalnya ga ada", .review(.unemployed)),
        .init("masih nyari kerja kak, kemarin ditawarin jadi sales panci tapi ga aku ambil", .answer(a(.unemployed))),
        .init("Periuk langganan banjir lagi kak, rumah kerendem 😭", .review(nil)),
        .init("info diskon tepung 10% buat yg jualan kue kak 🧁", .notAnAnswer),
        .init("ini usaha bapak saya baru mulai kak, Bengkel Las Pak Darto, tolong bantu share ya 🙏", .notAnAnswer),
        .init("Nganggur, masih cari. Adik 3 masih sekolah semua", .answer(a(.unemployed))),
        .init("alhamdulillah lolos seleksi security kak, lagi nunggu penempatan", .answer(a(.hiredNotStarted))),
        .init("hari ini ada yg jualan gorengan? mau nitip beli 🙏", .review(nil)),
        .init("Izin share loker ya kak\nDibutuhkan operator produksi, min SMA. Lamaran antar ke pos satpam", .notAnAnswer),
        .init("ini kak aku teruskan dari grup RW:\n*DIBUTUHKAN SEGERA* penjaga toko, gaji 2,5jt. Hub pemilik toko", .notAnAnswer),
        // Someone asked after, someone named before "dia", someone's role, a saying, skills put to use, a class's hours
        .init("grup kelas rame stiker tiap malem, admin kemana", .review(nil)),
        .init("udah ga nyari kak, mau ngelamar kemana juga ga ada yg buka lowongan", .answer(a(.discouraged))),
        .init("yg paling jago di kelas kita si Dodi kan, dia sekarang kerja di bengkel resmi", .notAnAnswer),
        .init("Yg ikut kelas itu suami saya, dia sekarang kerja di pabrik", .answer(a(.employee, employer: "pabrik"))),
        .init("masih nyari kak, tiap hari keliling pabrik. satpamnya udah kenal saya", .answer(a(.unemployed))),
        .init("bosnya galak kak, asistennya juga", .notAnAnswer),
        .init("kerja ikut pak Darto pasang listrik, gw helpernya", .answer(a(.employee))),
        .init("ya namanya juga usaha kak 😅 kangen kelas", .review(nil)),
        .init("Ilmu dari bu Rini kepake tiap hari kak. Salam hormat buat beliau 🙏", .review(nil)),
        .init("kelasnya kurang lama kak, cuma belajar 2 jam sehari", .review(nil)),
        .init("kak mau nanya, kalo ga kerja dapet bantuan ga dari dinas?", .review(nil)),
        .init("kak kok saya dapet pesan ini?", .notAnAnswer),
        .init("belum mau cari kerja dulu 😅 masih kepikiran serunya kelas las", .answer(a(.notInLabourForce))),
        .init("masih nyari kerja kak, skrg harus usaha sendiri", .answer(a(.unemployed))),
        .init("ini adeknya kak, si Rudi udah kerja di bengkel 🙏", .answer(a(.employee, employer: "bengkel"))),
        .init("ada lowongan di pabrik saya kak, bagian packing 3 orang, yg minat hubungi saya", .answer(a(.employee))),
        // A leave only a job gives, or from a place of work named, is a temporary absence (working) — unless the job ended
        .init("Kerja kak, saat ini lagi cuti hamil 🤰", .answer(a(.employee))),
        .init("lagi cuti sakit dari bengkel kak, kaki patah", .answer(a(.employee))),
        .init("abis cuti melahirkan malah dikeluarin kak, sekarang di rumah aja ngurus bayi", .answer(a(.notInLabourForce))),
        .init("cuti dulu dr nyari kerja kak, lagi jagain ibu yg sakit", .answer(a(.notInLabourForce))),
        // Adverts, other alumni, leave, endings, purposes, papers, unpaid work, applications
        .init("LOKER! dibutuhkan helper gudang di Jatiuwung, kirim lamaran ke email hrd", .notAnAnswer),
        .init("adik saya alumni BLK juga, sekarang kerja di bengkel", .notAnAnswer),
        .init("masih karyawan kok kak di PT Sentosa, belum resign, cuma lagi cuti melahirkan", .answer(a(.employee, employer: "PT Sentosa"))),
        .init("resign dari pabrik 2 bulan lalu, sekarang lagi cari kerja", .answer(a(.unemployed))),
        .init("kursus bahasa korea kak, persiapan kerja ke korea", .answer(a(.studying))),
        .init("visa jepang udah keluar, berangkat bulan depan, kerja di pabrik", .answer(a(.hiredNotStarted))),
        .init("magang di kantor notaris ga dibayar, sambil ngelamar kerja", .answer(a(.unemployed))),
        .init("masih cari kerja, kemarin daftar jadi SPG di mall", .answer(a(.unemployed))),
        .init("2023", .review(nil)),
        .init("gitu deh kak", .review(nil)),
        // An answer put off is not an answer, nor plain chatter: a person follows it up
        .init("nanti saya kabarin ya kak", .review(nil)),
        .init("ok kak nanti aku isi", .review(nil)),
        .init("sedang di jalan bu", .review(nil)),
        .init("bentar lagi insyaallah", .review(nil)),
        .init("kumaha engke we", .review(nil)),
        .init("nanti saya daftar lagi kak, makasih", .notAnAnswer),
        .init("lagi nyuapin si kecil kak 👶 nanti ya", .review(nil)),
        // A relative who says who they are answers for the graduate, named with "si"
        .init("ini kakaknya 🙏 adek aku si Bagus udh kerja kak", .answer(a(.employee))),
        // Letters typed as digits ("alay")
        .init("bl0m k3rj4 kak, m4s1h ny4r1", .answer(a(.unemployed))),
        // A relative's work given as the reason, and a friend introduced before their news
        .init("di rumah aja kak, jagain adek krn ortu dua2nya kerja", .answer(a(.notInLabourForce))),
        .init("temen aku si Rina yg dari kelas rias, udah kerja di salon", .notAnAnswer),
        // A name, then "dia": someone else's news ("Rina udah kerja kak" alone may be the sender's own name)
        .init("Wulan udah kerja di pabrik kak, dia jarang buka hp", .notAnAnswer),
        .init("Wulan udah kerja di pabrik kak", .answer(a(.employee, employer: "pabrik"))),
        // A course that has begun is studying, not a job started; "belum dulu" is "not for now"
        .init("ikut kursus bahasa jepang kak, udah mulai dari tgl 5", .answer(a(.studying))),
        .init("udah masuk kuliah kak. kerja belum dulu", .answer(a(.studying))),
        // Paid per job by the one who owns the business: an employee
        .init("freelance fotografer kak, dibayar per acara sama yg punya studio", .answer(a(.employee))),
        // A parent's stall, short spellings
        .init("jaga warung nasi uduk mak gw tiap pagi", .answer(a(.selfEmployed))),
        .init("udah dpt kerja kak, minggu dpn msk", .answer(a(.hiredNotStarted))),
        .init("aku bka les privat kak", .answer(a(.selfEmployed))),
        // Someone with a foreman or a supervisor works for someone
        .init("maaf baru bales kak, hp dititip di loker, mandor galak", .answer(a(.employee))),
        // Work that lasted until a time gone by is past
        .init("sampe bulan lalu masih kerja di toko kak", .review(nil)),
        // Emoji that stand for words beside words; a status told in emoji alone goes to a person
        .init("kuliah ✅ kerja ❌", .answer(a(.studying))),
        .init("❌ kerja\n✅ nyari", .answer(a(.unemployed))),
        .init("✅ keterima ❌ blm masuk 😁", .answer(a(.hiredNotStarted))),
        .init("❌ kerja ❌ nyari 🏠✅", .answer(a(.notInLabourForce))),
        .init("💼 di PT Mega Jaya", .answer(a(.employee, employer: "PT Mega Jaya"))),
        .init("📚 kuliah ❌ 💼 kerja ✅ di PT Lumbung Beras", .answer(a(.employee, employer: "PT Lumbung Beras"))),
        .init("ngurus rumah tangga. kadang bantu kegiatan PKK tanpa dibayar", .answer(a(.notInLabourForce))),
        .init("lulus tes, masuk lusa", .answer(a(.hiredNotStarted))),
        .init("skrg kerja jadi kru galley di kapal pesiar, sign on tgl 2 feb", .answer(a(.employee, employer: "kapal pesiar"))),
        .init("💼❓", .review(nil)),
        .init("🙏👍", .notAnAnswer),
        // Few vacancies said before the word, and stopping told in English
        .init("ga nyari lagi kak. sepi lowongan di sini", .answer(a(.discouraged))),
        .init("no vacancy around here so I stopped looking", .answer(a(.discouraged))),
        .init("I quit applying, there's no job for welders here", .answer(a(.discouraged))),
        // A selection passed ("lulus interview") is an acceptance, "disuruh masuk" a start to come
        .init("lulus interview di hotel kak, disuruh masuk minggu depan", .answer(a(.hiredNotStarted))),
        .init("lulus seleksi kapal pesiar, berangkat tanggal 20 bulan depan", .answer(a(.hiredNotStarted))),
        // Care for a wage or for an employer is a job
        .init("sy skrg ngasuh anak tetangga kak, dibayar per bulan", .answer(a(.employee))),
        .init("masih di Hong Kong kak, udah ganti majikan, skrg jagain anak kecil", .answer(a(.employee))),
        // "itu … aku" points at the sender's own thing, not a question: a first payslip is a wage
        .init("<Media omitted>\n<Media omitted>\nitu slip gaji pertama aku kak 😭🙏 makasih BLK", .answer(a(.employee))),
        // Chatter is thanks, greetings, blessings, media and questions back: a workplace, a job, an exam or a start
        // is news of the sender, for a person to read when the rules cannot
        .init("baru ganti kantor kak", .review(nil)),
        .init("lagi praktek kak", .review(nil)),
        // The job looked for, named by example, applied for or needed, is not a job had
        .init("lg nyari kerja yg bisa bawa anak, kayak jaga toko gitu", .answer(a(.unemployed))),
        .init("lagi daftar ke agen kak buat jd SPG, nunggu dipanggil", .answer(a(.unemployed))),
        .init("blm kerja. msh cari. bapak lg sakit jd butuh bgt kerja", .answer(a(.unemployed))),
        // Work in the very sentence that says when it starts is still to come; work held before it is not
        .init("udah dapet SK kak, mulai kerja bulan depan di Dinas Kebersihan jadi tenaga kontrak", .answer(a(.hiredNotStarted))),
        .init("udah kerja di PT Sinar Abadi, mulai bulan depan jadi karyawan tetap", .answer(a(.employee, employer: "PT Sinar Abadi"))),
        // Someone else who trained too stays the subject while a clause says nothing of them yet ("dia", then "sekarang …");
        // a person named with an honorific and described ("Bang Jefri yg …"), a neighbour or a partner is someone else
        .init("kawan saya Dedi juga lulusan BLK, dia sekarang kerja di bengkel las", .notAnAnswer),
        .init("Bang Jefri yg dari kelas las udh kerja di galangan kapal kak", .notAnAnswer),
        .init("tetangga aku yg dulu bareng ikut kelas jahit sekarang udah kerja di konveksi", .notAnAnswer),
        // The last work, told with when it was, is over
        .init("no 3 kak, kerja proyek terakhir bulan kemarin", .answer(a(.unemployed))),
        // Getting ready before the opening is preparing
        .init("lg nyobain resep dl sblm buka warung nasi", .answer(a(.preparingBusiness))),
        // Waiting for a relative is something the sender does, a relative's house a place: the sender's own news
        .init("nunggu suami pulang dari proyek, sementara di rumah ortu aja ngurus anak", .answer(a(.notInLabourForce))),
        // A business that stopped is past work; "jangankan" (let alone) denies what follows; a number denied gives way
        .init("usaha laundry saya tutup, skrg di rumah aja ngurus cucu", .answer(a(.notInLabourForce))),
        .init("sy udah berhenti jualan kak, skrg istirahat di rumah aja, ga nyari kerja", .answer(a(.notInLabourForce))),
        .init("jangankan kerja kak, panggilan interview aja blm ada. tiap hari kirim lamaran", .answer(a(.unemployed))),
        .init("7\nbukan 7 kak, 2", .answer(a(.selfEmployed))),
        // "bagian dari" is a part of something, not a department
        .init("lagi OJT gratis kak, katanya bagian dari kursus", .answer(a(.studying))),
        // Work offered is not work had; an itinerant trade is one's own; a loan for capital is preparing
        .init("no 3 kak, kemarin ditawarin kerja di Cikarang tp kejauhan, masih nyari", .answer(a(.unemployed))),
        .init("tukang cukur keliling kak, pake sepeda", .answer(a(.selfEmployed))),
        .init("blm buka kak, lagi ngajuin pinjaman KUR buat modal warung", .answer(a(.preparingBusiness))),
        // A staff title is work for someone whatever the shop sells; an own business denied marks nothing
        .init("jadi staff gudang di toko grosir kak", .answer(a(.employee, employer: "toko grosir"))),
        .init("kerja jadi admin di toko sembako. ora usaha dewe", .answer(a(.employee, employer: "toko sembako"))),
        // A numbered non-working status beside a job is work only when the words put the job beside or in place of it;
        // else the job may be the one sought or studied, and the number stands as the suggestion
        .init("3 kak. Semoga BLK bisa bantu nyalurin alumni ke perusahaan", .review(.unemployed)),
        .init("no 4 / kursus lanjutan / barista", .review(.studying)),
        .init("3 kak, tp sekarang part time jaga konter hp", .answer(a(.employee))),
        // "anak nelayan" is whose child, not a job; "masih usaha" after no luck yet is still trying
        .init("no 3, anak nelayan kak, lg nyari kerja di darat", .answer(a(.unemployed))),
        .init("3. blm dapet panggilan kak, masih usaha", .answer(a(.unemployed))),
        // Eastern particles between the verb and "kerja"; a lone "*word" correcting a typo; "sblmnya" is before;
        // a placement agency is no work
        .init("masih cari mi kerja kaka, di sini susah", .answer(a(.unemployed))),
        .init("lg nyari krja kak\n*kerja", .answer(a(.unemployed))),
        .init("lagi nyari kerja, sblmnya kerja di bengkel", .answer(a(.unemployed))),
        .init("masih nunggu kabar dari yayasan penyalur kerja ke Jepang kak", .answer(a(.unemployed))),
        // After a search, a clause that opens on "yg" says which work is sought
        .init("nyari kerja kak, tapi yg shift siang aja", .answer(a(.unemployed))),
        // An assistant paid per job, or one who works along with a named person, works for someone
        .init("jadi helper dekor kak, dibayar per acara", .answer(a(.employee))),
        .init("jadi tukang pasang CCTV, ikut mas Bayu, dibayar per job", .answer(a(.employee))),
        // "rumah makan" is a workplace, not home; "Mandiri" inside a name is no own business
        .init("pelayan di rumah makan padang", .answer(a(.employee, employer: "rumah makan padang"))),
        .init("saya staf admin di Koperasi Sejahtera Mandiri", .answer(a(.employee, employer: "Koperasi Sejahtera Mandiri"))),
        // A start at a named workplace, and "masuk dr <month>" as since, whatever "nanti" says elsewhere
        .init("6 / PT Maju Plastik / mulai senin depan", .answer(a(.hiredNotStarted))),
        .init("lg istirahat kak, nanti lanjut shift. di PT Jaya Plastik, masuk dr juli", .answer(a(.employee, month: (2025, 7), employer: "PT Jaya Plastik")), on: "2026-04-20"),
        // A relative's number is theirs: a person asks whose it is
        .init("kakak sy 3 kak", .review(.unemployed)),
        // A business that takes no work yet, has no customers yet or is not launched is being prepared
        .init("lagi nyiapin usaha jasa rias kak, beli alat dulu, belum terima job", .answer(a(.preparingBusiness))),
        .init("sedang nyiapin laundry kecil di rumah, mesinnya udah ada, pelanggannya belum", .answer(a(.preparingBusiness))),
        .init("bikin akun olshop sama foto produk, blm launching", .answer(a(.preparingBusiness))),
        .init("jualan belum mulai kak, lagi urus PIRT", .answer(a(.preparingBusiness))),
        // Work in a relative's business, or at a relative's side, without a wage is own-account (a family worker);
        // working for nobody ("gak kerja ikut orang") is own account; a relative's name inside a shop's name is no relative
        .init("kerja di warung soto bapak, bantu cuci piring", .answer(a(.selfEmployed))),
        .init("bantu ibu di sawah kak, lagi musim tanam", .answer(a(.selfEmployed))),
        .init("kerja ikut om di bengkel, ga digaji", .answer(a(.selfEmployed))),
        .init("gak kerja ikut orang kak, jualan es teh keliling", .answer(a(.selfEmployed))),
        .init("kerja di salon langganan ibu2 komplek", .answer(a(.employee, employer: "salon langganan ibu2 komplek"))),
        .init("sempet bantu paman di tambak 2 bulan, trus balik ke Tangerang", .review(nil)),
        // Work now and then goes to a person, unless the week asked about had work
        .init("kadang ada kerjaan kadang nggak kak", .review(.employee)),
        .init("kadang jualan kadang nggak kak", .review(.selfEmployed)),
        .init("kerja harian lepas, kadang dipanggil kadang ngga. minggu ini masuk 4 hari", .answer(a(.employee))),
        // A slip owned after a corrected number is no employer; a capitalised name that is also a kin word is a name
        .init("3\nbukan 3 min, 1! kepenjet", .answer(a(.employee))),
        .init("Putra udah kerja di bengkel las kak, tanya aja ke dia", .notAnAnswer),
        // A relative's work news with no status of its own still goes to a person (the relative may be the graduate);
        // a relative's wish to join a class is a question about the classes
        .init("abang saya minggu lalu kena PHK kak", .review(nil)),
        .init("suami sy lg dirumahin dr gudang, gmn ya kak", .review(nil)),
        .init("adik saya mau ikut kelas barista, kapan dibuka kak?", .notAnAnswer),
        // Sent home from a job: working only while a return is in sight
        .init("dirumahin dulu 3 minggu kak dr konveksi, nanti dipanggil lagi", .answer(a(.employee))),
        .init("dirumahkan kak dr pabrik", .review(nil)),
        .init("dirumahkan permanen kak, skrg masih ngelamar2", .answer(a(.unemployed))),
        // A business of someone else's is not the sender's; a relative's, or one the sender serves customers in, may be
        .init("temen sekelas aku si Dodi udh buka bengkel sendiri kak, keren", .notAnAnswer),
        .init("ibu aku buka warung nasi, aku yg masak tiap pagi", .answer(a(.selfEmployed))),
        // Quoted lines are someone else's words: the survey's, or a classmate's reply
        .init("> Halo, kami dari BLK ingin tahu kabar kakak\n2 kak, jualan pempek", .answer(a(.selfEmployed))),
        .init("> Sinta: 1 kak, udh kerja di minimarket\nselamat sin!! 🎉", .notAnAnswer),
        .init("Replying to Bayu:\n> 3 masih nyari kak\nsama kak 😭", .review(.unemployed)),
        .init("[Wawan] 4, lanjut kuliah\nkalo aku beda kak", .review(nil)),
        .init("»Dedi: 8, udah males ngelamar\nbeda sama dia, 1 kak kerja di gudang", .answer(a(.employee, employer: "gudang"))),
        .init("Joko: “2 kak buka bengkel”\nmantap bro 👍", .notAnAnswer),
        // Words in quotes may be the sender's own: what is let go without them goes to a person
        .init("aku jawab “udah kerja di pabrik sepatu sejak maret” ya kak", .review(.employee)),
        // A forwarded message, then the sender's own words after a blank line
        .init("⏩ Diteruskan\nDICARI KURIR MOTOR, kirim CV ke kantor\n\nkak ini asli ga? aku lagi nyari kerja nih", .answer(a(.unemployed))),
        .init("⏩ Diteruskan\nDICARI KURIR MOTOR, kirim CV ke kantor", .notAnAnswer),
        // Struck-out text is taken back
        .init("~5~ 3 kak, masih ngelamar", .answer(a(.unemployed))),
        .init("~2~ ~7~", .review(nil)),
        // The option list sent back with one marked
        .init("1 bekerja ❌\n2 wirausaha ❌\n3 cari kerja ✅\n4 sekolah ❌", .answer(a(.unemployed))),
        .init("1. bekerja\n2. wirausaha\n3. cari kerja\n4. sekolah\n5. tidak bekerja", .review(nil)),
        // Work beside study by number; three options; an option of the past; a correction further on
        .init("2 dan 4 kak, jualan kue sambil kuliah", .answer(a(.selfEmployed, alsoStudying: true))),
        .init("1,3,4 kak", .review(nil)),
        // Another option's words pasted after the number: the sender's own words after them tell which was meant
        .init("(4) wirausaha / buka jasa sablon kaos di rumah", .answer(a(.selfEmployed))),
        .init("3 bekerja sebagai karyawan / masih ngelamar sana sini kak", .answer(a(.unemployed))),
        .init("3. bekerja sebagai karyawan", .review(.unemployed)),
        // A relative's news, then the sender's own; bare job titles after a search are the work sought
        .init("adek udah kerja duluan kak, aku masih nyari", .answer(a(.unemployed))),
        .init("masih nyari kerja kak, apa aja, admin gudang, kasir", .answer(a(.unemployed))),
        .init("still looking for job, anything ok, warehouse, driver", .answer(a(.unemployed))),
        .init("gaji? apa itu gaji kak 😅", .review(nil)),
        // "stop" gives up only on a search; English "find" looks; an English relative's news is theirs
        .init("stop kirim pesan ginian kak", .review(nil)),
        .init("udah stop nyari kak, percuma ga ada yg nerima", .answer(a(.discouraged))),
        .init("I still find job kak, already send CV", .answer(a(.unemployed))),
        .init("my husband works at a workshop now", .review(nil)),
        .init("my sister already work at laundry", .review(.employee)),
        .init("Istri udah kerja lagi di konveksi kak", .review(.employee)),
        // Work held meanwhile beats a job to come
        .init("udah keterima kerja mulai bulan depan kak, sementara masih jualan cilok", .answer(a(.selfEmployed))),
        // After the number, "udah kerja" names no employer
        .init("1 kak, udah kerja", .answer(a(.employee))),
        // Agreeing with a quoted reply in any words, or "+1"
        .init("> Nanda: 3 kak masih nyari\naku jg bgt kak 😭", .review(.unemployed)),
        // "adek ku", "kakak ku" typed apart are the sender's relatives; "Mas Bayu …" speaks of Bayu
        .init("kakak ku udah kerja di pabrik kak, aku masih nyari", .answer(a(.unemployed))),
        .init("Mas Yogi udah jadi mandor loh kak 👏", .notAnAnswer),
        .init("dulu 1 kak, di pabrik garmen", .review(nil)),
        .init("dulu 3, skrg 1 kak", .answer(a(.employee))),
        .init("3 belum bekerja & sedang cari kerja\nmaaf kak nomornya salah, 1", .answer(a(.employee))),
        // A recap of several people: the sender's own entry is the answer; without one, a person looks
        .init("aku 2, Wulan 1, Dimas 3 kak", .answer(a(.selfEmployed))),
        .init("kami berdua kak: aku 3, istri 5 (ngurus bayi)", .answer(a(.unemployed))),
        .init("aku jualan pecel kak, jadi 2. kalo Rudi udah kerja di gudang", .answer(a(.selfEmployed))),
        .init("Rekap:\n✅ Kerja: Rina, Tono, saya\n🔎 Nyari: Dedi, Agus", .answer(a(.employee))),
        .init("1 - Rina, saya\n3 - Dedi", .answer(a(.employee))),
        .init("rekap kelas jahit:\nSari 1\nTini 3\nMaya 2", .review(nil)),
        .init("Cilegon, Serang, Balaraja aku udah ngelamar semua kak", .answer(a(.unemployed))),
        // Javanese and Sundanese: accepted, waiting, looking
        .init("wis ditompo nang pabrik, mlebu minggu ngarep", .answer(a(.hiredNotStarted))),
        .init("iseh nganggur, lagi ngenteni panggilan", .answer(a(.unemployed))),
        .init("katarima di pabrik sapatu, mimiti minggu hareup", .answer(a(.hiredNotStarted))),
        // A letter signed "TTD <name>" has signed no contract
        .init("BLM DPT KRJ, MSH NYARI. SY KELUAR DR GRUP GA SENGAJA. TTD IBU YATI", .answer(a(.unemployed))),
        .init("udah ttd kontrak kak", .review(.hiredNotStarted)),
        // A wish says whose the work would be, not whose it is
        .init("masih kerja jadi asisten tukang jahit, kalau ada modal mau buka jahitan sendiri", .answer(a(.employee))),
        // A number that answers something else (a batch, a wave, siblings) is no option
        .init("5 kak. angkatan 5 😊", .review(nil)),
        .init("4 / (gelombang 4 kak)", .review(nil)),
        .init("saya 3 bersaudara kak", .review(nil)),
        .init("6 kak, bukan gelombang 6 ya. udah diterima, mulai senin", .answer(a(.hiredNotStarted))),
        // Not plainly chatter: the sender's batch, something received, an answer that breaks off
        .init("angkatan 3 kak", .review(nil)),
        .init("udah terima sertifikatnya kak, makasih", .review(nil)),
        .init("kak saya nomor", .review(nil)),
        // A number word corrected to another
        .init("nomor dua kak, eh salah, nomor tiga maksudnya", .answer(a(.unemployed))),
        // A voice note's transcript: sentences run together, words broken in two, "kak, ini …" opens no question
        .init("halo kak ini bapaknya Deni kak Deni yang ikut kelas las alhamdulillah udah keterima di galangan kapal berangkatnya minggu depan kak mohon doanya", .answer(a(.hiredNotStarted))),
        .init("masih ngang gur kak", .review(.unemployed)),
        .init("kak ini saya lagi nyiapin usaha laundry sama temen, belum buka", .answer(a(.preparingBusiness))),
        // The alternative not taken
        .init("jaga parkir di ruko kak, lumayan daripada nganggur", .answer(a(.selfEmployed))),
        // Where the sender is each day says the work: minding a booth, a shift at a factory, a stall of one's own
        .init("jaga booth minuman kak, shift pagi", .answer(a(.employee))),
        .init("jaga lapak gorengan di pasar kak", .answer(a(.selfEmployed))),
        .init("tiap hari berangkat subuh, masuk jam 7 di pabrik roti", .answer(a(.employee, employer: "pabrik roti"))),
        // A picture's caption: what it shows is no question; "yg penting …" is what matters, not other people
        .init("ini slip gaji bulan ini kak, yg penting udah kerja", .answer(a(.employee))),
        .init("foto seragam baru kak, udah seminggu masuk", .answer(a(.employee))),
        .init("udah masuk kuliah 2 bulan kak", .answer(a(.studying))),
        // A sibling made mine by "-ku"; "kami … belum pada kerja" counts the sender in; a friend's room is where the sender is
        .init("adikku wis kerjo nang pabrik roti", .review(.employee)),
        .init("kami berdua yg dari Cibodas belum pada kerja kak", .review(.unemployed)),
        .init("numpang di kos temen di Cikupa kak sambil nyari kerja", .answer(a(.unemployed))),
        // "the previous one", "there's always something": about the sender, not let go
        .init("yang kemarin udah gak lanjut kak", .review(nil)),
        .init("ono wae mas 😁", .review(nil)),
        // A denial before the sender speaks again does not reach them; whose the shop is ("punya koh Aming")
        .init("oh bukan kak, aku ikut orang. jaga konter pulsa punya koh Aling", .answer(a(.employee))),
        .init("ikut temen kak", .review(nil)),
        // Days listed after "tiap" are a habit, not a start to come
        .init("skrg jual martabak mini di pasar malem tiap Selasa & Sabtu", .answer(a(.selfEmployed))),
        // A business's automatic reply is not the graduate's; the sender's own words after a blank line are
        .init("Terima kasih telah menghubungi Toko Roti Sari 🍞 Pesan Anda akan kami balas pada jam operasional.", .notAnAnswer),
        .init("Terima kasih telah menghubungi Toko Roti Sari 🍞 Pesan Anda akan kami balas.\n\nmaaf kak itu otomatis, aku 2 ya, toko roti punya sendiri", .answer(a(.selfEmployed, employer: "toko roti punya sendiri"))),
        // A contract not renewed, however far the denial stands from it
        .init("lagi nyari kak, kontrak di toko bangunan kemaren ga diperpanjang", .answer(a(.unemployed))),
        // "bukan … pasrah": not given up
        .init("masih nganggur kak, bukan nganggur pasrah, tiap hari ngelamar", .answer(a(.unemployed))),
        // "Saya ibu dari Nanda": a relative answering for someone named; "udah mandiri" stands on their own, no business
        .init("Saya Ibu dari Nanda. Nanda bekerja di apotek jadi kasir. Dia sudah mandiri bu", .answer(a(.employee, employer: "apotek"))),
        // Sundanese "can" is "not yet"; English "can" asks or offers
        .init("abdi can digawe kang", .review(.unemployed)),
        .init("can aya padamelan a", .review(.unemployed)),
        .init("can I join the next class kak?", .notAnAnswer),
        // Whoever holds the phone says who they are: no question
        .init("kak ini mamanya Fajar ya Fajar udah kerja di bengkel kak dari kemarin tapi jarang pegang hp", .answer(a(.employee, employer: "bengkel"))),
        // Agreeing with another member: the number after it is the sender's; alone, it leans on a message not here
        .init("sama kak, 4", .answer(a(.studying))),
        .init("idem min nomor 2", .answer(a(.selfEmployed))),
        .init("+1 no 3", .answer(a(.unemployed))),
        .init("+1", .review(nil)),
        .init("ikut yg atas aja", .review(nil)),
        .init("samaa kayak Rini", .review(nil)),
        // The option's work has ended since; not a contract still to end, nor the job before
        .init("1 kak, tp udah berhenti", .review(.employee)),
        .init("1 kak, tp kontraknya habis bulan depan", .answer(a(.employee))),
        // A placeholder amid the sender's words does not make the words media
        .init("kangen kelas <Media tidak disertakan> alhamdulillah udah kerja di pabrik sepatu", .answer(a(.employee, employer: "pabrik sepatu"))),
        // A title that names someone ("Chef Nana"), the one who scolded ("dimarahin satpam"), a cheer for whoever works
        .init("salam buat Chef Nana ya kak", .review(nil)),
        .init("kelas las paling berisik, sering ditegur satpam 🤣", .review(nil)),
        .init("makasih kak, semangat terus kerjanya 💪", .review(nil)),
        // News heard of someone, or a prayer asked for a friend, goes on in the next clause until the sender speaks
        .init("denger2 Kang Ujang sekarang kerja di Batam", .notAnAnswer),
        .init("doain temen aku Sari ya, besok tes kerja", .notAnAnswer),
        .init("Temen sebangku aku, Dodi, katanya udah kerja di bank", .notAnAnswer),
        // Another's news, then the sender's, typed without a stop
        .init("dia udah buka warung aku masih ngelamar", .answer(a(.unemployed))),
        // The sender asks which option fits: confirm before recording; not a number forgotten beside the option's words
        .init("aku bantu jualan di toko orang digaji mingguan, itu masuk nomor berapa kak?", .review(.employee)),
        .init("kerja kak tapi masih nyari yg lain, isi 1 atau 3?", .review(.employee)),
        .init("belum bekerja dan sedang cari kerja, lupa nomor brp 😅", .answer(a(.unemployed))),
        // A reason after a question is told; "ada kak" answers
        .init("boleh ikut kelas lagi ga kak soalnya masih nganggur dan nyari kerja?", .answer(a(.unemployed))),
        .init("ada kak", .review(nil)),
        .init("kalo aku resign bulan kemarin masuk mana?", .review(nil)),
        // "nomor 7 itu …?": the option is what the question is about, whatever follows on the line
        .init("nomor 2 itu termasuk jualan online? aku rencana buka olshop", .review(nil)),
        // Media as a chat copied by hand shows it; emoji of home or work beside particles only; the answer pointed at
        .init("[Stiker]\n3", .answer(a(.unemployed))),
        .init("(foto)", .notAnAnswer),
        .init("🏠 aja min", .review(nil)),
        .init("<Media tidak disertakan>\nnah itu jawabannya kak", .review(nil)),
        // Earning a living is not looking for work; "pantang" denies; "bentar lagi" is to come
        .init("lagi cari duit kak", .review(nil)),
        .init("masih ngelamar sana sini pantang nyerah kak", .answer(a(.unemployed))),
        .init("bentar lagi jualan kak", .review(nil)),
        // "kalo aku sendiri": as for me, no condition; a barber's title; someone named with a lower-case title
        .init("temen2 pada kuliah, kalo aku sendiri jadi kapster di barbershop deket rumah", .answer(a(.employee, employer: "barbershop deket rumah"))),
        .init("bu Sari udah buka katering di rumahnya", .notAnAnswer),
        // Still so at a time gone by says nothing of now
        .init("maaf baru bales, minggu lalu masih jualan", .review(nil)),
        // Greetings and thanks typed in a hurry before the number; helping someone is no small talk
        .init("slmt sore kakk, no 2", .answer(a(.selfEmployed))),
        .init("mksh min 🙏 pilihan 4", .answer(a(.studying))),
        .init("makasih kak, ikut ibu", .review(nil)),
        // The admin doing something; applying for a title is not holding it; a title hoped for ("insyaallah")
        .init("maaf lama, admin masih nungguin ya", .review(nil)),
        .init("lagi nyari kerja, daftar kurir juga belum dipanggil", .answer(a(.unemployed))),
        .init("masih sekolah pelayaran, jadi nahkoda insyaallah", .answer(a(.studying))),
        // "sendiri" after a feeling is "by oneself"; finding oneself is no job search
        .init("antara 3 sama 5 kak, bingung sendiri", .review(nil)),
        .init("lagi nyari jati diri dulu kak", .review(nil)),
        // Javanese: a contract "rampung" has ended, one "meh entek" is about to; cheering those who start tomorrow
        .init("kontrake wis rampung mas", .review(nil)),
        .init("kerja kak, kontraknya meh habis", .answer(a(.employee))),
        .init("semangat yg besok mulai kerja 💪", .notAnAnswer),
        // "no2", the number glued to "no"; "milih 8"
        .init("no2 kak", .answer(a(.selfEmployed))),
        .init("milih 8 kak 🥲", .answer(a(.discouraged))),
        // The number in a later sentence, after words that say no status; not a count, nor after words of status
        .init("maaf kak hp baru bener\nsaya no 4 kak", .answer(a(.studying))),
        .init("link formnya error kak. intinya yg ke 3", .answer(a(.unemployed))),
        .init("kak ini BLK yg mana ya? aku ikut 2 BLK soalnya", .review(nil)),
        .init("udah kerja di bengkel kak. aku no 3 ya", .answer(a(.employee, employer: "bengkel"))),
        // "ikut pelatihan" with nothing that says it goes on is the course finished, beside a status without work
        .init("saya ikut banyak pelatihan kak, intinya sekarang lagi nyari kerja", .answer(a(.unemployed))),
        .init("udah pensiun, ikut pelatihan buat ngisi waktu aja, ga cari kerja", .answer(a(.notInLabourForce))),
        .init("ga cari kerja dulu, ikut pelatihan lanjutan di BBPVP", .answer(a(.studying))),
        .init("lagi ikut pelatihan kak, belum kerja", .answer(a(.studying))),
        // Applying ("daftar kerja"), the sender's workplace ("tempat kerjaku"), a CV left with someone, "isi nomor 1"
        .init("lagi daftar2 kerja di aplikasi kak", .answer(a(.unemployed))),
        .init("mau share loker dari tempat kerjaku kak, lagi butuh welder", .answer(a(.employee))),
        .init("masih cari kak, nanti saya nitip cv ya", .answer(a(.unemployed))),
        .init("Isi nomor 1 kak", .answer(a(.employee))),
        // The admin praised; ready for a night shift is no shift worked; "ga" before "ngerti" does not reach "ngapain"
        .init("admin paham banget 😂", .review(nil)),
        .init("masih nyari kerja kak, aku siap shift malam", .answer(a(.unemployed))),
        .init("ga ngerti kak disuruh ngapain", .review(nil)),
        .init("lagi ga ngapa2in kak di rumah", .answer(a(.notInLabourForce))),
        // Passed the selection and told when to start: hired, not started
        .init("alhamdulillah lolos seleksi kerja di hotel, mulai senin depan sebagai housekeeping", .answer(a(.hiredNotStarted))),
        .init("lolos tes PT kak, disuruh masuk abis lebaran", .answer(a(.hiredNotStarted))),
        // "sendiri" after one's own things is no business; working for oneself is
        .init("makasih bu, ilmunya udah saya pake buat jahit seragam anak sendiri", .review(nil)),
        .init("kerja buat diri sendiri lah kak, jualan cilok", .answer(a(.selfEmployed))),
        // "mana ada lowongan": asked so as to deny it
        .init("belum kerja dan gak nyari, pabrik2 lagi pada PHK, mana ada lowongan", .answer(a(.discouraged))),
        // The survey's options pasted back on one line, one marked
        .init("1 bekerja sebagai karyawan · 2 wirausaha · 3 belum bekerja & sedang cari kerja · 4 melanjutkan pendidikan · 7 sedang menyiapkan usaha ✅ · 8 tidak mencari kerja",
              .answer(a(.preparingBusiness))),
        .init("Balas dengan nomor yang paling sesuai: 1 bekerja sebagai karyawan · 2 wirausaha (ini kak) · 3 belum bekerja & sedang cari kerja · 4 melanjutkan pendidikan",
              .answer(a(.selfEmployed))),
        // A working number, then words that say it ended: no longer, a business closed
        .init("1 tapi udah gak", .review(.employee)),
        .init("2 tp udh tutup usahanya", .review(.selfEmployed)),
        .init("udah nggak kak", .review(nil)),
        // Life events: a child left with grandma, a proposal of marriage, care beside the work, applying for openings
        .init("lagi cari kerja kak, anak udah bisa dititip ke neneknya", .answer(a(.unemployed))),
        .init("siap kak nanti aku bales ya, lg di acara lamaran sepupu", .review(nil)),
        .init("skrg jualan frozen food dari rumah biar bisa sambil ngurus anak", .answer(a(.selfEmployed))),
        .init("baru pindah ikut suami, belum kerja. lagi daftar2 lowongan di sekitar sini", .answer(a(.unemployed))),
        .init("belum kerja kak dan udah ga nyari, umur udah 35, pabrik mana yg mau nerima", .answer(a(.discouraged))),
        // Hard times: a motorbike sold once, ready to work, a job held through an illness, the job before
        .init("lagi ikut pelatihan lagi di LPK bahasa Jepang, duitnya dari jual motor", .answer(a(.studying))),
        .init("sudah sembuh kak, sekarang siap kerja, sedang nyari", .answer(a(.unemployed))),
        .init("sudah kerja di toko roti, tapi sekarang lagi dirawat tipes. nanti kalau sudah sembuh masuk lagi", .answer(a(.employee, employer: "toko roti"))),
        .init("udh buka lapak pecel lele malem kak, dulu kan masih kerja ikut orang", .answer(a(.selfEmployed))),
        .init("jd makelar motor bekas kak, dpt komisi lumayan", .answer(a(.selfEmployed))),
        // Banjar and Minang words; the listings read every day; a husband's work
        .init("ulun sudah bagawi kak", .answer(a(.employee))),
        .init("ulun baluman bagawi kak, masih mancari", .answer(a(.unemployed))),
        .init("belum kerja. tiap hari buka loker di IG", .answer(a(.unemployed))),
        .init("udah ga nyari, mau ngelamar kemana juga ga ada yg buka lowongan", .answer(a(.discouraged))),
        .init("laki aye kerja di bengkel mpok", .review(.employee)),
        // "udah daftar kak": registered for something — half an answer, for a person to read
        .init("udah daftar kak", .review(nil)),
        // Someone a quote names, spoken of in the sender's own words, is "dia"; an "@name" that addresses them is not
        .init("> Dodi: aku 1 kak\ncie dodi udh kerja 😍", .notAnAnswer),
        .init("> Rina: 3 kak\n@Rina aku juga masih nyari kerja", .answer(a(.unemployed))),
        // A name in title case is no typo ("Mentari" is not "mencari"); "pencarian kerja"; "tetep jalan ngelamar"
        .init("hari ini masuk siang kak: pabrik roti Mentari dari Maret", .answer(a(.employee))),
        .init("saat ini masih dalam tahap pencarian kerja kak", .answer(a(.unemployed))),
        .init("nganggur dulu kak, tapi tiap minggu tetep jalan ngelamar", .answer(a(.unemployed))),
        // A relative named with a regional "my" ("bapak beta", Ambon) is someone else
        .init("bapak beta su karja lagi di kebun kaka, beta masih di sini", .review(nil)),
        // "di" glued to a place; a leave named a word or two after "cuti"; words of the job seeker, of parking, of supplying shops
        .init("dirumah aja kak", .answer(a(.notInLabourForce))),
        .init("cuti dulu kak, abis melahirkan", .answer(a(.employee))),
        .init("masih pencaker kak", .answer(a(.unemployed))),
        .init("markirin minimarket kak", .answer(a(.selfEmployed))),
        .init("ngedrop keripik ke toko2 kak", .answer(a(.selfEmployed))),
        .init("jadi affiliator shopee kak", .answer(a(.selfEmployed))),
        .init("ngelesin anak SMP kak", .answer(a(.selfEmployed))),
        // Too old for what is offered; care at home one gives one's time to
        .init("udah ga ngelamar lagi kak, umur udah ga masuk", .answer(a(.discouraged))),
        .init("fokus ke anak dulu kak", .answer(a(.notInLabourForce))),
        // A study over, paused, waited on or wished for is no study now; a "now" with "juga"/"sambil" adds to the work
        .init("kerja di bengkel kak, kuliahnya berhenti", .answer(a(.employee, employer: "bengkel"))),
        .init("belum kerja, lagi nyari. kuliah udah selesai", .answer(a(.unemployed))),
        .init("lagi skripsi kak, semoga cepet selesai kuliahnya", .answer(a(.studying))),
        .init("masih nyari kerja yg bisa sambil kuliah kak", .answer(a(.unemployed))),
        .init("resign kak biar bisa fokus kuliah", .answer(a(.studying))),
        .init("nunggu pengumuman kuliah kak", .review(nil)),
        .init("kerja di toko kak, skrg ikut kursus bahasa juga", .answer(a(.employee, employer: "toko", alsoStudying: true))),
        .init("belum kerja, lagi nyari. aku milih kerja dulu drpd kuliah", .answer(a(.unemployed))),
        // A title one trains or plans for; a family's help that is no business
        .init("ikut kursus stir buat jadi sopir kak", .answer(a(.studying))),
        .init("lagi kursus bahasa korea, rencana kerja di korea jadi operator", .answer(a(.studying))),
        .init("kuliah kak, sambil bantu ibu di rumah (bukan usaha ya)", .answer(a(.studying))),
        // A promotion's selection, extras unpaid, a contract that ends ahead: still working; a workplace closed: not
        .init("kerja di pabrik kak, lagi ikut seleksi internal buat jadi supervisor", .answer(a(.employee, employer: "pabrik"))),
        .init("kerja kak tp lagi nyari yg lain, lembur ga dibayar", .answer(a(.employee))),
        .init("kerja kak, tp kontrak abis akhir bulan ini", .answer(a(.employee))),
        .init("masih kerja, 2 minggu lagi kontrak abis", .answer(a(.employee))),
        .init("lagi nyari kerja, pabrik tempat saya kerja tutup", .answer(a(.unemployed))),
        .init("lagi ikut seleksi jadi kasir di minimarket kak", .answer(a(.unemployed))),
        // On-the-job training at an employer is work (not one that is part of a course)
        .init("lagi OJT di dealer motor kak, dapet uang saku", .answer(a(.employee, employer: "dealer motor"))),
        .init("on the job training kak di gudang, dibayar harian", .answer(a(.employee, employer: "gudang"))),
        // A number, then only a time to come or a plan; the forms of an SMS or a bot
        .init("1, insyaallah bulan depan kak", .review(.employee)),
        .init("2 - rencananya buka warung", .review(.selfEmployed)),
        .init("satu kak insyaAllah 🙏", .answer(a(.employee))),
        .init("REG#2#warung kopi", .answer(a(.selfEmployed, employer: "warung kopi"))),
        .init("/jawab 3", .answer(a(.unemployed))),
        .init("6 / PT Sinar Baja", .answer(a(.hiredNotStarted))),
        .init("7 - patungan sama temen buka kedai kopi, lagi cari lokasi", .answer(a(.preparingBusiness))),
        .init("7 kak, udh buka warung bakso sejak 2 minggu lalu", .review(.preparingBusiness)),
        .init("Nama: Dewi / Kelas: Barista / Jawaban: 4 / Ket: kuliah", .answer(a(.studying))),
        // Hard to find work is no work found; a business's papers and a lease are a business to come
        .init("8, susah dapet kerja, udah nyerah", .answer(a(.discouraged))),
        .init("lagi ngurus NIB sama rekening usaha kak, blm buka", .answer(a(.preparingBusiness))),
        .init("lagi urus sewa ruko buat usaha laundry, minggu ini tanda tangan sewa", .answer(a(.preparingBusiness))),
        // Work put out by whoever supplies it is a piece-rate job for them; worked with one's own machine, a business
        .init("ngelem sepatu di rumah kak, bahan semua dari bos, per kodi", .answer(a(.employee))),
        .init("ambil jahitan dr konveksi kak, dibayar per potong", .answer(a(.employee))),
        .init("nerima jahitan dr konveksi, dibayar per potong, pake mesin sendiri di rumah", .answer(a(.selfEmployed))),
        // Experience and the last post held are no post now; work "udah selesai" ended; no one is their own kenek;
        // a wage counted by the trip is still a wage
        .init("lagi nyari kerja kak, pengalaman satpam 2 taun", .answer(a(.unemployed))),
        .init("masih nyari kak, terakhir sebagai kasir minimarket", .answer(a(.unemployed))),
        .init("minggu terakhir jadi SPG di pameran kak, kelar hari minggu", .answer(a(.employee, employer: "pameran"))),
        .init("kerja di proyek bekasi udah selesai kak, lagi nyari lagi", .answer(a(.unemployed))),
        .init("masih kenek kak, blm boleh bawa truk sendiri", .answer(a(.employee))),
        .init("jadi sopir truk kak, digaji per trip", .answer(a(.employee))),
        .init("bantu di toko keluarga kak, saya di kasir", .answer(a(.selfEmployed))),
        // A bare "training" may be a new hire's or a course; one named beside the work is the job's
        .init("lagi training kak", .review(nil)),
        .init("udah kerja kak, skrg lagi training karyawan baru", .answer(a(.employee))),
        // An ending told as the time after which the rest happened; the reason a job was left
        .init("jaga warung ortu kak, abis resign", .answer(a(.selfEmployed))),
        .init("jaga warung ortu kak, habis resign", .answer(a(.selfEmployed))),
        .init("abis resign jadi kurir, skrg lagi nyari kerja", .answer(a(.unemployed))),
        .init("udah resign kak, capek shift malem. lagi nyari kerja", .answer(a(.unemployed))),
        .init("lagi menyiapkan usaha servis AC panggilan kak, beli alat dulu", .answer(a(.preparingBusiness))),
        // Given up looking, with work named only in passing; resting first, the work after it as the cause.
        .init("udah ga nyari kak, percuma. ikut orang jg harus nyogok dulu", .review(.discouraged)),
        .init("istirahat dulu kak, capek 2 taun kerja di gudang", .review(.notInLabourForce)),
        .init("lagi istirahat kak, kerja jd satpam", .answer(a(.employee))),
        // Someone else's home or business, and a wage by time from whoever owns it.
        .init("jadi tukang kebun di rumah majikan, seminggu 2x", .answer(a(.employee))),
        .init("tukang masak di rumah Bapak Haji Romli kak", .answer(a(.employee))),
        .init("ikut paman jualan bakso, digaji harian", .answer(a(.employee))),
        .init("ngajar les privat, dibayar per pertemuan", .answer(a(.selfEmployed))),
        .init("masih honor di kelurahan kak", .answer(a(.employee, employer: "kelurahan"))),
        // Care as a job, and not.
        .init("sekarang kerja jaga nenek di Taiwan", .answer(a(.employee, employer: "Taiwan"))),
        .init("saya tidak kerja ngurus anak", .answer(a(.notInLabourForce))),
        // A first day awaited; a start tomorrow in someone else's stall.
        .init("lagi nunggu hari pertama kerja kak, senin", .answer(a(.hiredNotStarted))),
        .init("mulai besok ikut abang jaga konter hp di pasar", .answer(a(.hiredNotStarted))),
        // Posts of the village and the mosque; a business being built up; unpaid and not looking.
        .init("masih THL di kecamatan kak", .answer(a(.employee, employer: "kecamatan"))),
        .init("jadi marbot kak, dapet bisyaroh dr DKM", .answer(a(.employee))),
        .init("udah keluar dr pabrik, skrg merintis usaha laundry kak", .answer(a(.selfEmployed))),
        .init("jadi relawan di posyandu kak, ga dibayar. ga nyari kerja dulu", .answer(a(.notInLabourForce))),
        // The last steps of a journey to a post abroad, and the same wait beside work or a pilgrimage.
        .init("udh lolos interview sama perusahaan di Osaka, tinggal nunggu COE", .answer(a(.hiredNotStarted))),
        .init("nunggu keberangkatan ke Taiwan kak", .answer(a(.hiredNotStarted))),
        .init("kerja di cafe kak sambil nunggu visa", .answer(a(.employee, employer: "cafe"))),
        .init("lagi nunggu keberangkatan umroh sama ibu, belum nyari kerja", .review(nil)),
        // Selling stopped, said after it (not "udah ga laku": selling, badly).
        .init("lagi nyari kerja kak, jualan juga udah berenti", .answer(a(.unemployed))),
        .init("kuliah kak sekarang, jualan udah ga", .answer(a(.studying))),
        .init("jualan udah ga laku kak", .answer(a(.selfEmployed))),
        // Care as a job: a carer's title, and someone else's child (a title in a course is no job).
        .init("jagain anak orang kak, baby sitter", .answer(a(.employee))),
        .init("ngasuh anak bos di Gading kak", .answer(a(.employee))),
        .init("jadi pengasuh anak di rumah keluarga Pak Darmo", .answer(a(.employee))),
        .init("ikut pelatihan di LPK kak, program caregiver", .answer(a(.studying))),
        // Waiting for the foreman's call: between projects, or called and starting.
        .init("lagi kosong proyek bang, nunggu dipanggil mandor", .answer(a(.unemployed))),
        .init("udah dipanggil mandor kak, senin berangkat ikut proyek", .answer(a(.hiredNotStarted))),
        // Pay given by the day or the month is a wage, even from a relative; a stall's takings and a business's fees are not.
        .init("bantu om nganterin galon kak, dikasih 30rb sehari", .answer(a(.employee))),
        .init("jaga toko sembako punya nenek, dikasih 50rb sehari", .answer(a(.employee))),
        .init("buka les gambar kak, dibayar per bulan sama ortunya", .answer(a(.selfEmployed))),
        .init("jualan gorengan kak, sehari dapet 200rb", .answer(a(.selfEmployed))),
        // A share of sales of someone else's goods is a job; an affiliate's commission is own account.
        .init("jualan es krim keliling kak, barangnya punya bos, sy dapet komisi", .answer(a(.employee))),
        .init("jualan baju online kak, dapet komisi dari shopee affiliate", .answer(a(.selfEmployed))),
        // Stopped looking, typed "berenti"; a business opened at a place, or a trade of renovation, is running.
        .init("berenti nyari kak, lowongan buat lulusan SMP ga ada", .answer(a(.discouraged))),
        .init("buka jasa jahit di emperan ruko kak", .answer(a(.selfEmployed))),
        .init("buka jasa renovasi rumah kak", .answer(a(.selfEmployed))),
        .init("mau buka warung, lagi nyari tempat", .answer(a(.preparingBusiness))),
        // Leave from a job named before it.
        .init("kerja di bengkel kak, tp lagi sakit jadi izin dulu", .answer(a(.employee, employer: "bengkel"))),
        // A clause that says only that the job told before it is over.
        .init("kemarin kontrak 3 bulan di gudang, baru abis", .review(.unemployed)),
        .init("3 kak, cari kerja. sempat kerja kontrak 6 bulan di PT Lintas Kabel, udah abis", .answer(a(.unemployed))),
        // Household, care and watch work are jobs; farming and hawking are own account.
        .init("ART kak 😁", .answer(a(.employee))),
        .init("masih kak, masih jd baby sitter 😊", .answer(a(.employee))),
        .init("saya jadi penjaga toko aksesoris hp di pasar anyar kak", .answer(a(.employee, employer: "pasar anyar"))),
        .init("kerja kak, jd penjaga konter hp", .answer(a(.employee))),
        .init("bertani kak, nanem padi sm kacang", .answer(a(.selfEmployed))),
        .init("pedagang asongan di terminal pak", .answer(a(.selfEmployed))),
        // …unless stopped, or held for a while that is over.
        .init("Udah berhenti jd baby sitter kak bulan lalu", .review(nil)),
        .init("udah gak kerja kak. kemarin jd ART 4 bulan tp majikannya pindah ke Surabaya", .review(.unemployed)),
        // A number misspelt into, apologised after, or on a line of its own after a greeting (not a list of orders).
        .init("jwbannya 3 kak", .answer(a(.unemployed))),
        .init("3 kk\nmaaf typo2, ngantuk", .answer(a(.unemployed))),
        .init("halo kak\nmaaf baru bales\n3", .answer(a(.unemployed))),
        .init("rekap order hari ini:\n1. Bu Ani - 2 box risol - lunas\n2. Mas Jaka - 1 box lemper - COD", .answer(a(.selfEmployed))),
        // …after thanks, "izin menjawab" or "vote", or padded with a zero.
        .init("Terima kasih kak 🙏 nomor 3 kak, doain ya", .answer(a(.unemployed))),
        .init("Ijin menjawab min, no 3", .answer(a(.unemployed))),
        .init("vote 1 kak", .answer(a(.employee))),
        .init("Kode jawaban: 01", .answer(a(.employee))),
        // More titles: "tkg" is "tukang"; a kenek's, an oiler's and a canvasser's work is a job.
        .init("tkg jait keliling kak", .answer(a(.selfEmployed))),
        .init("ngenek truk engkel bang, pp tangerang-merak", .answer(a(.employee))),
        .init("afiliator kak, bikin konten review di tiktok, komisi lumayan", .answer(a(.selfEmployed))),
        // What the sender typed before a forward is theirs; asking for openings is not posting an advert.
        .init("1\n[Diteruskan]\nInfo loker PT Sejahtera Box butuh helper, dtg langsung", .answer(a(.employee))),
        .init("3 kak\n[Diteruskan]\nLowongan di Cikupa, pabrik sepatu, mess disediakan", .answer(a(.unemployed))),
        .init("2\n\n[Diteruskan]\nOPEN PO sambal cumi, japri ya", .answer(a(.selfEmployed))),
        .init("kak ada info loker ga? udah 5 bulan nganggur nih, masih nyari\n<Media tidak disertakan>\nitu cv aku", .answer(a(.unemployed))),
        // A number after a comma that ends an apology; not a range of options asked about, nor a word repeated; the
        // last of several numbers taken back too.
        .init("kak maaf baru sempet, aku 3 ya", .answer(a(.unemployed))),
        .init("saya ga ngerti maksudnya, nomor 1-8 itu apa ya", .review(nil)),
        .init("aku dpt pesan ini 2x, jawab dua2nya ga?", .review(nil)),
        .init("aku nomor 2... eh tunggu 4... eh ga deng", .review(nil)),
        .init("no 8... eh 3 ding... ah embuh", .review(nil)),
        .init("3 kak... eh 6 deng, kemarin baru keterima", .answer(a(.hiredNotStarted))),
        // Signal, a room or medicine sought is not work sought; a rented place sought for a business is preparing it.
        .init("nanti kak lagi nyari sinyal", .review(nil)),
        .init("pesangon mau buat buka warung, lg nyari kontrakan yg pinggir jalan", .answer(a(.preparingBusiness))),
        // "Later" and nothing else puts the answer off: a person dismisses it or asks again.
        .init("besok kak!!", .review(nil)),
        .init("bentar lagi kak, bentar lagi 🤞", .review(nil)),
        // A question back that asks for openings, or for papers to apply for work with, is perhaps a search; for
        // someone else, for the group or for a course it is small talk.
        .init("min, ada info lowongan buat lulusan menjahit ga?", .review(nil)),
        .init("kak bisa minta surat keterangan lulus pelatihan buat ngelamar ke pabrik?", .review(nil)),
        .init("kak ada loker ga? buat sepupu aku", .notAnAnswer),
        .init("sertifikatnya bisa buat daftar kelas lanjutan ga kak?", .notAnAnswer),
        .init("boleh share loker di grup ga kak?", .notAnAnswer),
        .init("tolong bantu aku dapet kerja kak", .review(nil)),
        .init("kak bantuin saya dapat kerja dong", .answer(a(.unemployed))),
        // "salah satu" is "one of them", no correction to option 1.
        .init("3 kak, udah tes di tiga pabrik, semoga salah satu tembus", .answer(a(.unemployed))),
        // A business that runs ("warung … udah jalan") is the sender's own; one that stopped is work that ended.
        .init("warung kopi aku udah jalan 5 bulan kak", .answer(a(.selfEmployed))),
        .init("usaha aku udah ga jalan kak", .review(nil)),
        .init("kuliah sambil ngojek kak", .answer(a(.selfEmployed, alsoStudying: true))),
        // Envy of, or wishes for, those who work or look are about others.
        .init("enak ya yg udah pada gajian 😭", .notAnAnswer),
        .init("semoga yg masih nyari kerja cepet dapet ya", .notAnAnswer),
        // Paperwork: a nickname, a certificate left at the centre or not yet received, is no business nor refusal;
        // the place a spouse works at is not the sender's business.
        .init("nama panggilan aku beda sama di sertifikat kak", .review(nil)),
        .init("kak sertifikatnya titip di BLK dulu ya, lagi ngurus nenek di rumah", .answer(a(.notInLabourForce))),
        .init("istri saya kerja di laundry, sertifikat saya udah jadi kak?", .review(.employee)),
        .init("sertifikat saya belum nerima kak", .review(nil)),
        // Overtime and shifts are an employee's; not overtime wished, past or of others, nor Sundanese "lembur", a village.
        .init("maap baru bales, lg lembur di pabrik kak", .answer(a(.employee, employer: "pabrik"))),
        .init("aku nginep di mess minggu ini, shiftnya dobel", .answer(a(.employee))),
        .init("pengen kerja yg shift pagi kak", .review(nil)),
        .init("adminnya lembur ya kak wkwk", .review(nil)),
        .init("nuju di lembur ngurus bapa, teu milarian damel heula", .answer(a(.notInLabourForce))),
        // Leave from a job is a temporary absence (working); a bare "cuti", or a break from work itself, is not.
        .init("dateng kak, kebetulan lagi cuti tahunan", .answer(a(.employee))),
        .init("lagi cuti seminggu kak, nanti balik lg ke majikan di Bintaro", .answer(a(.employee))),
        .init("lagi cuti kak hehe", .review(nil)),
        .init("cuti dari dunia kerja dulu kak, jaga anak", .answer(a(.notInLabourForce))),
        // A start still to come: counted ahead in short forms, the end of this month, this weekend, tomorrow in Javanese.
        .init("diterima di PT Surya Pack, mulai 2 mgg lg", .answer(a(.hiredNotStarted))),
        .init("keterima jadi mekanik, berangkat akhir bulan ini", .answer(a(.hiredNotStarted))),
        .init("keterima di cafe kak, mulai weekend ini", .answer(a(.hiredNotStarted))),
        .init("sesuk wiwit kerjo nang pabrik garmen", .answer(a(.hiredNotStarted))),
        .init("ketrima kak tp blom msuk", .answer(a(.hiredNotStarted))),
        // Work not on one's mind is not sought; the results of an application are waited for while looking; a santri studies.
        .init("lagi direhab kak, blm mikir kerja", .answer(a(.notInLabourForce))),
        .init("belum kerja kak, lagi nunggu pengumuman CPNS", .answer(a(.unemployed))),
        .init("lagi nyantri kak, belum mikirin kerja dulu", .answer(a(.studying))),
        // A plan to open a business with steps taken towards it is preparing one; without them, a plan.
        .init("ga nyari kerja kak, mau buka usaha jahit, lagi nyicil mesin", .answer(a(.preparingBusiness))),
        .init("mau buka warung makan kak, tempatnya udh dapet / tinggal nunggu kompor sm meja", .answer(a(.preparingBusiness))),
        .init("mau buka jasa servis AC kak, lagi cetak brosur. belum jalan", .answer(a(.preparingBusiness))),
        .init("pengen buka warung makan kak suatu hari", .review(nil)),
        // Not looking, for want of openings told anywhere in the reply, is discouraged; not for a job lost, nor care.
        .init("saya udah ga nyari lagi kak, umur udah 34 susah ditrima dimana2", .answer(a(.discouraged))),
        .init("Aye kagak nyari kerja lagi pak, kagak ade yang mau nerima aye", .answer(a(.discouraged))),
        .init("ga kerja, ga nyari dulu. mau nenangin diri dulu abis di-PHK", .answer(a(.notInLabourForce))),
        .init("belum nyari kak, ga ada yg mau jagain anak", .answer(a(.notInLabourForce))),
        // A fitting or steady job not found yet says nothing against the work held meanwhile.
        .init("kerja kak, jd OB di kantor notaris. yg sesuai otomotif blm dpt", .answer(a(.employee, employer: "kantor notaris", match: .doesNotMatch))),
        .init("narik grab bike pak. belum dapet kerja tetap, jadi ini dulu", .answer(a(.selfEmployed))),
        // Unpaid help in a relative's business is a family worker's, own account; a wage makes it a job.
        .init("sy jadi mekanik kak, tapi di bengkel ikut paman, ga digaji cuma dikasih uang rokok", .answer(a(.selfEmployed))),
        .init("kurir online shop punya keluarga (tante), ga digaji tetap sih cuma dikasih uang jajan", .answer(a(.selfEmployed))),
        .init("Masih ikut om di bengkel kak, sekarang digaji sih udah ga uang jajan lagi hehe", .answer(a(.employee))),
        // Days worked so far are work begun; titles of the salon and the electrician's trade.
        .init("udh 3 hari kerja bang di kantor vendor PLN, masih dikenalin alat2", .answer(a(.employee, employer: "kantor vendor PLN"))),
        .init("jadi beautician di klinik kecantikan kak, udah 4 bulan", .answer(a(.employee, employer: "klinik kecantikan"))),
        .init("capster di Oppa Barber kak", .answer(a(.employee, employer: "Oppa Barber"))),
        // A time held at a workplace is work there; a workplace that has taken the sender on, with a start to come, a hire.
        .init("aku di Taiwan sekarang, udh setaun di pabrik", .answer(a(.employee))),
        .init("legalisir buat pemberkasan di pabrik yg udah nerima aku, mulai senin", .answer(a(.hiredNotStarted))),
        // A post once offered, almost, hoped for or called off, beside a search, is a search.
        .init("masih nyari kak. kemaren sempet keterima tapi disuruh bayar 3jt, saya mundur", .answer(a(.unemployed))),
        .init("masih nyari kerja kak. kemarin hampir keterima tapi kalah sama yg pengalaman", .answer(a(.unemployed))),
        .init("lg ngelamar ke bandara kak, smoga keterima", .answer(a(.unemployed))),
        .init("Kak kemarin sempet keterima kerja, tapi ga jadi karena disuruh bayar. Sekarang bingung", .review(.hiredNotStarted)),
        // At sea or on the land: someone else's boat or field is a crew's or a farmhand's job; one's own, own account.
        .init("ngelaut kak, ikut kapal juragan", .answer(a(.employee))),
        .init("melaut pake perahu sendiri kak", .answer(a(.selfEmployed))),
        .init("mulung botol plastik, dijual ke lapak", .answer(a(.selfEmployed))),
        .init("bantu2 di warteg ibu kak", .answer(a(.selfEmployed))),
        // Leaving for work is a working day; a departure to come is not.
        .init("tiap hari berangkat kerja jam 6 pagi kak", .answer(a(.employee))),
        .init("nunggu jadwal berangkat kerja ke Jepang", .answer(a(.hiredNotStarted))),
        .init("baru mau mulai usaha kak", .answer(a(.preparingBusiness))),
        // Work ended and no search since is outside the labour force; with layoffs all around, discouraged.
        .init("kontrak udh abis kak, belum nyari kerja lagi", .answer(a(.notInLabourForce))),
        .init("di PHK bulan lalu, ga nyari dulu soalnya pabrik2 pada PHK semua", .answer(a(.discouraged))),
        // Still at the same workplace; a title, the address, then the workplace.
        .init("masih di toko yang sama kak", .answer(a(.employee, employer: "toko"))),
        .init("Sales kak di toko furnitur, dapet komisi", .answer(a(.employee, employer: "toko furnitur"))),
        // Signing up for a post, or waiting on a selection told in another clause, is looking; signing up as a
        // platform's partner is not.
        .init("udah daftar jadi satpam di mall kak, tinggal nunggu pengumuman", .answer(a(.unemployed))),
        .init("masih nunggu hasil kak, kemarin ikut seleksi bumn", .answer(a(.unemployed))),
        .init("baru daftar jadi driver ojol kak, akunnya blm aktif", .review(nil)),
        // The title named in the clause after a start to come is the job to come, not one held now.
        .init("Insya Allah senin mulai kerja kak, sopir di pabrik es batu", .answer(a(.hiredNotStarted))),
        .init("mulai kerja minggu depan kak, jadi kasir di minimarket", .answer(a(.hiredNotStarted))),
        .init("Baru mulai tgl 3 kak. Security di Perumahan Griya Kencana Asri shift malem", .answer(a(.employee, employer: "Perumahan Griya Kencana Asri"))),
        // A driver who pays the owner a fixed sum a day and keeps the rest works on own account; a share of the
        // takings, or a wage instead of a setoran, is an employee's.
        .init("skrg sy nyupir angkot kak, angkotnya punya sodara, setoran harian", .answer(a(.selfEmployed))),
        .init("nyupir online kak pake mobil sewaan, setoran harian ke pemilik", .answer(a(.selfEmployed))),
        .init("jaga parkir minimarket kak. tp sy digaji bulanan sama yg punya ruko, bukan setoran", .answer(a(.employee))),
        // The car a driver rents is not a business readied.
        .init("gocar kak tp mobil sewa, setoran ke juragan harian", .review(nil)),
    ]

    @Test(arguments: cases)
    func interprets(_ c: ReplyCase) {
        // The rules alone: the statistical second opinion is pinned in ReplyModelTests.
        let result = ReplyInterpreter(model: nil).interpret(c.text, context: c.context)
        switch (c.expected, result) {
        case (.answer(let want), .answer(let got)):
            #expect(got == want)
        case (.review(let want), .needsReview(let got, let reason)):
            #expect(got?.status == want, "reason: \(reason)")
            #expect(!reason.isEmpty)
        case (.notAnAnswer, .notAnAnswer):
            break
        default:
            Issue.record("expected \(c.expected), got \(result)")
        }
    }

    /// A second opinion that finds nothing chatter still does not send plain thanks or greetings to review; other
    /// small talk it may.
    @Test func plainThanksIsLetGoWhateverTheModelSays() {
        let doubting = ReplyModel.train([("terima kasih kak", "unclear"), ("halo kak makasih", "unclear"), ("kapan kelas buka lagi kak", "unclear"),
                                         ("terima kasih kak", "unclear"), ("halo kak makasih", "unclear"), ("kapan kelas buka lagi kak", "unclear")],
                                        labels: ["unclear", "chatter"])
        let reader = ReplyInterpreter(model: doubting)
        #expect(reader.interpret("terima kasih kak 🙏") == .notAnAnswer)
        #expect(reader.interpret("halo kak, makasih") == .notAnAnswer)
        #expect(reader.interpret("sama2 kak") == .notAnAnswer)
        guard case .needsReview = reader.interpret("kapan kelas buka lagi kak") else { Issue.record("the doubt does not reach other small talk"); return }
        // Thanks to God beside the thanks may be good news: the second opinion reads it.
        guard case .needsReview = reader.interpret("alhamdulillah, makasih kak") else { Issue.record("thanks with \"alhamdulillah\" let go unread"); return }
    }

    @Test func atLeastSixtyCases() {
        #expect(Self.cases.count >= 60)
    }

    @Test func reasonsNameTheProblem() {
        guard case .needsReview(_, let reason) = ReplyInterpreter().interpret("sudah kerja tapi nganggur") else {
            Issue.record("not reviewed"); return
        }
        #expect(reason == "the reply says both working and not working")
        guard case .needsReview(_, let typoReason) = ReplyInterpreter().interpret("\(typo) 1AA") else {
            Issue.record("not reviewed"); return
        }
        #expect(typoReason.contains("fails its check"))
    }

    /// A phone with its clock set to 1980 or 2107 dates its messages so: the reader must still answer, not crash
    /// (found by the 1 GB ingest of bench/run).
    @Test(arguments: ["1980-01-05", "1999-12-31", "2101-03-01", "2107-06-30"])
    func repliesDatedOutsideAnyPlausibleYearAreStillRead(date: String) {
        let context = ReplyContext(repliedOn: CivilDate(parsing: date)!, graduatedOn: CivilDate(parsing: "2025-03-14")!)
        for text in ["sudah kerja sejak Mei", "kerja dari 3 bulan lalu", "1 A B", "masih nyari kerja"] {
            let result = ReplyInterpreter().interpret(text, context: context)
            if case .notAnAnswer = result { Issue.record("\(text) on \(date) was not read") }
        }
    }
}
