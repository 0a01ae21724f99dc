import Alumni
import Foundation
import GRDB
import Outreach

/// Loads the graduates a wave is about: graduated within the period, and far enough back that the wave is due.
public struct OutcomeQuery: Sendable {
    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    public func outcomes(wave: Int, period: ReportPeriod = .all, asOf: CivilDate) throws -> [GraduateOutcome] {
        try database.read { db in try OutcomeQuery.outcomes(wave: wave, period: period, asOf: asOf, db) }
    }

    static func outcomes(wave: Int, period: ReportPeriod, asOf: CivilDate, _ db: Database) throws -> [GraduateOutcome] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, c.code AS class_code, p.code AS program_code, p.name AS program_name,
                   e.graduated_on, t.kecamatan, t.gender, t.birth_date,
                   t.consent, t.phone IS NOT NULL OR t.instagram IS NOT NULL OR t.telegram IS NOT NULL
                       OR EXISTS (SELECT 1 FROM contact_alias al WHERE al.trainee_id = t.id) AS has_contact,
                   EXISTS (SELECT 1 FROM survey_message m WHERE m.enrollment_id = e.id AND m.wave = ?1 AND m.delivery = 'failed')
                       AND NOT EXISTS (SELECT 1 FROM survey_message m WHERE m.enrollment_id = e.id AND m.wave = ?1 AND m.delivery <> 'failed') AS undeliverable,
                   k.code AS campaign_code, k.channel, k.approach, a.method,
                   o.status, o.first_job_month, o.job_match, o.income_band, o.also_studying, o.heard_from
            FROM enrollment e
            JOIN trainee t ON t.id = e.trainee_id
            JOIN training_class c ON c.id = e.class_id
            JOIN program p ON p.id = c.program_id
            LEFT JOIN attribution a ON a.enrollment_id = e.id
            LEFT JOIN campaign k ON k.id = a.campaign_id
            LEFT JOIN observation o ON o.enrollment_id = e.id AND o.wave = ?1 AND o.superseded_by IS NULL
            WHERE e.status IN ('graduated', 'certified') AND e.graduated_on IS NOT NULL
            """, arguments: [wave])
        var outcomes: [GraduateOutcome] = []
        while let row = try rows.next() {
            guard let graduated = CivilDate(parsing: row["graduated_on"]), period.contains(graduated),
                graduated.adding(months: wave) <= asOf
            else { continue }
            let consent: Int? = row["consent"]
            let hasContact: Bool = row["has_contact"]
            let undeliverable: Bool = row["undeliverable"]
            let status = (row["status"] as String?).flatMap(LabourStatus.init(rawValue:))
            let reachable = status != nil || (consent == 1 && hasContact && !undeliverable)
            outcomes.append(GraduateOutcome(
                enrollmentID: row["id"], classCode: row["class_code"], programCode: row["program_code"], programName: row["program_name"],
                graduatedOn: graduated, campaignCode: row["campaign_code"], channel: (row["channel"] as String?).flatMap(Channel.init(rawValue:)),
                approach: (row["approach"] as String?).flatMap(Approach.init(rawValue:)),
                attribution: (row["method"] as String?).flatMap(AttributionMethod.init(rawValue:)) ?? .none,
                kecamatan: row["kecamatan"], gender: (row["gender"] as String?).flatMap(Gender.init(rawValue:)),
                birthDate: (row["birth_date"] as String?).flatMap(CivilDate.init(parsing:)), reachable: reachable, status: status,
                firstJobMonth: (row["first_job_month"] as String?).flatMap(YearMonth.init(parsing:)),
                match: (row["job_match"] as String?).flatMap(JobMatch.init(rawValue:)),
                income: (row["income_band"] as String?).flatMap(IncomeBand.init(rawValue:)),
                alsoStudying: row["also_studying"] ?? false,
                heardFrom: (row["heard_from"] as String?).flatMap(HeardFrom.init(rawValue:))))
        }
        return outcomes
    }
}

extension YearMonth {
    /// Reads `yyyy-mm` as stored.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        self.init(year: parts[0], month: parts[1])
    }
}
