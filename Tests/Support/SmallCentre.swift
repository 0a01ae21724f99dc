import Alumni
import Foundation
import Impact
import Outreach

/// A small centre whose every figure is computed by hand in the tests:
///
/// BAR-01 (quota 6), registrations at 08:00, 08:30, … 11:00:
///   serials 1–3 code BAR-REELS, 4–5 "Story IG" (→ BAR-STORY by window), 6 "Teman" (unattributed),
///   7 "Reels" (→ BAR-REELS by window; waitlisted).
/// OTO-01 (quota 6): serials 11–16, code OTO-FEED, all accepted.
/// Everyone accepted graduates on 2025-03-14. Wave-6 replies on 2025-09-20:
///   BAR: 1 employee, 2 employee, 3 unemployed, 4 self-employed, 5 employee; 6 silent.
///   OTO: 11 and 12 employee, 13–16 unemployed.
/// Reach: BAR-REELS 10,000 (cost Rp 300,000), BAR-STORY 2,000, OTO-FEED 5,000.
public func makeSmallCentre(onDisk: Bool = false, modules: [any SchemaModule.Type] = JejakSchema.modules) throws -> JejakDatabase {
    let database = try makeImpactDatabase(onDisk: onDisk, modules: modules)
    let times = ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00"]
    try register(database, classCode: "BAR-01", quota: 6, rows: [
        ("2025-01-06 \(times[0])", 1, "Reels", "BAR-REELS"), ("2025-01-06 \(times[1])", 2, "Reels", "BAR-REELS"),
        ("2025-01-06 \(times[2])", 3, "Reels", "BAR-REELS"), ("2025-01-06 \(times[3])", 4, "Story IG", ""),
        ("2025-01-06 \(times[4])", 5, "Story IG", ""), ("2025-01-06 \(times[5])", 6, "Teman", ""),
        ("2025-01-06 \(times[6])", 7, "Reels", ""),
    ])
    try register(database, classCode: "OTO-01", quota: 6, rows: (11...16).enumerated().map { ("2025-01-06 \(times[$0])", $1, "Instagram", "OTO-FEED") },
                 program: ("OTO", "Otomotif"))
    let store = CampaignStore(database: database)
    try store.add(Campaign(code: "BAR-REELS", channel: .instagramReels, startsOn: day("2025-01-03"), endsOn: day("2025-01-10"), approach: .creative, cost: 300_000, classes: ["BAR-01"]))
    try store.add(Campaign(code: "BAR-STORY", channel: .instagramStory, startsOn: day("2025-01-03"), endsOn: day("2025-01-10"), approach: .dialogic, classes: ["BAR-01"]))
    try store.add(Campaign(code: "OTO-FEED", channel: .instagramFeed, startsOn: day("2025-01-03"), endsOn: day("2025-01-10"), approach: .informational, classes: ["OTO-01"]))
    let at = LocalDateTime(parsing: "2025-04-01 09:00")!
    try store.setOutputs("BAR-REELS", reach: 10_000, views: nil, likes: nil, comments: nil, shares: nil, saves: nil, now: at)
    try store.setOutputs("BAR-STORY", reach: 2_000, views: nil, likes: nil, comments: nil, shares: nil, saves: nil, now: at)
    try store.setOutputs("OTO-FEED", reach: 5_000, views: nil, likes: nil, comments: nil, shares: nil, saves: nil, now: at)
    let registry = Registry(database: database)
    for code in ["BAR-01", "OTO-01"] {
        try registry.enroll(classCode: code, niks: .all, on: at, now: at)
        try registry.graduate(classCode: code, niks: .all, on: LocalDateTime(parsing: "2025-03-14 12:00")!, now: at)
    }
    func line(_ serial: Int, _ text: String) -> String {
        "20/09/25 10.\(String(format: "%02d", serial)) - +62 812-000\(String(format: "%01d", serial / 10000))-\(String(format: "%04d", serial)): \(text)"
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("centre-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let bar = [line(1, "1"), line(2, "Alhamdulillah sudah kerja di PT Maju Jaya"), line(3, "3"), line(4, "2"), line(5, "1 A B")]
    let oto = [line(11, "1"), line(12, "1"), line(13, "3"), line(14, "3"), line(15, "masih nganggur kak, lagi nyari"), line(16, "belum dapat kerja, masih nyari")]
    try Data(bar.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("WhatsApp Chat with Alumni BAR-01.txt"))
    try Data(oto.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("WhatsApp Chat with Alumni OTO-01.txt"))
    let report = try ChatIngest(database: database).ingest([folder], now: LocalDateTime(parsing: "2025-10-01 09:00")!)
    precondition(report.answers == 11, "the small centre's replies must all be read: \(report)")
    return database
}

public let smallCentreAsOf = day("2025-10-01")
