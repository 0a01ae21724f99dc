import Alumni
import Testing
@testable import Outreach

/// The status read from replies in formal Indonesian, Javanese krama, Minang, Sundanese and Benteng voices, from
/// bare job titles and workplaces, and from businesses not yet open — each rule pinned by a reply of our own.
@Suite struct RegionalAndFormalReplyTests {
    static let context = ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-03-14")!)

    static let recorded: [(String, LabourStatus)] = [
        // Titles and workplaces without a verb
        ("pramusaji kak", .employee),
        ("FO di Hotel Cahaya, dr agustus", .employee),
        ("jaga kasir apotek", .employee),
        ("ngebarista di kafe temen", .employee),
        ("PT Sumber Rejeki kak", .employee),
        ("lagi WFH", .employee),
        ("pkwt kak", .employee),
        ("ikut org pasang baja ringan", .employee),
        ("kuliah sambil part time di cafe", .employee),
        ("sakit dl kak, izin dr kantor 3 hari", .employee),
        ("driver online", .selfEmployed),
        ("punya gerobak bakso", .selfEmployed),
        ("catering rumahan sama ibu", .selfEmployed),
        ("penjahit rumahan kak, pelanggannya tetangga", .selfEmployed),
        ("Saya membantu warung nasi milik orang tua, tidak digaji, setiap hari saya yang jaga.", .selfEmployed),
        ("Kula bantu usahanipun bapak kula, bengkel las wonten griya. Boten dipun bayar.", .selfEmployed),
        ("aku sendiri udh kerja di Warung Makan Sederhana sbg juru masak", .employee),
        // A business being prepared, or only wished for
        ("lg ngurus NIB buat usaha keripik", .preparingBusiness),
        ("lagi siap2 buka usaha laundry", .preparingBusiness),
        ("lagi renov garasi buat bengkel, blm buka", .preparingBusiness),
        ("Saya sudah menyewa kios untuk servis elektronik, masih ditata, belum buka.", .preparingBusiness),
        ("Kalau bekerja belum, Pak. Saya sedang menyiapkan usaha gerobak kopi.", .preparingBusiness),
        // Looking, hired, discouraged
        ("ngg krj, lg nyari", .unemployed),
        ("blom krj, tiap hari buka jobstreet", .unemployed),
        ("msh nunggu hasil lamaran, sambil ngelamar tempat lain", .unemployed),
        ("Pabrik tempat saya bekerja melakukan PHK, sekarang saya sedang mencari pekerjaan lain.", .unemployed),
        ("Saya sempat kerja sebagai helper, tetapi proyeknya selesai. Sekarang cari kerja lagi.", .unemployed),
        ("udh acc kak, tinggal masuk aja", .hiredNotStarted),
        ("tinggal nunggu onboarding", .hiredNotStarted),
        ("besok hari pertama kerja 😬", .hiredNotStarted),
        ("udah keterima jadi kasir, tapi baru mulai masuk abis Cap Go Meh", .hiredNotStarted),
        ("ga nyari lg kak, pabrik2 pada tutup", .discouraged),
        ("ngapain nyari, ujung2nya ditolak terus", .discouraged),
        ("berhenti nyari, syaratnya ketinggian semua", .discouraged),
        ("udh ga nyari sih kak. lowongan cuma buat yg good looking", .discouraged),
        ("Kula dereng nyambut damel, sampun mboten madosi malih amargi lowonganipun mboten wonten.", .discouraged),
        // Outside the labour force, studying
        ("Kula taksih ngopeni simbah, dereng nyambut damel lan dereng madosi.", .notInLabourForce),
        ("baru nikah, ikut suami, ga kerja", .notInLabourForce),
        ("Owe lagi di rumah, ngurus anak kecil dua. Kerja nanti dulu.", .notInLabourForce),
        ("Saya belajar bahasa Jepang di LPK untuk persiapan magang ke Jepang. Belum berangkat dan belum bekerja.", .studying),
        ("pelatihan kerja lagi di disnaker", .studying),
        // A month named with "lalu" is past: the job has started
        ("Saya bekerja sebagai teknisi di PT Daya, status PKWT, mulai bulan Oktober lalu.", .employee),
    ]

    @Test(arguments: recorded)
    func recordsTheStatus(_ text: String, _ status: LabourStatus) {
        // The rules alone: the statistical second opinion is retrained as the corpus grows (ReplyModelTests pins it).
        let reading = ReplyInterpreter(model: nil).interpret(text, context: Self.context)
        guard case .answer(let answer) = reading else {
            Issue.record("\(text): not recorded: \(reading)")
            return
        }
        #expect(answer.status == status, "\(text)")
    }

    /// Wishes and "soon" are no status: a person decides.
    @Test(arguments: ["insyaallah bentar lg kerja", "Insyaallah saya ingin sekali membuka kedai kopi sendiri suatu hari nanti."])
    func aWishIsNotRecorded(_ text: String) {
        guard case .needsReview = ReplyInterpreter().interpret(text, context: Self.context) else {
            Issue.record("\(text) was recorded or let go")
            return
        }
    }

    @Test func explainNamesTheClues() {
        let explained = ReplyInterpreter().explain("udh kerja di bengkel kak")
        #expect(explained.contains("employee"))
        #expect(explained.contains("udh→sudah"))
    }
}

/// The lexicon stays one map: a spelling added under two words would silently change what an older rule reads.
@Suite struct LexiconTests {
    @Test func everySpellingStandsForOneWord() {
        var owner: [String: String] = [:]
        var conflicts: [String] = []
        for word in Lexicon.spellings {
            for variant in word.variants {
                if let earlier = owner[variant], earlier != word.canonical { conflicts.append("\(variant): \(earlier) and \(word.canonical)") }
                owner[variant] = word.canonical
            }
        }
        #expect(conflicts.isEmpty, "\(conflicts)")
    }

    /// Everyday words one letter from a core word stay themselves: "susah" (hard) is not "sudah" (already).
    @Test(arguments: ["susah", "jalan", "masak", "bulan"])
    func everydayWordsAreNotCorrected(_ word: String) {
        #expect(ReplyText.canonical(word) == word)
    }

    @Test func udaIsSudah() {
        #expect(Lexicon.synonyms["uda"] == "sudah")
    }
}
