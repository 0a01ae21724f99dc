import Synthetic
import Alumni
import Foundation

/// The Instagram and broadcast campaigns that announced each class, and the Insights export of their posts.
enum DemoCampaigns {
    struct Kind {
        var suffix: String
        var channel: String
        var approach: String
        var postType: String?
        var reach: ClosedRange<Int>
        var cost: Int?
    }

    static let kinds = [
        Kind(suffix: "IGFEED", channel: "instagram-feed", approach: "informational", postType: "IG carousel", reach: 6_000...14_000, cost: nil),
        Kind(suffix: "REELS", channel: "instagram-reels", approach: "creative", postType: "IG reel", reach: 15_000...45_000, cost: 250_000),
        Kind(suffix: "STORY", channel: "instagram-story", approach: "dialogic", postType: "IG story", reach: 3_000...8_000, cost: nil),
        Kind(suffix: "BC", channel: "instagram-broadcast", approach: "dialogic", postType: nil, reach: 2_500...4_000, cost: nil),
    ]

    /// `campaigns.csv` (for `jejak campaigns add`) and the Insights CSV of the posts.
    static func write(classes: [DemoClass], to folder: URL, using rng: inout SeededGenerator) throws {
        var campaigns = ["code,name,channel,start,end,classes,approach,cost,typed_reach"]
        var insights = [#""Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves"#]
        var postNumber = 0
        for demoClass in classes {
            for kind in kinds {
                let code = "\(demoClass.code)-\(kind.suffix)"
                let start = CivilDate(dayNumber: demoClass.opens.dayNumber - 3)
                let end = CivilDate(dayNumber: demoClass.opens.dayNumber + 7)
                let reach = rng.int(kind.reach)
                campaigns.append([code, "\(demoClass.programName) \(kind.suffix.lowercased())", kind.channel, "\(start)", "\(end)", demoClass.code,
                                  kind.approach, kind.cost.map(String.init) ?? "", kind.postType == nil ? String(reach) : ""].joined(separator: ","))
                guard let postType = kind.postType else { continue }
                postNumber += 1
                let views = reach + rng.int(reach / 4...reach)
                let likes = reach / rng.int(12...30)
                let caption = "Pendaftaran pelatihan \(demoClass.programName) gratis dibuka! Daftar lewat Tangerang LIVE. Kode: \(code)"
                insights.append([
                    String(17_960_320_052_000_000 + postNumber), "17841400000000001", "blk_kotatangerang", "\"BLK Kota Tangerang\"",
                    "\"\(caption)\"", postType == "IG reel" ? String(rng.int(15...45)) : "0",
                    "\"" + String(format: "%02d/%02d/%04d 08:00", start.month, start.day, start.year) + "\"",
                    "https://www.instagram.com/p/DEMO\(String(format: "%04d", postNumber))/", "\"\(postType)\"", "", "\"Lifetime\"",
                    "\(views)", "\(reach)", "\(likes)", "\(likes / rng.int(5...12))", "\(rng.int(5...80))", "\(likes / rng.int(4...10))", "\(likes / rng.int(3...8))",
                ].joined(separator: ","))
            }
        }
        try Data((campaigns.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("campaigns.csv"))
        let insightsFolder = folder.appendingPathComponent("insights")
        try FileManager.default.createDirectory(at: insightsFolder, withIntermediateDirectories: true)
        try Data((insights.joined(separator: "\n") + "\n").utf8).write(to: insightsFolder.appendingPathComponent("instagram-content.csv"))
    }
}
