import Synthetic
import Alumni
import Foundation

/// Campaigns (three per programme and year: an Instagram feed post, a Reel, a WhatsApp channel broadcast)
/// with the Meta Business Suite "Content" CSV of their posts, and the codes registrants typed.
enum CampaignFiles {
    struct Kind {
        var suffix: String
        var channel: String
        var approach: String
        var sourceInfo: String
        var postType: String
    }

    static let kinds = [
        Kind(suffix: "FEED", channel: "instagram-feed", approach: "informational", sourceInfo: "Instagram Feed", postType: "IG image"),
        Kind(suffix: "REELS", channel: "instagram-reels", approach: "creative", sourceInfo: "Reels", postType: "IG reel"),
        Kind(suffix: "BC", channel: "whatsapp-channel", approach: "dialogic", sourceInfo: "Broadcast Channel", postType: "IG carousel"),
    ]

    static func code(programme: String, year: Int, kind: Kind) -> String { "\(programme)\(year % 100)-\(kind.suffix)" }

    /// What a registrant answered to "where did you hear about the class", and the code in their link.
    static func source(for plannedClass: PlannedClass, _ rng: inout SeededGenerator) -> (String, String?) {
        let draw = rng.int(0...99)
        if draw < 60 {
            let kind = kinds[draw % kinds.count]
            return (kind.sourceInfo, code(programme: plannedClass.programme.code, year: plannedClass.year, kind: kind))
        }
        return (rng.pick(["Teman", "TikTok", "WA", "Keluarga", "Spanduk"]), nil)
    }

    /// `campaigns.csv` (what `jejak campaigns add` takes) and `insights.csv` (Meta's post export).
    static func write(classes: [PlannedClass], to folder: URL, seed: UInt64) throws {
        let campaigns = try TextOut(folder.appendingPathComponent("campaigns.csv"))
        campaigns.line(["code", "channel", "start", "end", "classes", "approach", "cost", "permalink"])
        let insights = try TextOut(folder.appendingPathComponent("insights.csv"))
        insights.line(["Post ID", "Account ID", "Account username", "Account name", "Description", "Duration (sec)", "Publish time",
                       "Permalink", "Post type", "Data comment", "Date", "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"])
        var rng = SeededGenerator(seed, stream: 0, salt: 4)
        var post = 0
        let groups = Dictionary(grouping: classes) { "\($0.programme.code) \($0.year)" }
        for key in groups.keys.sorted() {
            let members = groups[key]!.sorted { $0.opens < $1.opens }
            let first = members[0]
            for kind in kinds {
                post += 1
                let code = code(programme: first.programme.code, year: first.year, kind: kind)
                let start = CivilDate(dayNumber: first.opens.dayNumber - 7)
                let permalink = "https://www.instagram.com/\(kind.suffix == "REELS" ? "reel" : "p")/BENCH\(post)/"
                campaigns.line([code, kind.channel, start.description, members.last!.opens.adding(months: 1).description,
                                members.map(\.code).joined(separator: ","), kind.approach, String(rng.int(0...40) * 50_000), permalink])
                let reach = rng.int(2_000...60_000)
                let publish = "\(Pad.two(start.month))/\(Pad.two(start.day))/\(start.year) 08:00"
                insights.line([String(17_960_320_052_000_000 + post), "17841400000000001", "blk_kotatangerang", "BLK Kota Tangerang",
                               "Pendaftaran \(first.programme.name) dibuka! Daftar lewat Tangerang LIVE. Kode: \(code)",
                               kind.suffix == "REELS" ? "31" : "0", publish, permalink, kind.postType, "", "Lifetime",
                               String(reach * rng.int(12...25) / 10), String(reach), String(reach / rng.int(15...40)),
                               String(reach / rng.int(100...400)), String(reach / rng.int(300...900)), String(reach / rng.int(80...200)),
                               String(reach / rng.int(50...150))])
            }
        }
        try campaigns.close()
        try insights.close()
    }
}
