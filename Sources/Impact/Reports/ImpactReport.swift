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
        public var graduates: Int
        public var unreachable: Int
        public var respondents: Int
        public var grossResponseRate: Double?
        public var netResponseRate: Double?
    }

    public struct CampaignLine: Sendable {
        public var campaign: Campaign
        public var outputs: CampaignOutputs
    }

    public var period: ReportPeriod
    public var generatedOn: CivilDate
    /// The wave the headline figures use.
    public var wave: Int
    public var threshold: Int
    public var graduates: Int
    public var classes: [String]
    public var coverage: [WaveCoverage]
    public var attribution: Attribution.Summary
    public var campaigns: [CampaignLine]
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
        try Attribution(database: database).refreshIfStale(now: now)
        let waves = try waves ?? Settings(database: database).values().waves.waves
        let query = OutcomeQuery(database: database)
        let main = try query.outcomes(wave: wave, period: period, asOf: asOf)
        var coverage: [WaveCoverage] = []
        var byWave: [RatesTable] = []
        for w in Set(waves + [wave]).sorted() {
            let outcomes = w == wave ? main : try query.outcomes(wave: w, period: period, asOf: asOf)
            let table = try RatesTable(outcomes: outcomes, by: [], wave: w, period: period, threshold: threshold)
            let i = table.total.indicators
            coverage.append(WaveCoverage(wave: w, graduates: i.counts.graduates, unreachable: i.counts.unreachable, respondents: i.counts.respondents,
                                         grossResponseRate: RateGroup.round(i.grossResponseRate.value), netResponseRate: RateGroup.round(i.netResponseRate.value)))
            byWave.append(table)
        }
        // Wave 0 is due on graduation day: every graduate of the period, whatever they answered later.
        let everyone = try query.outcomes(wave: 0, period: period, asOf: asOf)
        let classes = Set(everyone.map(\.classCode))
        let attribution = Attribution.Summary(methods: everyone.map(\.attribution))
        let (campaigns, polls) = try database.read { db -> ([CampaignLine], [PollResult]) in
            let lines = try CampaignStore.all(db)
                .filter { !$0.classes.isEmpty && !classes.isDisjoint(with: $0.classes) }
                .map { CampaignLine(campaign: $0, outputs: try CampaignStore.outputs(of: $0.code, db)) }
            let polls = try Row.fetchAll(db, sql: "SELECT chat, question, answers, total_voters, asked_at FROM channel_poll ORDER BY asked_at").compactMap { row -> PollResult? in
                guard let asked = LocalDateTime(parsing: row["asked_at"]), period.contains(asked.date) || period.description == "all" else { return nil }
                let answers = ((try? JSONSerialization.jsonObject(with: Data((row["answers"] as String).utf8))) as? [[String: Any]] ?? [])
                    .map { (($0["text"] as? String) ?? "", ($0["voters"] as? Int) ?? 0) }
                return PollResult(chat: row["chat"], question: row["question"], answers: answers, totalVoters: row["total_voters"])
            }
            return (lines, polls)
        }
        return ImpactReport(
            period: period, generatedOn: now.date, wave: wave, threshold: threshold, graduates: everyone.count, classes: classes.sorted(),
            coverage: coverage, attribution: attribution, campaigns: campaigns,
            funnel: try Funnel(database: database).table(by: .channel, wave: wave, classes: classes),
            byProgram: try RatesTable(outcomes: main, by: [.program], wave: wave, period: period, threshold: threshold),
            byChannel: try RatesTable(outcomes: main, by: [.channel], wave: wave, period: period, threshold: threshold),
            byApproach: try RatesTable(outcomes: main, by: [.approach], wave: wave, period: period, threshold: threshold),
            byCohort: try RatesTable(outcomes: main, by: [.cohort], wave: wave, period: period, threshold: threshold),
            byWave: byWave, polls: polls)
    }

    /// The headline: everyone in the main wave.
    public var headline: RateGroup { byProgram.total }
}
