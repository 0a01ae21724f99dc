import Alumni
import Foundation
import GRDB
import Outreach

/// From what a campaign put out to who found work: reach → registrations → accepted → enrolled → graduated →
/// surveyed → responded → employed, per campaign, channel or approach (the AMEC chain: outputs, out-takes,
/// outcomes, impact).
public struct Funnel: Sendable {
    /// What a funnel can be grouped by.
    public enum Grouping: String, Sendable, CaseIterable, Codable {
        case campaign, channel, approach
    }

    /// One group's stages and ratios.
    public struct Row: Sendable, Equatable, Encodable {
        public var group: String
        public var reach: Int?
        public var registrations: Int
        public var accepted: Int
        public var enrolled: Int
        public var graduated: Int
        public var surveyed: Int
        public var responded: Int
        public var employed: Int
        /// Rupiah spent, summed over the group's campaigns with a cost.
        public var cost: Int?
        /// Why the people counts are withheld (nil: published). Reach and cost describe the campaign, not people, and stay.
        public var suppressionReason: SuppressionReason?

        public var suppressed: Bool { suppressionReason != nil }
        public var registrationsPer1000Reach: Double? { reach.flatMap { $0 > 0 ? Double(registrations) * 1000 / Double($0) : nil } }
        public var employedPer1000Reach: Double? { reach.flatMap { $0 > 0 ? Double(employed) * 1000 / Double($0) : nil } }
        public var costPerEmployed: Double? { cost.flatMap { employed > 0 ? Double($0) / Double(employed) : nil } }

        enum CodingKeys: String, CodingKey {
            case group, reach, registrations, accepted, enrolled, graduated, surveyed, responded, employed, cost, suppressed
            case registrationsPer1000Reach = "registrations_per_1000_reach"
            case employedPer1000Reach = "employed_per_1000_reach"
            case costPerEmployed = "cost_per_employed"
            case suppressionReason = "suppression_reason"
        }

        /// A suppressed row has its people counts and the ratios built on them as null.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(group, forKey: .group)
            try c.encode(reach, forKey: .reach)
            for (key, value) in [(CodingKeys.registrations, registrations), (.accepted, accepted), (.enrolled, enrolled),
                                 (.graduated, graduated), (.surveyed, surveyed), (.responded, responded), (.employed, employed)] {
                try c.encode(suppressed ? nil : value, forKey: key)
            }
            try c.encode(cost, forKey: .cost)
            try c.encode(suppressed ? nil : registrationsPer1000Reach.map(Funnel.round2), forKey: .registrationsPer1000Reach)
            try c.encode(suppressed ? nil : employedPer1000Reach.map(Funnel.round2), forKey: .employedPer1000Reach)
            try c.encode(suppressed ? nil : costPerEmployed.map { $0.rounded() }, forKey: .costPerEmployed)
            try c.encode(suppressed, forKey: .suppressed)
            try c.encode(suppressionReason?.code, forKey: .suppressionReason)
        }
    }

    public struct Table: Sendable, Encodable {
        public var grouping: Grouping
        public var wave: Int
        public var period: String
        public var rows: [Row]
        /// The suppression threshold applied, or nil when staff switched it off.
        public var threshold: Int?

        enum CodingKeys: String, CodingKey {
            case grouping, wave, period, rows
            case threshold = "suppression_threshold"
        }
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// - Parameters:
    ///   - wave: the survey wave whose replies count as surveyed / responded / employed.
    ///   - period: registrations within this period (by registration date).
    ///   - classes: only registrations for these classes (the report passes the classes whose graduates it covers).
    ///   - threshold: the smallest publishable group (by graduates and respondents, the rule of `Suppression`); nil for staff.
    public func table(by grouping: Grouping, wave: Int = 6, period: ReportPeriod = .all, classes: Set<String>? = nil,
                      threshold: Int? = Suppression.defaultThreshold) throws -> Table {
        try database.read { db in
            struct Campaign { var code: String; var channel: String; var approach: String?; var cost: Int?; var reach: Int? }
            var campaigns: [Int64: Campaign] = [:]
            for row in try GRDB.Row.fetchAll(db, sql: """
                SELECT c.id, c.code, c.channel, c.approach, c.cost,
                       (SELECT SUM(p.reach) FROM campaign_post p WHERE p.campaign_id = c.id AND p.source <> 'declared') AS reach
                FROM campaign c
                """) {
                campaigns[row["id"]] = Campaign(code: row["code"], channel: row["channel"], approach: row["approach"], cost: row["cost"], reach: row["reach"])
            }
            func group(_ id: Int64?) -> String {
                guard let id, let campaign = campaigns[id] else { return "(unattributed)" }
                switch grouping {
                case .campaign: return campaign.code
                case .channel: return campaign.channel
                case .approach: return campaign.approach ?? "(not set)"
                }
            }
            var rows: [String: Row] = [:]
            func blank(_ name: String) -> Row {
                Row(group: name, reach: nil, registrations: 0, accepted: 0, enrolled: 0, graduated: 0, surveyed: 0, responded: 0, employed: 0)
            }
            // Outputs and cost per group, from the campaigns themselves.
            for (id, campaign) in campaigns {
                let name = group(id)
                var row = rows[name] ?? blank(name)
                if let reach = campaign.reach { row.reach = (row.reach ?? 0) + reach }
                if let cost = campaign.cost { row.cost = (row.cost ?? 0) + cost }
                rows[name] = row
            }
            // Only the asked classes and period are read (a report of one year reads that year's classes, not the nation's
            // whole history); registration times are stored local, so their date is their first ten characters.
            var arguments: StatementArguments = [wave, period.first, period.last]
            var classFilter = ""
            if let classes {
                classFilter = "AND e.class_id IN (SELECT id FROM training_class WHERE code IN (SELECT value FROM json_each(?4)))"
                arguments += [try JSONOutput.string(classes.sorted())]
            }
            let people = try GRDB.Row.fetchCursor(db, sql: """
                SELECT a.campaign_id,
                       EXISTS (SELECT 1 FROM enrollment_event v WHERE v.enrollment_id = e.id AND v.status = 'accepted') AS accepted,
                       EXISTS (SELECT 1 FROM enrollment_event v WHERE v.enrollment_id = e.id AND v.status = 'enrolled') AS enrolled,
                       e.status IN ('graduated', 'certified') AS graduated,
                       EXISTS (SELECT 1 FROM survey_message m WHERE m.enrollment_id = e.id AND m.wave = ?1 AND m.delivery IN ('sent', 'exported')) AS surveyed,
                       o.status AS answer
                FROM enrollment e
                LEFT JOIN attribution a ON a.enrollment_id = e.id
                LEFT JOIN observation o ON o.enrollment_id = e.id AND o.wave = ?1 AND o.superseded_by IS NULL
                WHERE substr(e.registered_at, 1, 10) BETWEEN ?2 AND ?3 \(classFilter)
                """, arguments: arguments)
            while let person = try people.next() {
                let name = group(person["campaign_id"])
                var row = rows[name] ?? blank(name)
                row.registrations += 1
                if person["accepted"] == true { row.accepted += 1 }
                if person["enrolled"] == true { row.enrolled += 1 }
                if person["graduated"] == true { row.graduated += 1 }
                let answer = (person["answer"] as String?).flatMap(LabourStatus.init(rawValue:))
                if person["surveyed"] == true || answer != nil { row.surveyed += 1 }
                if answer != nil { row.responded += 1 }
                if answer?.isWorking == true { row.employed += 1 }
                rows[name] = row
            }
            var sorted = rows.values.sorted { ($0.group == "(unattributed)" ? 1 : 0, $0.group) < ($1.group == "(unattributed)" ? 1 : 0, $1.group) }
            if let threshold {
                // The funnel's rows add up to the whole (the report charts that total), so the table's total is published.
                let suppression = try Suppression(
                    groups: sorted.map { SuppressionGroup($0.group, graduates: $0.graduated, respondents: $0.responded) }, threshold: threshold)
                for index in sorted.indices { sorted[index].suppressionReason = suppression.reasons[GroupKey(sorted[index].group)] }
            }
            return Table(grouping: grouping, wave: wave, period: period.description, rows: sorted, threshold: threshold)
        }
    }

    static func round1(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    /// Per-1,000-reach ratios are small (a few per thousand): two decimals keep channels apart.
    static func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
