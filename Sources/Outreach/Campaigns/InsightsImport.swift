import Alumni
import Foundation
import GRDB

/// Reads the Meta Business Suite / Instagram Insights post-level CSV ("Content" export) into campaign outputs.
///
/// Columns are matched by name, so older exports (Impressions instead of Views, another column order)
/// work too. A post is tied to a campaign by its post id or permalink (declared with the campaign) or by the
/// campaign code in its caption. Re-importing a later export replaces each post's figures: nothing is counted twice.
public struct InsightsImport: Sendable {
    public struct Report: Sendable, Encodable, Equatable {
        public struct Row: Sendable, Encodable, Equatable {
            public var line: Int
            public var reason: String
        }

        public var posts = 0
        public var new = 0
        public var updated = 0
        /// Posts stored but tied to no campaign: add the code to the caption or declare the post with its campaign.
        public var unattributed: [Row] = []
        public var rejected: [Row] = []
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    public func importFile(at url: URL, now: LocalDateTime) throws -> Report {
        let csv = try CSVFile(contentsOf: url)
        var columns: [String: Int] = [:]
        var rows: [CSVFile.Record] = []
        try csv.forEachRecord { record in
            if columns.isEmpty {
                for (index, header) in record.fields.enumerated() { columns[header.trimmingCharacters(in: .whitespaces).lowercased()] = index }
                if columns["page id"] != nil { throw OutreachError.facebookInsights(file: csv.name) }
                var missing: [String] = []
                if columns["post id"] == nil && columns["permalink"] == nil { missing.append("Post ID or Permalink") }
                if columns["reach"] == nil && columns["views"] == nil && columns["impressions"] == nil { missing.append("Reach, Views or Impressions") }
                if !missing.isEmpty { throw OutreachError.missingInsightsColumns(file: csv.name, columns: missing) }
                return
            }
            rows.append(record)
        }
        return try database.write { db in
            var report = Report()
            let campaigns = try CampaignStore.all(db).map(\.code)
            for record in rows {
                func field(_ name: String) -> String? {
                    guard let index = columns[name], index < record.fields.count else { return nil }
                    let value = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
                    return value.isEmpty ? nil : value
                }
                func number(_ name: String) -> Int? {
                    field(name).flatMap { Int($0.filter { $0 != "," && $0 != "." && $0 != " " }) }
                }
                let postID = field("post id")
                let permalink = field("permalink").map(InsightsImport.normalisePermalink)
                guard postID != nil || permalink != nil else {
                    report.rejected.append(.init(line: record.line, reason: "no Post ID and no Permalink"))
                    continue
                }
                let caption = field("description")
                let existing = try Row.fetchOne(db, sql: "SELECT id, campaign_id FROM campaign_post WHERE post_id = ? OR permalink = ? LIMIT 1",
                                                arguments: [postID, permalink])
                var campaignID: Int64? = existing?["campaign_id"]
                if campaignID == nil, let caption, let code = InsightsImport.campaignCode(in: caption, among: campaigns) {
                    campaignID = try Int64.fetchOne(db, sql: "SELECT id FROM campaign WHERE code = ?", arguments: [code])
                }
                let values: [(String, (any DatabaseValueConvertible)?)] = [
                    ("campaign_id", campaignID), ("post_id", postID), ("permalink", permalink),
                    ("published_at", field("publish time").flatMap(InsightsImport.publishTime)), ("post_type", field("post type")),
                    ("caption", caption), ("reach", number("reach")), ("views", number("views") ?? number("impressions")),
                    ("likes", number("likes")), ("comments", number("comments")), ("shares", number("shares")),
                    ("saves", number("saves")), ("follows", number("follows")), ("source", "insights"), ("updated_at", now),
                ]
                if let id: Int64 = existing?["id"] {
                    try db.execute(sql: "UPDATE campaign_post SET " + values.map { "\($0.0) = ?" }.joined(separator: ", ") + " WHERE id = ?",
                                   arguments: StatementArguments(values.map(\.1) + [id]))
                    report.updated += 1
                } else {
                    try db.execute(sql: "INSERT INTO campaign_post(" + values.map(\.0).joined(separator: ", ") + ") VALUES ("
                                   + values.map { _ in "?" }.joined(separator: ", ") + ")",
                                   arguments: StatementArguments(values.map(\.1)))
                    report.new += 1
                }
                report.posts += 1
                if campaignID == nil {
                    report.unattributed.append(.init(line: record.line, reason: "post \(postID ?? permalink ?? "") names no campaign code and was not declared with a campaign"))
                }
            }
            return report
        }
    }

    /// `https://www.instagram.com/p/ABC/?igsh=…` and `instagram.com/p/ABC` are one post.
    static func normalisePermalink(_ link: String) -> String {
        var text = link.lowercased().trimmingCharacters(in: .whitespaces)
        for prefix in ["https://", "http://", "www."] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if let query = text.firstIndex(of: "?") { text = String(text[..<query]) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Meta writes `MM/DD/YYYY HH:MM`, month first.
    static func publishTime(_ raw: String) -> LocalDateTime? {
        let parts = raw.split(separator: " ")
        let date = parts.first?.split(separator: "/").compactMap { Int($0) } ?? []
        guard date.count == 3, let day = CivilDate(year: date[2], month: date[0], day: date[1]) else { return LocalDateTime(parsing: raw) }
        let time = parts.count > 1 ? parts[1].split(separator: ":").compactMap { Int($0) } : []
        return LocalDateTime(date: day, hour: time.first ?? 0, minute: time.count > 1 ? time[1] : 0)
    }

    /// The longest campaign code that appears in the caption as a whole word.
    static func campaignCode(in caption: String, among codes: [String]) -> String? {
        let text = caption.uppercased()
        return codes.sorted { $0.count > $1.count }.first { code in
            guard let range = text.range(of: code.uppercased()) else { return false }
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            func boundary(_ c: Character?) -> Bool { c.map { !($0.isLetter || $0.isNumber || $0 == "-") } ?? true }
            return boundary(before) && boundary(after)
        }
    }
}
