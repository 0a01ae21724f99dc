import Alumni
import Foundation
import GRDB
import Outreach

/// Loads the graduates a wave is about: graduated within the period, and far enough back that the wave is due.
///
/// Rates are about people: someone who graduated twice in the period counts once, with their latest graduation
/// whose wave is due (and the answer given for it).
public struct OutcomeQuery: Sendable {
    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// Every graduate of the wave, one by one, read from the registrations and answers themselves.
    public func outcomes(wave: Int, period: ReportPeriod = .all, asOf: CivilDate) throws -> [GraduateOutcome] {
        try database.read { db in try OutcomeQuery.outcomes(wave: wave, period: period, asOf: asOf, db) }
    }

    /// The same graduates counted together: from the stored summary when it is up to date (a few thousand rows for
    /// a million graduates), else counted from `outcomes`. Bring the summary up to date first with
    /// `OutcomeSummary.update` for an answer at once.
    /// - Parameter breakdowns: what the tallies will be broken down by (nil: anything), so that the summary reads no
    ///   finer cells than that needs.
    public func tallies(wave: Int, period: ReportPeriod = .all, asOf: CivilDate, by breakdowns: [Breakdown]? = nil) throws -> [OutcomeTally] {
        try database.read { db in try OutcomeQuery.tallies(wave: wave, period: period, asOf: asOf, by: breakdowns, db) }
    }

    static func tallies(wave: Int, period: ReportPeriod, asOf: CivilDate, by breakdowns: [Breakdown]? = nil, _ db: Database) throws -> [OutcomeTally] {
        if let tallies = try OutcomeSummary.tallies(wave: wave, period: period, asOf: asOf, by: breakdowns, db) { return tallies }
        return try outcomes(wave: wave, period: period, asOf: asOf, db).map(OutcomeTally.init)
    }

    static func outcomes(wave: Int, period: ReportPeriod, asOf: CivilDate, _ db: Database) throws -> [GraduateOutcome] {
        // Due means graduation + wave months ≤ asOf; the SQL bound leaves a few days of slack for month ends
        // and the exact test is made in `latestDue`.
        let latest = min(period.last, CivilDate(dayNumber: asOf.adding(months: -wave).dayNumber + 3))
        let graduations = try graduations(wave: wave, of: .graduatedBetween(period.first, latest), db)
        return latestDue(graduations, wave: wave, period: period, asOf: asOf)
    }

    /// Whose graduations `graduations` reads.
    enum Scope {
        case graduatedBetween(CivilDate, CivilDate)
        /// The people `OutcomeSummary` has to count again (`outcome_dirty`).
        case changedPeople
        case everyone
    }

    /// One outcome per graduation (not per person), due or not.
    static func graduations(wave: Int, of scope: Scope, _ db: Database) throws -> [GraduateOutcome] {
        let lookup = try OutcomeLookup(db)
        let condition: String
        var arguments: StatementArguments = [wave]
        switch scope {
        case .graduatedBetween(let first, let last):
            condition = "e.graduated_on >= ?2 AND e.graduated_on <= ?3"
            arguments += [first, last]
        case .changedPeople: condition = "e.trainee_id IN (SELECT trainee_id FROM outcome_dirty)"
        case .everyone: condition = "1"
        }
        // The per-graduate query touches only the graduate's own rows, by position rather than by column name
        // (this scan is what a question waits for when the summary cannot answer it).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.class_id, e.graduated_on, t.kecamatan, t.gender, t.birth_date, t.consent, e.trainee_id,
                   t.phone IS NOT NULL OR t.instagram IS NOT NULL OR t.telegram IS NOT NULL OR t.contact_before_erasure IS 1
                       OR EXISTS (SELECT 1 FROM contact_alias al WHERE al.trainee_id = t.id),
                   (SELECT MAX(m.delivery = 'failed') AND NOT MAX(m.delivery <> 'failed') FROM survey_message m
                    WHERE m.enrollment_id = e.id AND m.wave = ?1),
                   a.campaign_id, a.method,
                   o.status, o.first_job_month, o.job_match, o.income_band, o.also_studying, o.heard_from
            FROM enrollment e
            JOIN trainee t ON t.id = e.trainee_id
            LEFT JOIN attribution a ON a.enrollment_id = e.id
            LEFT JOIN observation o ON o.enrollment_id = e.id AND o.wave = ?1 AND o.superseded_by IS NULL
            WHERE e.status IN ('graduated', 'certified') AND \(condition)
            """, arguments: arguments)
        var graduations: [GraduateOutcome] = []
        while let row = try rows.next() {
            guard let graduated = CivilDate(parsing: row[2]), let trainingClass = lookup.classes[row[1]] else { continue }
            let consent: Int? = row[6]
            let hasContact: Bool = row[8]
            let undeliverable: Bool = row[9] ?? false
            let status = (row[12] as String?).flatMap(LabourStatus.init(rawValue:))
            let campaign = (row[10] as Int64?).flatMap { lookup.campaigns[$0] }
            let contact: GraduateOutcome.Contact = status != nil ? .reachable
                : !hasContact || undeliverable ? .unreachable
                : consent == nil ? .consentNotAsked
                : consent == 0 ? .declined : .reachable
            var outcome = GraduateOutcome(
                traineeID: row[7], enrollmentID: row[0], classCode: trainingClass.code, programCode: trainingClass.programCode,
                programName: trainingClass.programName, graduatedOn: graduated, campaignCode: campaign?.code,
                channel: campaign?.channel, approach: campaign?.approach,
                attribution: (row[11] as String?).flatMap(AttributionMethod.init(rawValue:)) ?? .none,
                kecamatan: row[3], gender: (row[4] as String?).flatMap(Gender.init(rawValue:)),
                birthDate: (row[5] as String?).flatMap(CivilDate.init(parsing:)),
                contact: contact, status: status,
                firstJobMonth: (row[13] as String?).flatMap(YearMonth.init(parsing:)),
                match: (row[14] as String?).flatMap(JobMatch.init(rawValue:)),
                income: (row[15] as String?).flatMap(IncomeBand.init(rawValue:)),
                alsoStudying: row[16] ?? false,
                heardFrom: (row[17] as String?).flatMap(HeardFrom.init(rawValue:)))
            outcome.classID = row[1]
            outcome.campaignID = row[10]
            graduations.append(outcome)
        }
        return graduations
    }

    /// One outcome per person: their latest graduation in the period whose wave is due by `asOf`.
    static func latestDue(_ graduations: [GraduateOutcome], wave: Int, period: ReportPeriod, asOf: CivilDate) -> [GraduateOutcome] {
        var outcomes: [GraduateOutcome] = []
        var rowOf: [Int64: Int] = [:]
        for outcome in graduations where period.contains(outcome.graduatedOn) && outcome.graduatedOn.adding(months: wave) <= asOf {
            if let index = rowOf[outcome.traineeID] {
                if (outcomes[index].graduatedOn, outcomes[index].enrollmentID) < (outcome.graduatedOn, outcome.enrollmentID) { outcomes[index] = outcome }
            } else {
                rowOf[outcome.traineeID] = outcomes.count
                outcomes.append(outcome)
            }
        }
        return outcomes
    }
}
