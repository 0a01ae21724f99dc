import Alumni
import Foundation
import GRDB

/// Campaigns and their outputs: added by staff, filled from Insights exports or typed in.
public struct CampaignStore: Sendable {
    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    public func add(_ campaign: Campaign, posts: [String] = []) throws {
        try database.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM campaign WHERE code = ?", arguments: [campaign.code]) == true {
                throw OutreachError.duplicateCampaign(campaign.code)
            }
            var classIDs: [Int64] = []
            for code in campaign.classes {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM training_class WHERE code = ?", arguments: [code]) else {
                    throw AlumniError.unknownClass(code)
                }
                classIDs.append(id)
            }
            try db.execute(
                sql: "INSERT INTO campaign(code, name, channel, starts_on, ends_on, approach, cost) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [campaign.code, campaign.name, campaign.channel.rawValue, campaign.startsOn, campaign.endsOn,
                            campaign.approach?.rawValue, campaign.cost])
            let id = db.lastInsertedRowID
            for classID in classIDs {
                try db.execute(sql: "INSERT INTO campaign_class(campaign_id, class_id) VALUES (?, ?)", arguments: [id, classID])
            }
            for link in posts {
                try db.execute(
                    sql: "INSERT INTO campaign_post(campaign_id, permalink, source, updated_at) VALUES (?, ?, 'declared', ?)",
                    arguments: [id, InsightsImport.normalisePermalink(link), LocalDateTime.now()])
            }
        }
    }

    public func list() throws -> [Campaign] {
        try database.read { db in try CampaignStore.all(db) }
    }

    /// A campaign and its summed outputs.
    public func show(_ code: String) throws -> CampaignSummary {
        try database.read { db in
            guard let campaign = try CampaignStore.all(db).first(where: { $0.code.lowercased() == code.lowercased() }) else {
                throw OutreachError.unknownCampaign(code)
            }
            return CampaignSummary(campaign: campaign, outputs: try CampaignStore.outputs(of: campaign.code, db))
        }
    }

    /// Every campaign with its summed outputs, by start date.
    public func summaries() throws -> [CampaignSummary] {
        try database.read { db in
            try CampaignStore.all(db).map { CampaignSummary(campaign: $0, outputs: try CampaignStore.outputs(of: $0.code, db)) }
        }
    }

    /// Types in outputs for a channel without an export (a WhatsApp broadcast, a banner); replaces earlier typed figures.
    public func setOutputs(_ code: String, reach: Int?, views: Int?, likes: Int?, comments: Int?, shares: Int?, saves: Int?, now: LocalDateTime) throws {
        try database.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM campaign WHERE code = ?", arguments: [code]) else {
                throw OutreachError.unknownCampaign(code)
            }
            try db.execute(sql: """
                INSERT INTO campaign_post(campaign_id, post_id, source, updated_at, reach, views, likes, comments, shares, saves)
                VALUES (?, ?, 'typed', ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(post_id) DO UPDATE SET reach = excluded.reach, views = excluded.views, likes = excluded.likes,
                    comments = excluded.comments, shares = excluded.shares, saves = excluded.saves, updated_at = excluded.updated_at
                """, arguments: [id, "typed:\(code.lowercased())", now, reach, views, likes, comments, shares, saves])
        }
    }

    /// Every campaign, inside a caller's transaction.
    public static func all(_ db: Database) throws -> [Campaign] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.*, (SELECT group_concat(k.code, ',') FROM campaign_class cc JOIN training_class k ON k.id = cc.class_id
                         WHERE cc.campaign_id = c.id) AS class_codes
            FROM campaign c ORDER BY c.starts_on, c.code
            """)
        return rows.map { row in
            Campaign(
                code: row["code"], name: row["name"], channel: Channel(rawValue: row["channel"]) ?? .offline,
                startsOn: CivilDate(parsing: row["starts_on"])!, endsOn: (row["ends_on"] as String?).flatMap(CivilDate.init(parsing:)),
                approach: (row["approach"] as String?).flatMap(Approach.init(rawValue:)), cost: row["cost"],
                classes: (row["class_codes"] as String?)?.split(separator: ",").map(String.init).sorted() ?? [])
        }
    }

    /// A campaign's outputs summed over its posts, inside a caller's transaction.
    public static func outputs(of code: String, _ db: Database) throws -> CampaignOutputs {
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(p.id) AS posts, SUM(p.reach) AS reach, SUM(p.views) AS views, SUM(p.likes) AS likes,
                   SUM(p.comments) AS comments, SUM(p.shares) AS shares, SUM(p.saves) AS saves, SUM(p.follows) AS follows
            FROM campaign_post p JOIN campaign c ON c.id = p.campaign_id
            WHERE c.code = ? AND p.source <> 'declared'
            """, arguments: [code])
        var outputs = CampaignOutputs()
        // SUM over posts that all lack a metric is NULL: the metric was not measured.
        outputs.posts = row?["posts"] ?? 0
        outputs.reach = row?["reach"]
        outputs.views = row?["views"]
        outputs.likes = row?["likes"]
        outputs.comments = row?["comments"]
        outputs.shares = row?["shares"]
        outputs.saves = row?["saves"]
        outputs.follows = row?["follows"]
        return outputs
    }
}
