import Foundation
import Alumni
import TestSupport
import Testing
@testable import Impact

@Suite struct FunnelTests {
    @Test func byCampaignAsComputedByHand() throws {
        let database = try makeSmallCentre()
        try Attribution(database: database).refresh(now: LocalDateTime(parsing: "2025-10-01 09:00")!)
        // Staff view: the small centre's groups are all under the threshold.
        let table = try Funnel(database: database).table(by: .campaign, wave: 6, threshold: nil)
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.group, $0) })
        let reels = try #require(rows["BAR-REELS"])
        // Serials 1–3 by code, 7 by window (waitlisted): 4 registrations, 3 seats, 2 of 3 respondents working.
        #expect(reels.reach == 10_000)
        #expect((reels.registrations, reels.accepted, reels.enrolled, reels.graduated, reels.responded, reels.employed) == (4, 3, 3, 3, 3, 2))
        #expect(reels.registrationsPer1000Reach == 0.4)
        #expect(reels.employedPer1000Reach == 0.2)
        #expect(reels.costPerEmployed == 150_000)
        // Hours to fill belong to the class, not the campaigns: 08:00 to BAR-01's sixth seat at 10:30.
        #expect(try Catalog(database: database).classes().first { $0.trainingClass.code == "BAR-01" }?.hoursToFill == 2.5)
        let story = try #require(rows["BAR-STORY"])
        #expect((story.registrations, story.responded, story.employed, story.employedPer1000Reach) == (2, 2, 2, 1.0))
        let feed = try #require(rows["OTO-FEED"])
        #expect((feed.registrations, feed.employed, feed.registrationsPer1000Reach) == (6, 2, 1.2))
        let none = try #require(rows["(unattributed)"])
        #expect(none.reach == nil)
        #expect((none.registrations, none.graduated, none.responded) == (1, 1, 0))
        #expect(table.rows.last?.group == "(unattributed)")
    }

    @Test func byChannelAndApproachAddUpTheSamePeople() throws {
        let database = try makeSmallCentre()
        try Attribution(database: database).refresh(now: LocalDateTime(parsing: "2025-10-01 09:00")!)
        let channel = try Funnel(database: database).table(by: .channel, wave: 6, threshold: nil)
        let approach = try Funnel(database: database).table(by: .approach, wave: 6, threshold: nil)
        #expect(channel.rows.map(\.registrations).reduce(0, +) == 13)
        #expect(approach.rows.map(\.employed).reduce(0, +) == 6)
        #expect(approach.rows.first { $0.group == "dialogic" }?.employed == 2)
        let csv = channel.csv().split(separator: "\n")
        #expect(csv[0] == "channel,reach,registrations,accepted,enrolled,graduated,surveyed,responded,employed,registrations_per_1000_reach,employed_per_1000_reach,cost,cost_per_employed,suppressed,suppression_reason")
        #expect(csv.contains("instagram-reels,10000,4,3,3,3,3,3,2,0.40,0.20,300000,150000,false,"))
    }

    @Test func smallChannelsAreSuppressedAsInTheRates() throws {
        // By default (for officials): Story (2 graduates) and Reels (3) are under 5; Feed (6 graduates, 6 respondents) is
        // published, so the unattributed row (1 graduate) is under the threshold too — and nothing hidden can be derived.
        let database = try makeSmallCentre()
        try Attribution(database: database).refresh(now: LocalDateTime(parsing: "2025-10-01 09:00")!)
        let table = try Funnel(database: database).table(by: .channel, wave: 6)
        let hidden = Set(table.rows.filter(\.suppressed).map(\.group))
        #expect(hidden.isSuperset(of: ["instagram-story", "instagram-reels", "(unattributed)"]))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(table)) as! [String: Any]
        let story = (json["rows"] as! [[String: Any]]).first { $0["group"] as? String == "instagram-story" }!
        #expect(story["employed"] is NSNull && story["registrations"] is NSNull && story["reach"] as? Int == 2_000)
        #expect(story["suppression_reason"] as? String == "under_threshold")
        let text = table.text()
        #expect(text.contains("instagram-story¹") && text.contains("¹ suppressed: fewer than 5 graduates or respondents."))
        #expect(table.csv(.id).hasPrefix("\u{FEFF}channel;reach;"))
    }
}
