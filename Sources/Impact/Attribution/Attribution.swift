import Alumni
import Foundation
import GRDB
import Outreach

/// Ties each registration to the campaign that recruited it and stores the rule used.
public struct Attribution: Sendable {
    /// How far back a campaign counts as live before a registration (30 days by default).
    public var windowDays: Int

    let database: JejakDatabase

    public init(database: JejakDatabase, windowDays: Int = 30) {
        self.database = database
        self.windowDays = windowDays
    }

    /// How many registrations each method attributed.
    public struct Summary: Sendable, Equatable, Encodable {
        public init(byCode: Int = 0, byWindow: Int = 0, unattributed: Int = 0) {
            self.byCode = byCode
            self.byWindow = byWindow
            self.unattributed = unattributed
        }

        public var byCode = 0
        public var byWindow = 0
        public var unattributed = 0

        public var total: Int { byCode + byWindow + unattributed }

        enum CodingKeys: String, CodingKey {
            case unattributed
            case byCode = "by_code"
            case byWindow = "by_window"
        }
    }

    /// Recomputes attribution when registrations, campaigns or wordings changed since it was last computed.
    @discardableResult
    public func refreshIfStale(now: LocalDateTime) throws -> Bool {
        let stale = try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'impact.attribution_stamp'") != Attribution.stamp(db, windowDays: windowDays)
        }
        guard stale else { return false }
        return try database.write { db in
            let stamp = try Attribution.stamp(db, windowDays: windowDays)
            guard try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'impact.attribution_stamp'") != stamp else { return false }
            _ = try Attribution.refresh(db, windowDays: windowDays, now: now)  // the figures are read from the table
            return true
        }
    }

    /// Recomputes every registration's attribution from the current campaigns (cheap, and always consistent).
    @discardableResult
    public func refresh(now: LocalDateTime) throws -> Summary {
        try database.write { db in try Attribution.refresh(db, windowDays: windowDays, now: now) }
    }

    static func refresh(_ db: Database, windowDays: Int, now: LocalDateTime) throws -> Summary {
        struct Live { var id: Int64; var channel: String; var starts: CivilDate; var ends: CivilDate; var code: String }
        var byCode: [String: Int64] = [:]
        var liveByClass: [Int64: [Live]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.id, c.code, c.channel, c.starts_on, c.ends_on, cc.class_id
            FROM campaign c LEFT JOIN campaign_class cc ON cc.campaign_id = c.id
            """)
        {
            let id: Int64 = row["id"]
            byCode[(row["code"] as String).uppercased()] = id
            guard let classID: Int64 = row["class_id"], let starts = CivilDate(parsing: row["starts_on"]) else { continue }
            let ends = (row["ends_on"] as String?).flatMap(CivilDate.init(parsing:)) ?? starts
            liveByClass[classID, default: []].append(Live(id: id, channel: row["channel"], starts: starts, ends: ends, code: row["code"]))
        }
        let wordings = try SourceWordingTable.load(db)
        // Only what changed is written: every attribution row written marks its graduate for the summary counts
        // (`OutcomeSummary`), and a refresh after one new registration must not make them count everyone again.
        var kept: [Int64: (campaign: Int64?, method: String, note: String?)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT enrollment_id, campaign_id, method, note FROM attribution") { kept[row[0]] = (row[1], row[2], row[3]) }
        try db.execute(sql: "DELETE FROM attribution WHERE enrollment_id NOT IN (SELECT id FROM enrollment)")
        let write = try db.makeStatement(sql: "INSERT OR REPLACE INTO attribution(enrollment_id, campaign_id, method, note, computed_at) VALUES (?, ?, ?, ?, ?)")
        var summary = Summary()
        let rows = try Row.fetchCursor(db, sql: "SELECT id, class_id, registered_at, campaign_code, source_info FROM enrollment")
        while let row = try rows.next() {
            let registered = LocalDateTime(parsing: row["registered_at"])?.date
            var campaign: Int64?
            var method = AttributionMethod.none
            var notes: [String] = []
            if let code = (row["campaign_code"] as String?)?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
                if let id = byCode[code.uppercased()] {
                    campaign = id
                    method = .code
                } else {
                    notes.append("code \(code) matches no campaign")
                }
            }
            if campaign == nil, let wording = row["source_info"] as String?, !wording.isEmpty, let registered {
                if let channel = wordings.channel(for: wording) {
                    let earliest = CivilDate(dayNumber: registered.dayNumber - windowDays)
                    let live = (liveByClass[row["class_id"]] ?? [])
                        .filter { $0.channel == channel.rawValue && $0.starts <= registered && $0.ends >= earliest }
                        .max { ($0.starts, $0.code) < ($1.starts, $1.code) }
                    if let live {
                        campaign = live.id
                        method = .window
                    } else {
                        notes.append("no \(channel.rawValue) campaign for this class was live in the \(windowDays) days before registration")
                    }
                } else {
                    notes.append("sumber_info \"\(wording)\" maps to no channel")
                }
            }
            summary.add(method)
            let id: Int64 = row["id"]
            let note = notes.isEmpty ? nil : notes.joined(separator: "; ")
            if let old = kept[id], old.campaign == campaign, old.method == method.rawValue, old.note == note { continue }
            try write.execute(arguments: [id, campaign, method.rawValue, note, now])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('impact.attribution_stamp', ?)",
                       arguments: [try stamp(db, windowDays: windowDays)])
        return summary
    }

    /// What attribution depends on, summarised: the count of writes to it (kept by `ImpactSchema`'s triggers) and the
    /// window. One row read, so a cold question does not read every registration to know nothing changed.
    static func stamp(_ db: Database, windowDays: Int) throws -> String {
        let changes = try Int.fetchOne(db, sql: "SELECT changes FROM attribution_inputs") ?? 0
        return "\(changes)-\(windowDays)"
    }

}
