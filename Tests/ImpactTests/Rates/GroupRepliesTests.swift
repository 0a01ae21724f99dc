import Alumni
import Foundation
import Impact
import Outreach
import TestSupport
import Testing

/// A class's group export, written in everyday words, gives the same employment figures as the same people's
/// numbered answers.
@Suite struct GroupRepliesTests {
    /// Serial → (words in the class group, the same answer as a number).
    static let answers: [(Int, String, String)] = [
        (1, "Alhamdulillah udh keterima di bengkel resmi Honda, udah 2 bulan jalan", "1"),
        (2, "Skrg jadi security di perumahan kak", "1"),
        (3, "narik gojek kak sekarang", "2"),
        (4, "Lagi ngurus anak kak, di rumah aja", "5"),
        (5, "masih nyari kerja kak, blm ada panggilan", "3"),
        (6, "Udah kerja di PT Sinar sejak bulan Agustus", "1"),
        (7, "belum kerja di bidang otomotif, tapi kerja di gudang", "1"),
        (8, "gak jadi ke Korea, sekarang jualan online", "2"),
        (9, "lagi kuliah kak semester 1", "4"),
        (10, "keterima di PT Cakra, mulai senin depan", "6"),
        (11, "lagi nyiapin usaha laundry, tinggal cari ruko", "7"),
        (12, "udah gak nyari kak, percuma ga ada lowongan", "8"),
        (13, "udhkerja kak, operator produksi", "1"),
        (14, "blmdapet kak, lgnyari", "3"),
    ]

    func centre(replies: (Int, String, String) -> String, chat: String) throws -> RatesTable {
        let database = try makeImpactDatabase()
        try register(database, classCode: "OTO-01", quota: 20, rows: Self.answers.map { ("2025-01-06 08:\(String(format: "%02d", $0.0))", $0.0, "", "") },
                     program: ("OTO", "Otomotif"))
        let at = LocalDateTime(parsing: "2025-02-01 09:00")!
        try Registry(database: database).enroll(classCode: "OTO-01", niks: .all, on: at, now: at)
        try Registry(database: database).graduate(classCode: "OTO-01", niks: .all, on: LocalDateTime(parsing: "2025-03-14 12:00")!, now: at)
        let lines = Self.answers.map { answer in
            "20/09/25 10.\(String(format: "%02d", answer.0 * 3)) - +62 812-000\(answer.0 / 10000)-\(String(format: "%04d", answer.0)): \(replies(answer.0, answer.1, answer.2))"
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("group-\(UUID().uuidString)").appendingPathComponent(chat)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let report = try ChatIngest(database: database).ingest([file], now: LocalDateTime(parsing: "2025-10-01 09:00")!)
        #expect(report.answers == Self.answers.count, "\(report)")
        let outcomes = try OutcomeQuery(database: database).outcomes(wave: 6, asOf: day("2025-10-01"))
        return try RatesTable(outcomes: outcomes, by: [], wave: 6, period: .all, threshold: nil)
    }

    @Test func wordsInTheGroupCountLikeNumbers() throws {
        let words = try centre(replies: { _, words, _ in words }, chat: "WhatsApp Chat with Alumni OTO-01.txt")
        let numbers = try centre(replies: { _, _, number in number }, chat: "WhatsApp Chat with Admin BLK.txt")
        // The words carry start months the bare numbers do not; every status and rate is the same.
        let (w, n) = (words.total.indicators, numbers.total.indicators)
        #expect(w.employmentRate == n.employmentRate && w.unemploymentRate == n.unemploymentRate && w.bmwRate == n.bmwRate)
        #expect(w.netResponseRate == n.netResponseRate && w.furtherEducationRate == n.furtherEducationRate)
        var (wc, nc) = (w.counts, n.counts)
        (wc.monthsToFirstJob, nc.monthsToFirstJob) = ([], [])
        #expect(wc == nc)
        #expect(words.total.counts.employed == 7 && words.total.counts.unemployed == 5)
    }
}
