import Alumni
import Foundation
import Testing
@testable import Outreach

@Suite struct InsightsImportTests {
    func makeDatabase() throws -> JejakDatabase {
        let database = try JejakDatabase.inMemory(modules: [AlumniSchema.self, OutreachSchema.self])
        let catalog = Catalog(database: database)
        try catalog.addProgram(code: "BAR", name: "Barista")
        try catalog.addClass(code: "BAR-2025-01", programCode: "BAR", year: 2025, quota: 20)
        let store = CampaignStore(database: database)
        try store.add(Campaign(code: "BAR25-FEED", channel: .instagramFeed, startsOn: CivilDate(parsing: "2025-01-06")!,
                               approach: .informational, classes: ["BAR-2025-01"]))
        try store.add(Campaign(code: "BAR25-REELS", channel: .instagramReels, startsOn: CivilDate(parsing: "2025-01-07")!,
                               approach: .creative, classes: ["BAR-2025-01"]),
                      posts: ["instagram.com/reel/DEMOREEL01"])
        return database
    }

    let now = LocalDateTime(parsing: "2025-02-01 09:00")!

    @Test func postsAreTiedByCaptionCodeOrDeclaredPermalink() throws {
        let database = try makeDatabase()
        let report = try InsightsImport(database: database).importFile(at: FixturePaths.own("insights/ig-content-2025-01.csv"), now: now)
        #expect(report.posts == 3)
        #expect(report.new == 2)  // the reel was declared with its campaign, so it is an update
        #expect(report.updated == 1)
        #expect(report.unattributed.map(\.line) == [4])
        let feed = try CampaignStore(database: database).show("BAR25-FEED").outputs
        #expect(feed.posts == 1 && feed.reach == 9800 && feed.views == 15_000 && feed.likes == 412 && feed.saves == 90)
        let reels = try CampaignStore(database: database).show("bar25-reels").outputs
        #expect(reels.reach == 25_110 && reels.shares == 240)
    }

    @Test func reimportingReplacesFiguresInsteadOfAddingThem() throws {
        let database = try makeDatabase()
        let importer = InsightsImport(database: database)
        let url = FixturePaths.own("insights/ig-content-2025-01.csv")
        _ = try importer.importFile(at: url, now: now)
        let again = try importer.importFile(at: url, now: now)
        #expect(again.new == 0 && again.updated == 3)
        #expect(try CampaignStore(database: database).show("BAR25-FEED").outputs.reach == 9800)
    }

    @Test func olderExportsWithImpressionsAndAnotherOrder() throws {
        let database = try makeDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("old.csv")
        try Data("Post ID,Permalink,Description,Impressions,Reach,Likes,Comments,Saves,Shares,Follows\n1,https://instagram.com/p/X/,BAR25-FEED,\"1.200\",800,50,5,3,2,1\n".utf8).write(to: url)
        _ = try InsightsImport(database: database).importFile(at: url, now: now)
        let outputs = try CampaignStore(database: database).show("BAR25-FEED").outputs
        #expect(outputs.views == 1200 && outputs.reach == 800 && outputs.follows == 1)
    }

    @Test func facebookPageExportsAndOtherFilesAreRefused() throws {
        let database = try makeDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let facebook = folder.appendingPathComponent("fb.csv")
        try Data("Post ID,Page ID,Page name,Reactions\n1,2,BLK,5\n".utf8).write(to: facebook)
        #expect(throws: OutreachError.facebookInsights(file: facebook.path)) {
            try InsightsImport(database: database).importFile(at: facebook, now: now)
        }
        let other = folder.appendingPathComponent("other.csv")
        try Data("nama,nik\nA,1\n".utf8).write(to: other)
        #expect(throws: OutreachError.missingInsightsColumns(file: other.path, columns: ["Post ID or Permalink", "Reach, Views or Impressions"])) {
            try InsightsImport(database: database).importFile(at: other, now: now)
        }
    }

    @Test func sourceWordingsMapOntoChannelsAndCanBeOverridden() throws {
        let database = try makeDatabase()
        #expect(try SourceWording.channel(for: "Story IG", in: database) == .instagramStory)
        #expect(try SourceWording.channel(for: "story ig.", in: database) == .instagramStory)
        #expect(try SourceWording.channel(for: "Teman", in: database) == .offline)
        #expect(try SourceWording.channel(for: "Info dari RT", in: database) == nil)
        try SourceWording.set("Info dari RT", to: .offline, in: database)
        try SourceWording.set("WA", to: .whatsappChannel, in: database)
        #expect(try SourceWording.channel(for: "info dari rt", in: database) == .offline)
        #expect(try SourceWording.channel(for: "WA", in: database) == .whatsappChannel)
    }

    @Test func campaignsNeedKnownClassesAndUniqueCodes() throws {
        let database = try makeDatabase()
        let store = CampaignStore(database: database)
        #expect(throws: OutreachError.duplicateCampaign("BAR25-FEED")) {
            try store.add(Campaign(code: "BAR25-FEED", channel: .tiktok, startsOn: CivilDate(parsing: "2025-01-06")!))
        }
        #expect(throws: AlumniError.unknownClass("NOPE")) {
            try store.add(Campaign(code: "X", channel: .tiktok, startsOn: CivilDate(parsing: "2025-01-06")!, classes: ["NOPE"]))
        }
        #expect(try store.list().map(\.code) == ["BAR25-FEED", "BAR25-REELS"])
    }
}
