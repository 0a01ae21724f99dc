import Synthetic
import Alumni

/// What really became of a graduate at one survey wave — the truth the demo's measured rates are checked against.
struct DemoOutcome {
    enum Status: String, CaseIterable {
        case employee, selfEmployed, unemployed, studying, notInLabourForce
    }

    var status: Status
    /// Whether the graduate answers this wave at all.
    var responds: Bool

    /// Outcomes depend a little on the programme and on how the person heard of the class, so the
    /// report has real differences to show.
    static func draw(for graduate: DemoReplay.Graduate, wave: Int, previous: Status?, using rng: inout SeededGenerator) -> DemoOutcome {
        var weights: [Status: Double] = [.employee: 0.42, .selfEmployed: 0.12, .unemployed: 0.30, .studying: 0.07, .notInLabourForce: 0.09]
        switch graduate.demoClass.programCode {
        case "OTO", "LAS": weights[.employee]! += 0.12
        case "MJH", "TBG": weights[.selfEmployed]! += 0.12
        default: break
        }
        switch graduate.sourceInfo?.lowercased() ?? "" {
        case "teman", "wa": weights[.employee]! += 0.08
        case "reels", "tiktok": weights[.unemployed]! += 0.08
        default: break
        }
        // Later waves: more people in work; most keep what they had.
        weights[.employee]! += Double(wave) * 0.012
        var status = pick(weights, using: &rng)
        if let previous, rng.chance(0.6) { status = previous }
        return DemoOutcome(status: status, responds: rng.chance(wave == 3 ? 0.68 : wave == 6 ? 0.6 : 0.5))
    }

    private static func pick(_ weights: [Status: Double], using rng: inout SeededGenerator) -> Status {
        let total = Status.allCases.reduce(0) { $0 + weights[$1]! }
        var roll = Double(rng.next() >> 11) / Double(1 << 53) * total
        for status in Status.allCases {
            roll -= weights[status]!
            if roll < 0 { return status }
        }
        return .employee
    }

    /// Everyday replies the interpreter reads with confidence, by status.
    static let replies: [Status: [String]] = [
        .employee: ["1", "1 A B", "1AA", "Alhamdulillah sudah kerja di PT Maju Jaya", "udah krja kak di PT. Sinar Abadi sejak maret 2025 🙏",
                    "Sudah kerja di Kopi Kenangan, gaji di bawah UMK", "sdh gawe di pabrik sepatu dari 2025-02", "I work at a café now",
                    "Sudah bekerja di CV Berkah Motor mulai 03/2025, sesuai pelatihan", "SUDAH KERJA!!! 😊😊", "kerja sambil kuliah kak",
                    "alhamdulillah sudah bekerja. sesuai. gaji UMK. tau dari story IG", "working as a barista at Starbucks since Feb 2025"],
        .selfEmployed: ["2", "2 B D E", "buka usaha sendiri kak", "jualan kopi di rumah", "Alhamdulillah sekarang wirausaha, buka warung kopi",
                        "usaha bengkel", "I started my own business"],
        .unemployed: ["3", "masih nganggur kak", "belum dapat kerja, masih nyari", "blm dpt kerjaan nih kak, msh nyari2",
                      "lagi ngelamar ke beberapa pabrik", "Still looking for a job", "Belum kerja kak, lagi cari loker"],
        .studying: ["4", "lanjut kuliah", "ikut pelatihan lagi di BLK lain", "belum kerja, masih kuliah", "studying at university now"],
        .notInLabourForce: ["5", "ibu rumah tangga, tidak cari kerja", "sekarang jadi IRT kak, ngurus anak", "tidak bekerja dan tidak mencari kerja"],
    ]

    /// Messages that are not answers, or that a person must read.
    static let chatter = ["terima kasih kak 🙏", "Kapan kelas barista buka lagi?", "siap kak", "sudah, di bengkel dekat rumah"]
}
