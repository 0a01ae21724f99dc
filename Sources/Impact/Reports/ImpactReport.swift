import Alumni
import Foundation
import GRDB
import Outreach

/// Everything the periodic impact report says, computed once so the HTML, Markdown and CSV forms print
/// the same numbers (and the same as `jejak rates`).
///
/// Order follows the AMEC chain: coverage first (who is counted, how many answered, how much is attributed),
/// then outputs, outcomes, and impact.
public struct ImpactReport: Sendable {
    public struct WaveCoverage: Sendable {
        public var wave: Int
        /// The wave's whole table: G, U, consent not asked, declined, R and the response rates, suppressed by the one rule.
        public var total: RateGroup

        public var graduates: Int { total.counts.graduates }
        public var respondents: Int { total.counts.respondents }
        public var grossResponseRate: Double? { RateGroup.round(total.indicators.grossResponseRate.value) }
        public var netResponseRate: Double? { RateGroup.round(total.indicators.netResponseRate.value) }
    }

    public var period: ReportPeriod
    public var generatedOn: CivilDate
    /// The wave the headline figures use.
    public var wave: Int
    public var threshold: Int
    public var graduates: Int
    /// The classes the period's graduates come from, with registrations, seats and how fast each filled.
    public var classes: [ClassListing]
    public var coverage: [WaveCoverage]
    /// Answers of the period's graduates written outside every wave's window: kept, counted in no wave.
    public var outOfWave: Int
    public var attribution: Attribution.Summary
    public var campaigns: [CampaignSummary]
    public var funnel: Funnel.Table
    public var byProgram: RatesTable
    public var byChannel: RatesTable
    public var byApproach: RatesTable
    public var byCohort: RatesTable
    /// The total of each wave, for the trend across waves.
    public var byWave: [RatesTable]
    public var polls: [PollResult]

    /// A broadcast-channel poll: aggregate votes, never per person.
    public struct PollResult: Sendable {
        public var chat: String
        public var question: String
        public var answers: [(text: String, voters: Int)]
        public var totalVoters: Int?
    }

    /// Builds the report for graduates of `period`.
    /// - Parameters:
    ///   - wave: the headline wave (6 months by default).
    ///   - asOf: waves count once due by this date.
    ///   - waves: the waves shown side by side (default: every wave of the `survey.waves` setting).
    public static func build(database: JejakDatabase, period: ReportPeriod, wave: Int = 6, waves: [Int]? = nil,
                             asOf: CivilDate, threshold: Int = Suppression.defaultThreshold, now: LocalDateTime) throws -> ImpactReport {
        let waves = try waves ?? Settings(database: database).values().waves.waves
        try OutcomeSummary.prepare(waves: waves + [wave, 0], database: database, now: now)
        let query = OutcomeQuery(database: database)
        let main = try query.tallies(wave: wave, period: period, asOf: asOf)
        var coverage: [WaveCoverage] = []
        var byWave: [RatesTable] = []
        for w in Set(waves + [wave]).sorted() {
            let tallies = w == wave ? main : try query.tallies(wave: w, period: period, asOf: asOf)
            let table = try RatesTable(tallies: tallies, by: [], wave: w, period: period, threshold: threshold)
            coverage.append(WaveCoverage(wave: w, total: table.total))
            byWave.append(table)
        }
        // Wave 0 is due on graduation day: every graduate of the period, whatever they answered later.
        let everyone = try query.tallies(wave: 0, period: period, asOf: asOf)
        let classes = Set(everyone.map(\.profile.classCode))
        var attribution = Attribution.Summary()
        for tally in everyone { attribution.add(tally.profile.attribution, people: tally.counts.graduates) }
        let listings = try Catalog(database: database).classes().filter { classes.contains($0.trainingClass.code) }
        let (campaigns, polls, outOfWave) = try database.read { db -> ([CampaignSummary], [PollResult], Int) in
            let lines = try CampaignStore.all(db)
                .filter { !$0.classes.isEmpty && !classes.isDisjoint(with: $0.classes) }
                .map { CampaignSummary(campaign: $0, outputs: try CampaignStore.outputs(of: $0.code, db)) }
            let polls = try Row.fetchAll(db, sql: "SELECT chat, question, answers, total_voters, asked_at FROM channel_poll ORDER BY asked_at").compactMap { row -> PollResult? in
                guard let asked = LocalDateTime(parsing: row["asked_at"]), period.contains(asked.date) || period.description == "all" else { return nil }
                let answers = ((try? JSONSerialization.jsonObject(with: Data((row["answers"] as String).utf8))) as? [[String: Any]] ?? [])
                    .map { (($0["text"] as? String) ?? "", ($0["voters"] as? Int) ?? 0) }
                return PollResult(chat: row["chat"], question: row["question"], answers: answers, totalVoters: row["total_voters"])
            }
            let outOfWave = try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT o.enrollment_id) FROM observation o JOIN enrollment e ON e.id = o.enrollment_id
                WHERE o.wave IS NULL AND o.superseded_by IS NULL AND e.graduated_on BETWEEN ? AND ?
                """, arguments: [period.first, period.last]) ?? 0
            return (lines, polls, outOfWave)
        }
        return ImpactReport(
            period: period, generatedOn: now.date, wave: wave, threshold: threshold, graduates: attribution.total, classes: listings,
            coverage: coverage, outOfWave: outOfWave, attribution: attribution, campaigns: campaigns,
            funnel: try Funnel(database: database).table(by: .channel, wave: wave, classes: classes, threshold: threshold),
            byProgram: try RatesTable(tallies: main, by: [.program], wave: wave, period: period, threshold: threshold),
            byChannel: try RatesTable(tallies: main, by: [.channel], wave: wave, period: period, threshold: threshold),
            byApproach: try RatesTable(tallies: main, by: [.approach], wave: wave, period: period, threshold: threshold),
            byCohort: try RatesTable(tallies: main, by: [.cohort], wave: wave, period: period, threshold: threshold),
            byWave: byWave, polls: polls)
    }

    /// The headline: everyone in the main wave.
    public var headline: RateGroup { byProgram.total }
}
