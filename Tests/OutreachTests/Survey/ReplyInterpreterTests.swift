import Testing
@testable import Outreach

/// One realistic reply and what must come out of it.
struct ReplyCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable, Equatable {
        case answer(SurveyAnswer)
        /// Review, with the suggested partial answer (nil = no suggestion).
        case review(SurveyAnswer?)
        case notAnAnswer
    }

    let text: String
    let expected: Expected
    var testDescription: String { text }

    init(_ text: String, _ expected: Expected) {
        self.text = text
        self.expected = expected
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
        .init("1AA", .answer(a(.employee, match: .matches, income: .belowUMK))),
        .init("1 a b", .answer(a(.employee, match: .matches, income: .umkToUnder1_2))),
        .init("1-A-C-F", .answer(a(.employee, match: .matches, income: .atLeast1_2UMK, heard: .friendOrFamily))),
        .init("2 B D E", .answer(a(.selfEmployed, match: .partly, income: .preferNotToSay, heard: .whatsApp))),
        .init("Jawaban: 1AB kak", .answer(a(.employee, match: .matches, income: .umkToUnder1_2))),
        .init("1=1 6=B", .answer(a(.employee, heard: .instagramReels))),
        .init("Q1 3 Q6 F", .answer(a(.unemployed, heard: .friendOrFamily))),
        .init("1AX", .review(a(.employee, match: .matches))),
        .init("3A", .review(a(.unemployed, match: .matches))),
        .init("7", .answer(a(.preparingBusiness))),
        .init("9", .review(nil)),
        .init("4=A 5=B", .review(a(match: .matches, income: .umkToUnder1_2))),
        .init("\(code.text) 1AA", .answer(a(.employee, match: .matches, income: .belowUMK, code: code))),
        .init("1AA \(code.text.lowercased())", .answer(a(.employee, match: .matches, income: .belowUMK, code: code))),
        .init("\(typo) 1AA", .review(a(.employee, match: .matches, income: .belowUMK))),
        .init("1AB PT Maju Jaya, Maret 2025", .answer(a(.employee, month: (2025, 3), employer: "PT Maju Jaya", match: .matches, income: .umkToUnder1_2))),
        .init("2, jualan kopi di rumah", .answer(a(.selfEmployed))),
        .init("3 bulan lalu baru kerja", .review(a(.employee))),
        .init("1AA tapi masih nganggur", .review(a(.employee, match: .matches, income: .belowUMK))),
        .init(code.text, .review(a(code: code))),

        // Everyday Bahasa Indonesia: working
        .init("Alhamdulillah sudah kerja di PT Maju Jaya", .answer(a(.employee, employer: "PT Maju Jaya"))),
        .init("udah krja kak di PT. Sinar Abadi sejak maret 2025 🙏", .answer(a(.employee, month: (2025, 3), employer: "PT Sinar Abadi"))),
        .init("Sudah bekerja di CV Berkah Motor mulai 03/2025, sesuai pelatihan", .answer(a(.employee, month: (2025, 3), employer: "CV Berkah Motor", match: .matches))),
        .init("sdh gawe di pabrik sepatu dari 2025-02", .answer(a(.employee, month: (2025, 2), employer: "pabrik sepatu"))),
        .init("Alhamdulillah udah kerja, tapi tidak sesuai jurusan", .answer(a(.employee, match: .doesNotMatch))),
        .init("sudah kerja tapi masih cari kerja yang lebih baik", .answer(a(.employee))),
        .init("kerja sambil kuliah kak", .answer(a(.employee, alsoStudying: true))),
        .init("Sudah kerja di Kopi Kenangan, gaji di bawah UMK", .answer(a(.employee, employer: "Kopi Kenangan", income: .belowUMK))),
        .init("udh kerja, gaji sesuai UMK", .answer(a(.employee, income: .umkToUnder1_2))),
        .init("sudah kerja di Jakarta", .answer(a(.employee))),
        .init("Sudah dapat kerja di Hotel Santika bulan Januari 2025", .answer(a(.employee, month: (2025, 1), employer: "Hotel Santika"))),
        .init("SUDAH KERJA!!! 😊😊", .answer(a(.employee))),
        .init("sudah kerja sejak bulan lalu", .review(a(.employee))),
        .init("sudah kerja dari maret", .review(a(.employee))),
        .init("udah kerja, gaji diatas UMK", .review(a(.employee))),
        .init("udah kerja gaji 5 juta", .review(a(.employee))),
        .init("kerja di bengkel, kurang sesuai sih", .review(a(.employee, employer: "bengkel"))),
        .init("sudah, di bengkel dekat rumah", .review(a(.employee, employer: "bengkel dekat rumah"))),

        // Self-employed
        .init("buka usaha sendiri kak", .answer(a(.selfEmployed))),
        .init("jualan kopi di rumah", .answer(a(.selfEmployed))),
        .init("usaha bengkel", .answer(a(.selfEmployed))),
        .init("Alhamdulillah sekarang wirausaha, buka warung kopi", .answer(a(.selfEmployed))),
        .init("bantu usaha orang tua jualan online", .answer(a(.selfEmployed))),
        .init("kerja di pabrik sambil jualan online", .review(a(employer: "pabrik"))),
        .init("mau buka usaha tapi belum ada modal", .review(nil)),

        // Unemployed
        .init("masih nganggur kak", .answer(a(.unemployed))),
        .init("belum dapat kerja, masih nyari", .answer(a(.unemployed))),
        .init("blm dpt kerjaan nih kak, msh nyari2", .answer(a(.unemployed))),
        .init("lagi ngelamar ke beberapa pabrik", .answer(a(.unemployed))),
        .init("masih berusaha cari kerja", .answer(a(.unemployed))),
        .init("Belum kerja kak, lagi cari loker", .answer(a(.unemployed))),
        .init("belum kerja", .review(nil)),
        .init("belum kak", .review(nil)),
        .init("masih nganggur, rencana buka usaha", .answer(a(.unemployed))),
        .init("sudah diterima kerja, mulai bulan depan", .review(nil)),
        .init("pernah kerja 2 bulan terus resign", .review(nil)),
        .init("belum kerja, eh sudah", .review(nil)),
        .init("sudah kerja tapi sekarang nganggur lagi", .review(nil)),
        .init("dulu nganggur sekarang sudah kerja", .review(nil)),

        // Studying
        .init("lanjut kuliah", .answer(a(.studying))),
        .init("ikut pelatihan lagi di BLK lain", .answer(a(.studying))),
        .init("belum kerja, masih kuliah", .answer(a(.studying))),
        .init("kuliah sambil nyari kerja", .review(nil)),
        .init("mau lanjut kuliah tahun depan", .review(nil)),

        // Not in the labour force
        .init("ibu rumah tangga, tidak cari kerja", .answer(a(.notInLabourForce))),
        .init("sekarang jadi IRT kak, ngurus anak", .answer(a(.notInLabourForce))),
        .init("tidak bekerja dan tidak mencari kerja", .answer(a(.notInLabourForce))),
        .init("gak nyari kerja", .review(nil)),

        // English
        .init("I work at a café now", .answer(a(.employee, employer: "café"))),
        .init("Still looking for a job", .answer(a(.unemployed))),
        .init("I started my own business", .answer(a(.selfEmployed))),
        .init("I'm self-employed, heard about it from a friend", .answer(a(.selfEmployed, heard: .friendOrFamily))),
        .init("I got a job at PT Astra in March 2025, related to my training", .answer(a(.employee, month: (2025, 3), employer: "PT Astra", match: .matches))),
        .init("haven't found a job yet", .answer(a(.unemployed))),
        .init("I'm a housewife", .answer(a(.notInLabourForce))),
        .init("studying at university now", .answer(a(.studying))),
        .init("not working and not looking", .answer(a(.notInLabourForce))),

        // Details
        .init("sudah kerja, tau pelatihan dari reels", .answer(a(.employee, heard: .instagramReels))),
        .init("masih nganggur. tau info dari teman", .answer(a(.unemployed, heard: .friendOrFamily))),
        .init("sudah kerja, tahu dari instagram", .review(a(.employee))),
        .init("sudah kerja sebagian sesuai", .answer(a(.employee, match: .partly))),

        // Not answers and traps
        .init("Halo kak, terima kasih 🙏", .notAnAnswer),
        .init("Assalamualaikum min", .notAnAnswer),
        .init("kapan kelas barista buka lagi?", .notAnAnswer),
        .init("Kak, pendaftaran pelatihan otomotif kapan dibuka", .notAnAnswer),
        .init("Apakah ada lowongan kerja?", .notAnAnswer),
        .init("<Media omitted>", .notAnAnswer),
        .init("👍👍", .notAnAnswer),
        .init("ok siap kak", .notAnAnswer),
        .init("pekerjaan rumah banyak banget", .review(nil)),
        .init("terima kasih atas kerja samanya", .review(nil)),
        .init("hari kerja saya senin sampai jumat", .review(nil)),
        .init("narik ojol", .review(nil)),
        .init("kerja jadi ojol", .review(nil)),
        .init("magang di PT ABC", .review(a(employer: "PT ABC"))),
        .init("Udah kerja jadi barista di Janji Jiwa sejak 12/03/2025", .answer(a(.employee, month: (2025, 3), employer: "Janji Jiwa"))),
        .init("Sudah kerja kak, kapan ada kelas lagi?", .answer(a(.employee))),
        .init("lagi hamil, belum kerja dulu", .review(nil)),
        .init("aku udah ga kerja lagi, kontrak habis", .review(nil)),
        .init("Belum bekerja, sedang mencari pekerjaan", .answer(a(.unemployed))),
        .init("alhamdulillah sudah bekerja. sesuai. gaji UMK. tau dari story IG", .answer(a(.employee, match: .matches, income: .umkToUnder1_2, heard: .instagramStory))),
        .init("masih kuliah tapi sudah kerja part time", .answer(a(.employee, alsoStudying: true))),
        .init("kerja di 2 tempat", .answer(a(.employee))),
        .init("sedang mempersiapkan usaha", .review(nil)),
        .init("sempat kerja di PT A, sekarang nganggur", .answer(a(.unemployed))),
        .init("kerja di rumah makan Sederhana", .answer(a(.employee, employer: "rumah makan Sederhana"))),
        .init("sy sdh bkerja", .answer(a(.employee))),
        .init("belum kerja karena masih sekolah", .answer(a(.studying))),
        .init("saya sudah tidak mencari kerja karena sudah bekerja", .answer(a(.employee))),
        .init("tidak kerja, tidak cari", .answer(a(.notInLabourForce))),
        .init("nganggur tapi lagi jualan online", .review(nil)),
        .init("I don't have a job yet", .answer(a(.unemployed))),
        .init("I quit my job", .review(nil)),
        .init("working as a barista at Starbucks since Feb 2025", .answer(a(.employee, month: (2025, 2), employer: "Starbucks"))),
        .init("kerja bakti di kampung", .review(nil)),
        .init("ada lowongan kerja ga kak?", .notAnAnswer),
        .init("semoga cepat dapat kerja", .review(nil)),
        .init("2023", .review(nil)),
        .init("10.30", .review(nil)),
        .init("jjk-4f7q", .review(nil)),
        .init("I'll work on the survey later", .review(nil)),
    ]

    @Test(arguments: cases)
    func interprets(_ c: ReplyCase) {
        let result = ReplyInterpreter().interpret(c.text)
        switch (c.expected, result) {
        case (.answer(let want), .answer(let got)):
            #expect(got == want)
        case (.review(let want), .needsReview(let got, let reason)):
            #expect(got == want, "reason: \(reason)")
            #expect(!reason.isEmpty)
        case (.notAnAnswer, .notAnAnswer):
            break
        default:
            Issue.record("expected \(c.expected), got \(result)")
        }
    }

    @Test func atLeastSixtyCases() {
        #expect(Self.cases.count >= 60)
    }

    @Test func reasonsNameTheProblem() {
        guard case .needsReview(_, let reason) = ReplyInterpreter().interpret("belum kerja, eh sudah") else {
            Issue.record("not reviewed"); return
        }
        #expect(reason == "the reply says both working and not working")
        guard case .needsReview(_, let typoReason) = ReplyInterpreter().interpret("\(typo) 1AA") else {
            Issue.record("not reviewed"); return
        }
        #expect(typoReason.contains("fails its check"))
    }
}
