import Synthetic
/// Replies in the everyday wording Jejak's interpreter must read confidently, by true status.
///
/// Every wording here was checked with `jejak survey ingest --format json` (answers, not needs_review). "masih
/// nganggur" alone is not among them: looking or not is unsaid, so the reader sends it to review (BPS 3 or 5).
enum ReplyWording {
    static let firstAnswers: [LabourStatus: [String]] = [
        .employee: ["1", "1", "1 A B", "1A", "1 B", "alhamdulillah sudah kerja di PT Maju Jaya", "sudah kerja di pabrik garmen",
                    "I work at a café now", "sudah bekerja kak di bengkel resmi"],
        .selfEmployed: ["2", "2", "buka usaha sendiri", "buka usaha sendiri kak, jualan kopi", "wirausaha"],
        .unemployed: ["3", "3", "masih nganggur, lagi cari kerja", "masih nganggur kak, lagi cari-cari", "belum kerja, masih cari kerja"],
        .studying: ["4", "4", "lanjut kuliah", "lanjut kuliah dulu kak"],
        .notInLabourForce: ["5", "5", "5"],
    ]
    /// A second message in the same wave: other words, same status.
    static let followUps: [LabourStatus: [String]] = [
        .employee: ["alhamdulillah sudah kerja di PT Maju Jaya", "I work at a café now", "1"],
        .selfEmployed: ["buka usaha sendiri", "2"],
        .unemployed: ["masih nyari kerja", "3"],
        .studying: ["lanjut kuliah", "4"],
        .notInLabourForce: ["5"],
    ]
    /// Messages graduates post in the group that are not answers.
    static let chatter = ["terima kasih infonya 🙏", "Kapan jadwal angkatan berikutnya?", "Sertifikatnya sudah bisa diambil?",
                          "Selamat pagi semua", "Link pendaftarannya di mana ya min?", "<Media tidak disertakan>",
                          "Pesan ini telah dihapus"]

    static func first(_ status: LabourStatus, _ rng: inout SeededGenerator) -> String { rng.pick(firstAnswers[status]!) }
    static func followUp(_ status: LabourStatus, _ rng: inout SeededGenerator) -> String { rng.pick(followUps[status]!) }
}
