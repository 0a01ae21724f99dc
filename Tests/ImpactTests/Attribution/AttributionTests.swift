import Alumni
import GRDB
import TestSupport
import Testing
@testable import Impact
import Outreach

@Suite struct AttributionTests {
    let now = LocalDateTime(parsing: "2025-03-01 09:00")!

    /// The attributed campaign code and method of each registration, by NIK serial.
    func attributions(_ database: JejakDatabase) throws -> [Int: (String?, String)] {
        try database.read { db in
            var result: [Int: (String?, String)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT t.nik, c.code, a.method FROM attribution a JOIN enrollment e ON e.id = a.enrollment_id
                JOIN trainee t ON t.id = e.trainee_id LEFT JOIN campaign c ON c.id = a.campaign_id
                """) {
                result[Int((row["nik"] as String).suffix(4))!] = (row["code"], row["method"])
            }
            return result
        }
    }

    @Test func codeBeatsWindowAndTheLatestLiveCampaignWins() throws {
        let database = try makeImpactDatabase()
        try register(database, classCode: "BAR-01", rows: [
            ("2025-01-10 08:00", 1, "Story IG", "FEED-A"),  // code says feed although the person names Story
            ("2025-01-10 08:01", 2, "Story IG", ""),        // two story campaigns live: the later one
            ("2025-01-02 08:02", 3, "Story IG", ""),        // only the first story had started
            ("2024-12-01 08:03", 4, "Story IG", ""),        // before any campaign
            ("2025-01-10 08:04", 5, "Teman", ""),           // offline, no offline campaign
            ("2025-01-10 08:05", 6, "Story IG", "NOPE-99"), // a code that matches no campaign, then the window
            ("2025-01-10 08:06", 7, "Pamflet", ""),         // a wording the table does not know
        ])
        let store = CampaignStore(database: database)
        try store.add(Campaign(code: "FEED-A", channel: .instagramFeed, startsOn: day("2025-01-01"), classes: ["BAR-01"]))
        try store.add(Campaign(code: "STORY-1", channel: .instagramStory, startsOn: day("2025-01-01"), endsOn: day("2025-01-03"), classes: ["BAR-01"]))
        try store.add(Campaign(code: "STORY-2", channel: .instagramStory, startsOn: day("2025-01-08"), classes: ["BAR-01"]))
        let summary = try Attribution(database: database).refresh(now: now)
        let result = try attributions(database)
        #expect(result[1]! == ("FEED-A", "code"))
        #expect(result[2]! == ("STORY-2", "window"))
        #expect(result[3]! == ("STORY-1", "window"))
        #expect(result[4]! == (nil, "none"))
        #expect(result[5]! == (nil, "none"))
        #expect(result[6]! == ("STORY-2", "window"))
        #expect(result[7]! == (nil, "none"))
        #expect(summary == .init(byCode: 1, byWindow: 3, unattributed: 3))
        let note = try database.read { db in
            try String.fetchOne(db, sql: "SELECT note FROM attribution a JOIN enrollment e ON e.id = a.enrollment_id WHERE e.source_line = 7")
        }
        #expect(note == "code NOPE-99 matches no campaign")
    }

    /// A registration whose code or source is corrected keeps the number and the highest id of registrations (as does
    /// one undone and another imported under the same row id): the attribution must still be done again.
    @Test func anEditedOrReplacedRegistrationIsAttributedAgain() throws {
        let database = try makeImpactDatabase()
        try register(database, classCode: "BAR-01", rows: [("2025-01-10 08:00", 1, "Teman", ""), ("2025-01-10 08:01", 2, "Teman", "")])
        try CampaignStore(database: database).add(Campaign(code: "FEED-A", channel: .instagramFeed, startsOn: day("2025-01-01"), classes: ["BAR-01"]))
        let attribution = Attribution(database: database)
        try attribution.refresh(now: now)
        #expect(try !attribution.refreshIfStale(now: now))
        try database.write { db in try db.execute(sql: "UPDATE enrollment SET campaign_code = 'FEED-A' WHERE source_line = 2") }
        #expect(try attribution.refreshIfStale(now: now))
        #expect(try attributions(database)[1]! == ("FEED-A", "code"))
        try database.write { db in
            try db.execute(sql: "UPDATE enrollment SET source_info = 'Feed IG' WHERE source_line = 3")
        }
        #expect(try attribution.refreshIfStale(now: now))
        #expect(try attributions(database)[2]! == ("FEED-A", "window"))
    }

    @Test func theWindowIsConfigurable() throws {
        let database = try makeImpactDatabase()
        try register(database, classCode: "BAR-01", rows: [("2025-02-20 08:00", 1, "Reels", "")])
        try CampaignStore(database: database).add(
            Campaign(code: "REELS-1", channel: .instagramReels, startsOn: day("2025-01-01"), endsOn: day("2025-01-05"), classes: ["BAR-01"]))
        try Attribution(database: database, windowDays: 30).refresh(now: now)
        #expect(try attributions(database)[1]! == (nil, "none"))
        try Attribution(database: database, windowDays: 60).refresh(now: now)
        #expect(try attributions(database)[1]! == ("REELS-1", "window"))
    }

    @Test func aCampaignForAnotherClassDoesNotCount() throws {
        let database = try makeImpactDatabase()
        try register(database, classCode: "BAR-01", rows: [("2025-01-10 08:00", 1, "Reels", "")])
        try register(database, classCode: "BAR-02", rows: [("2025-01-10 08:00", 2, "Reels", "")])
        try CampaignStore(database: database).add(
            Campaign(code: "REELS-2", channel: .instagramReels, startsOn: day("2025-01-01"), classes: ["BAR-02"]))
        try Attribution(database: database).refresh(now: now)
        let result = try attributions(database)
        #expect(result[1]! == (nil, "none"))
        #expect(result[2]! == ("REELS-2", "window"))
    }
}

@Suite struct AttributionListingTests {
    @Test func theSurveysHowDidYouHearStandsBesideTheRule() throws {
        let database = try makeSmallCentre()
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO observation(enrollment_id, wave, observed_at, status, heard_from, source)
                SELECT e.id, 6, '2025-09-22 10:00:00', 'employee', 'friendOrFamily', 'test' FROM enrollment e
                JOIN trainee t ON t.id = e.trainee_id WHERE t.nik LIKE '%0001'
                """)
        }
        let lines = try AttributionListing(database: database).lines(classCode: "BAR-01", now: LocalDateTime(parsing: "2025-10-01 09:00")!)
        #expect(lines.count == 7)
        let first = try #require(lines.first)
        #expect((first.nik, first.method, first.campaign, first.heardFrom) == ("************0001", .code, "BAR-REELS", .friendOrFamily))
        #expect(lines.last?.method == .window && lines.last?.campaign == "BAR-REELS")
        #expect(Attribution.Summary(lines) == .init(byCode: 3, byWindow: 3, unattributed: 1))
    }
}
