import Alumni
import Testing
@testable import Outreach

/// The rules at the borders between statuses, where a careful reader and a careless one part: stopped looking
/// because nothing can be had (discouraged) or for other reasons; preparing a business or running one; paid by the
/// piece as one's own account or as someone's worker. Each rule is pinned by a reply of our own, read by the rules
/// alone (the statistical second opinion is pinned in ReplyModelTests).
@Suite struct StatusBorderTests {
    static let context = ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-03-14")!)

    static let recorded: [(String, LabourStatus)] = [
        // Short answers: a workplace, a casual job, a student's word, glued words
        ("di gudang ekspedisi kak", .employee),
        ("serabutan aja kak", .employee),
        ("lagi ngampus kak", .studying),
        ("udahkerjabang", .employee),
        ("kerjadigudang", .employee),
        ("masih nunggu dipanggil user", .unemployed),
        // A start already made, whatever date it names; an absence from a job still held
        ("udah mulai kerja tgl 5 bulan ini kak, di PT Sinar Logam", .employee),
        ("lagi demam, izin kerja 3 hari kak", .employee),
        ("lg dirumahkan seminggu kak, pabriknya sepi order", .employee),
        // A relative named as the one who trained, or as the phone's owner: the sender answers for the graduate
        ("adek saya yg ikut kelas barista udah kerja di kafe kak", .employee),
        ("ini nomor kakak saya, dia sekarang jualan online kak", .selfEmployed),
        ("kakak saya yg ikut kelas las angkatan lalu udah kerja di bengkel, Pak", .employee),
        // A story's "now" said as "since then", after work that ended with its month or its project
        ("sempet kerja di toko bangunan dari april, kontraknya cuma 2 bulan. juni abis. sejak itu lagi nyari lagi", .unemployed),
        ("ikut proyek renovasi gedung 3 bulan, proyeknya udah kelar minggu lalu. semenjak itu nganggur, nyari2 kerja", .unemployed),
        // An ability, a purpose, a leave from college: no work, no study
        ("3 kak, aku bisa nyetir", .unemployed),
        ("nomor 3, lagi perbaiki CV biar gampang dapet kerja", .unemployed),
        ("cuti kuliah dulu kak, ga kerja, lagi ngurus nenek", .notInLabourForce),
        ("titip salam buat bu Rina ya, dari pabrik roti tempat saya kerja sekarang", .employee),
        ("kak boleh minta stiker BLK? mau ditempel di gerai jus aku", .selfEmployed),
        // Looking is said to be futile, or stopped for want of openings
        ("nyari kerja juga percuma kak, ga ada lowongan", .discouraged),
        ("udah ga ngelamar, ga bakal keterima juga", .discouraged),
        ("nganggur dan udah ga nyari. syaratnya ga masuk akal semua", .discouraged),
        ("Saya tidak bekerja dan tidak melamar lagi, tidak ada yang mau terima tanpa orang dalam.", .discouraged),
        ("udah 30 lamaran ga ada yg tembus, i gave up. ga ada lowongan buat aku", .discouraged),
        ("lulusan smp, mana ada yg nerima. udah ga nyari", .discouraged),
        ("udah nyari ke mana-mana gak ada yg manggil, jadi udah gak nyari", .discouraged),
        ("aku berhenti nyari, loker buat lulusan paket C ga ada", .discouraged),
        ("Saya sudah berhenti mencari kerja karena tidak ada perusahaan yang membutuhkan lulusan seperti saya.", .discouraged),
        ("udh ga nyari, lowongan buat cewe berjilbab terbatas bgt", .discouraged),
        ("ga nyari lagi kak, udah putus asa", .discouraged),
        ("bengkel2 pada tutup, aku udah ga ngelamar lagi", .discouraged),
        ("belum ada yg manggil kak, masih nyebar lamaran", .unemployed),
        // A business being prepared, not yet running
        ("lagi siapin brand hijab sendiri, launching bulan depan", .preparingBusiness),
        ("ngurus izin usaha dulu sebelum buka warung", .preparingBusiness),
        ("ngumpulin modal buat gerobak es, targetnya bulan depan jalan", .preparingBusiness),
        // An emoji ends a sentence: the news of others before it does not reach the sender's own after it.
        ("selamat yg udah kerja 🎉 aku masih berjuang nyari nih", .unemployed),
        ("Ibu rumah tangga kak 😊 suami ga ngebolehin kerja dulu", .notInLabourForce),
        // A question the sender answers themself is a statement.
        ("mitra ojol? udah.", .selfEmployed),
        ("kerja di pabrik? iya kak", .employee),
        // Opening for orders is a business opened: to come, or going on.
        ("belanja alat sablon dulu kak, bulan depan baru buka orderan", .preparingBusiness),
        ("buka PO kaos sablon tiap bulan kak", .selfEmployed),
        // Own account though paid, and someone's worker though a craft
        ("sibuk jaga konter pulsa sendiri kak", .selfEmployed),
        ("bukan karyawan, mitra kurir, dibayar per paket", .selfEmployed),
        ("Saya jadi tukang parkir di depan minimarket, penghasilan dari setoran harian.", .selfEmployed),
        ("jadi fotografer lepas buat acara nikahan, bayaran per acara", .selfEmployed),
        ("skrg jadi tukang jahit di rumah, nerima permak", .selfEmployed),
        ("saya kerja di percetakan Sinar sebagai desainer", .employee),
        ("operator jahit di konveksi, dibayar per potong", .employee),
        ("jadi driver grab bike kak", .selfEmployed),
        ("freelance admin sosmed buat beberapa umkm", .selfEmployed),
        ("buruh harian lepas di gudang beras", .employee),
        ("kerjaan udah ada kak, di toko bangunan", .employee),
        // A fixed setoran paid to the boss, the rest kept: own account (BPS; every writer of the corpus labels it so).
        ("kerjaan skrg jaga parkir minimarket, setoran ke bos", .selfEmployed),
        ("bantuin enyak jaga warung nasi uduk tiap pagi", .selfEmployed),
        // The Indonesian of Palembang, Banjar, Minang, Makassar, Ambon and NTT
        ("dak katek gawe kak, tapi masih nyari terus", .unemployed),
        ("sonde karja kaka, beta sementara cari karja", .unemployed),
        ("kada ada gawian di kampung, ulun kada mancari lagi", .discouraged),
        ("percumaki kak melamar, nda ada ji yang terima. jadi berhenti ma cari", .discouraged),
        ("iye kak, diterimaka kerja di hotel, mulaika minggu depan", .hiredNotStarted),
        ("balom karja kak, lagi tunggu panggilan dari kantor", .unemployed),
        ("blm krj kk, msh cr krj", .unemployed),
        ("teu aya lowongan kang, tos embung nyiar deui", .discouraged),
        // A relative's news is not the graduate's
        ("Di rumah aja bu ngurus cucu, anak2 pada kerja pabrik", .notInLabourForce),
        ("suami saya sudah kerja jadi satpam. saya di rumah ngurus anak, ga nyari kerja", .notInLabourForce),
        ("kuliah jarak jauh kak (UT), di rumah aja sambil bantu mama", .studying),
        // Courses, contracts and training abroad
        ("sa sekolah perawat di Jayapura kaka", .studying),
        ("ndak karajo lai ambo, kontrak abih. kini mancari baliak", .unemployed),
        ("udah lulus ujian bahasa, nunggu dipilih buat kontrak, sambil ngelamar kerja lokal", .unemployed),
        ("Diterima di laundry hotel, tapi disuruh nunggu sampai ada yg keluar dulu baru masuk", .hiredNotStarted),
        // An internship said to be unpaid, in every spelling of the denial
        ("magang di hotel, tidak digaji", .studying),
        ("magang di hotel tidak ada gajinya", .studying),
        // Own account
        ("bantu warung nasi milik orang tua, tidak digaji", .selfEmployed),
        ("Pensiun dari pabrik, sekarang urus kios fotokopi punya sendiri", .selfEmployed),
        ("ibu rumah tangga, tapi nerima setrikaan kiloan di rumah buat tetangga", .selfEmployed),
        ("nda karja kantor kak, kita cuma bajual ikan di pasar", .selfEmployed),
        ("lagi siap-siap buka toko klontong, beli rak barang", .preparingBusiness),
        ("ikut program wirausaha kelurahan, lagi siapin tempat buat jualan kue. belum jualan", .preparingBusiness),
        ("mau jualan, lagi nyari gerobak sama modal", .preparingBusiness),
        // Ends and starts to come
        ("kerja kak, tapi bentar lagi kontrak abis", .employee),
        ("udah tanda tangan kontrak ke jepang, tinggal nunggu visa", .hiredNotStarted),
        // Abbreviated search, gig titles, daily hire and English titles
        ("nganggur bang, tiap hari nglmr ke pt2", .unemployed),
        ("ngojol tiap hari dr pagi sampe sore bang", .selfEmployed),
        ("harian lepas di proyek bang, lumayan buat makan", .employee),
        ("sekarang jadi specialist konten di agensi kak", .employee),
        // The sender names herself and then speaks for herself
        ("ini saya ibu Ratna dari kelas tata boga, alhamdulillah saya sudah bekerja di katering", .employee),
        // Work a "now" names is held, whatever ended around it ("susah" is hard, not "sudah")
        ("sekarang narik ojol, abis kontrak pabrik susah nyari kerja lagi", .selfEmployed),
        // The last work and when it stopped is past; a title after "bidang" is the field, "HRD" alone the recruiter
        ("3, terakhir kerja di toko bangunan sampai Agustus", .unemployed),
        ("3. HRD cuma php semua", .unemployed),
        ("bidang barista udah penuh orang, jadi masih nyari yg lain", .unemployed),
        // The platform's partner, orders on call; Paket C is school, a courier's "paket" is not
        ("jadi kurir, bukan karyawan", .selfEmployed),
        ("sambil nunggu lamaran, saya nerima benerin kulkas panggilan", .selfEmployed),
        ("ikut kejar paket C dulu kak", .studying),
        // Renting things out is a business; the sender with a friend is still the sender
        ("nyewain tenda sama sound system buat hajatan", .selfEmployed),
        ("aku sama si Dimas sama2 udah kerja di PT Sinar Logam", .employee),
        // "tidak lagi" is no longer; "sekarang udah nggak" denies the work told before it
        ("Saya tidak lagi bekerja dan sedang mencari pekerjaan.", .unemployed),
        ("kmrn ada kerja serabutan\nskrg udah ngga\nlagi cari yg tetap", .unemployed),
        // Passing the tests with a start set, even in a later message, is hired-not-started
        ("dapet panggilan\nlolos semua tes\ntinggal masuk hari kamis\ndi PT Sinar Plastindo", .hiredNotStarted),
        ("lolos seleksi jadi helper gudang, masuk awal bulan", .hiredNotStarted),
        // A sentence typed a word or two per message is one sentence
        ("min\nblm\nkerja\nlagi\ncari2", .unemployed),
        // Paid onboarding at an employer is work; a probation is a contract
        ("masih training di PT Sinar Kemasan kak, tapi udah digaji", .employee),
        ("Saya masih menjalani masa probation di toko bangunan sejak Oktober.", .employee),
        // A relative answering for the graduate ("ini ibunya") tells the graduate's status
        ("ini istrinya. suami saya jualan bakso keliling", .selfEmployed),
        ("istrinya. suami saya lagi nyari kerja sejak proyeknya selesai", .unemployed),
        // A day that comes back is a habit; friends who work are not the sender; Jaseng "laka" is "tidak ada"
        ("tiap sabtu jualan cilok di alun2", .selfEmployed),
        ("masih nyari kerja, nitip lamaran ke temen yg udah kerja di pabrik", .unemployed),
        ("kite laka gawean ning kene, wis ora golet maning", .discouraged),
        // Sundanese "can gawe" is not yet working (and "acan" stays "belum"); work that "kelar" or whose contract "diputus" ended
        ("abdi can gawe, keur neangan di Balaraja", .unemployed),
        ("kerja harian di toko bangunan, skrg udh kelar. lagi nyari lagi", .unemployed),
        ("kerja di pabrik tapi kontraknya diputus, skrg nyari lagi", .unemployed),
        ("acan gawe euy, keur neangan", .unemployed),
        // A taxi driven as a platform partner is own account; a start "dari tgl 2" is past
        ("jadi driver taksi online kak, udah 3 bulan", .selfEmployed),
        ("udah masuk kerja dari tgl 3 di PT Surya Kemas, baru dapet id card", .employee),
        // On the way to a job interview is looking; a relative who typed before, then "aku"; children as customers
        ("lagi di jalan mau interview kak, doain", .unemployed),
        ("td nenek yg bales kak, aku lagi kursus bahasa jepang", .studying),
        ("nyewain kostum karnaval anak2 kak, lumayan rame", .selfEmployed),
        // Preparing a home business is not running it
        ("Saya sedang mempersiapkan usaha kue rumahan, masih mengurus izin.", .preparingBusiness),
        ("usaha jahit di rumah udah siap, tapi belum menerima pesanan", .preparingBusiness),
        ("lagi nyari lahan buat ternak lele", .preparingBusiness),
        // The job looked for, named in the next sentence, is no job held; starting to look is looking
        ("halo\nno 3\ncari kerja\njadi staf gudang\nada info?", .unemployed),
        ("aku nyari kerja. fokus ke kasir atau pramuniaga", .unemployed),
        ("saya nyari kerja, kerja apa aja saya mau kak", .unemployed),
        ("abis sakit sebulan, sekarang baru mulai nyari kerja", .unemployed),
        ("bl kerja bang, msh ngelamar ke toko2", .unemployed),
        // "Februari lalu" is last February, not "Februari, then"
        ("Saya bekerja sebagai operator di PT Cahaya Plastindo, kontrak satu tahun, mulai bulan Februari lalu.", .employee),
        // What is not found yet is the extra job sought; what was taken for work was none.
        ("udah kerja di toko, lagi nyari sampingan tp blm dapet", .employee),
        ("kmrn bantu panitia nikahan, bukan kerja sih. masih nyari kerja kak", .unemployed),
        // The graduate takes the phone from the parent who typed first.
        ("anak saya kerja di pabrik / kak ini Rudi, ibu salah paham. aku masih kuliah", .studying),
        // A job title is what the training is in.
        ("masih kuliah kak, sambil ambil sertifikasi operator forklift", .studying),
    ]

    /// A number the words take back or contradict, and a job left with now unsaid, go to a person.
    @Test(arguments: ["8 kak, eh tapi masih nyari2 lewat grup loker", "2? udah bukan kak, usaha sablon saya bangkrut. nyari kerja aja",
                      "Saya sudah berhenti dari pekerjaan sebagai operator per tanggal 12 Oktober.",
                      "Saya berencana buka warung setelah anak masuk sekolah.",
                      "kak bulan depan ada job fair? rekan kerja saya pada nanya",
                      // How long a job lasted, told after its ending or as a short spell, is no job now.
                      "kontrak aku di PT Maju selesai kemarin. 6 bulan kerja disana",
                      "kerja sebentar di toko 2 bulan, di konveksi 3 bulan. yang terakhir udah keluar"])
    func aContradictionOrAnUnsaidNowGoesToReview(_ text: String) {
        let reading = ReplyInterpreter(model: nil).interpret(text, context: Self.context)
        guard case .needsReview = reading else {
            Issue.record("\(text) was recorded or let go: \(reading)")
            return
        }
    }

    /// The sender's situation said only inside a question, inside news about others, or as a relative's work with no
    /// word of the sender: review with that reading, never let go as small talk.
    @Test(arguments: [
        ("kak kalau saya lagi ngurus ibu yg sakit di rumah itu termasuk nomor berapa?", LabourStatus.notInLabourForce),
        ("Kak acara reuni jadinya kapan? kata temen2 undangannya udah dibagi pas saya lagi shift malam di pabrik", .employee),
        ("suami saya masih narik ojol kak", .selfEmployed),
        ("adek aku udah kerja di bengkel kak", .employee),
        ("beta pung kaka su karja di kapal", .employee),
        // The clauses after a relative's news go on about them until the sender speaks of themself.
        ("istriku udah keterima, sekarang jadi kasir di minimarket", .employee),
        ("suami saya baru kena PHK, skrg nyari kerja lagi kak", .unemployed),
        // Whose the business is says nothing of the sender when only a relative is spoken of.
        ("kakak saya buka usaha bengkel sendiri", .selfEmployed),
        // Which option a situation falls under: nobody asks where to put someone else's.
        ("misal bantu2 di warung ibu itu masuk yg mana kak", .selfEmployed),
        ("kalo ngojek masuknya nomor berapa?", .selfEmployed),
        ("klo lagi nyari kerja sambil ngurus anak isi apa kak?", .unemployed),
        // A relative's option number, and a relative described by their work, not by the training.
        ("suami saya 6 kak, masuk senin", .hiredNotStarted),
        ("adik saya yg kerja di Balaraja udah di PHK kak", .employee),
    ])
    func aStatusSaidInPassingGoesToReviewWithItsReading(_ text: String, _ suggested: LabourStatus) {
        let reading = ReplyInterpreter(model: nil).interpret(text, context: Self.context)
        guard case .needsReview(let suggestion, _) = reading else {
            Issue.record("\(text) was recorded or let go: \(reading)")
            return
        }
        #expect(suggestion?.status == suggested, "\(text)")
    }

    /// "di situ" is there, not "situ" (you): the sender's "me too" after a friend's news is theirs, for a person to read.
    @Test func aMeTooBesideAFriendsNewsIsNotLetGo() {
        let reading = ReplyInterpreter(model: nil).interpret("temen aku si Andi udah kerja di pabrik roti, aku juga di situ", context: Self.context)
        #expect(reading != .notAnAnswer)
    }

    /// A relative's option number is read against the centre's own questionnaire, not the default one.
    @Test func aRelativesNumberIsReadWithTheCentresOptions() throws {
        var questionnaire = Questionnaire.default
        let status = try #require(questionnaire.questions.firstIndex { $0.key == .status })
        // This centre's 3 is "not working, not looking".
        for k in questionnaire.questions[status].options!.indices {
            switch questionnaire.questions[status].options![k].code {
            case "3": questionnaire.questions[status].options![k].value = LabourStatus.notInLabourForce.rawValue
            case "5": questionnaire.questions[status].options![k].value = LabourStatus.unemployed.rawValue
            default: break
            }
        }
        let reading = ReplyInterpreter(questionnaire: questionnaire, model: nil).interpret("suami saya 3 kak", context: Self.context)
        guard case .needsReview(let suggestion, _) = reading else {
            Issue.record("recorded or let go: \(reading)")
            return
        }
        #expect(suggestion?.status == .notInLabourForce)
    }

    /// …but a relative named as the graduate, or a question of what the sender may do, says no status.
    @Test(arguments: ["istri saya yg ikut pelatihan kak, nanti saya sampaikan", "kak saya boleh ikut kelas menjahit lagi ga?"])
    func aRelativeNamedOrAPermissionAskedIsNoAnswer(_ text: String) {
        #expect(ReplyInterpreter(model: nil).interpret(text, context: Self.context) == .notAnAnswer, "\(text)")
    }

    @Test(arguments: recorded)
    func recordsTheStatus(_ text: String, _ status: LabourStatus) {
        let reading = ReplyInterpreter(model: nil).interpret(text, context: Self.context)
        guard case .answer(let answer) = reading else {
            Issue.record("\(text): not recorded: \(reading)")
            return
        }
        #expect(answer.status == status, "\(text)")
    }
}
