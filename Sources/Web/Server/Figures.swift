import Alumni
import Foundation
import Impact
import Outreach

/// The figures behind the pages and the API: computed by the libraries (the server adds none of its own) and kept
/// in a `FigureCache` until the data changes.
struct Figures: Sendable {
    /// A rates table and its JSON, the form the API serves most.
    struct Rates: Sendable {
        var table: RatesTable
        var json: String
    }

    let database: JejakDatabase
    let cache: FigureCache

    /// The configured survey waves (`survey.waves`).
    func waves() async throws -> [Int] {
        try await cached(["waves"]) { [database] in try Settings(database: database).values().waves.waves }
    }

    /// `jejak rates` for the same arguments.
    func rates(by: [Breakdown], wave: Int, period: ReportPeriod, asOf: CivilDate, threshold: Int?) async throws -> Rates {
        let key = ["rates", by.map(\.rawValue).joined(separator: "+"), "\(wave)", "\(period)", "\(asOf)", threshold.map(String.init) ?? "none"]
        return try await cached(key) { [database] in
            let table = try RatesQuery(database: database).table(by: by, wave: wave, period: period, asOf: asOf, threshold: threshold, now: .now())
            return Rates(table: table, json: try RatesQuery.render(table, format: .json))
        }
    }

    /// `jejak funnel` for the same arguments.
    func funnel(by: Funnel.Grouping, wave: Int, period: ReportPeriod, threshold: Int?) async throws -> Funnel.Table {
        try await cached(["funnel", by.rawValue, "\(wave)", "\(period)", threshold.map(String.init) ?? "none"]) { [database] in
            try Attribution(database: database).refreshIfStale(now: .now())
            return try Funnel(database: database).table(by: by, wave: wave, period: period, threshold: threshold)
        }
    }

    /// `jejak classes list`.
    func classes() async throws -> [ClassListing] {
        try await cached(["classes"]) { [database] in try Catalog(database: database).classes() }
    }

    /// `jejak campaigns list --format json`.
    func campaigns() async throws -> [CampaignSummary] {
        try await cached(["campaigns"]) { [database] in try CampaignStore(database: database).summaries() }
    }

    /// `jejak report` for the same arguments.
    func report(period: ReportPeriod, wave: Int, asOf: CivilDate) async throws -> ImpactReport {
        try await cached(["report", "\(period)", "\(wave)", "\(asOf)"]) { [database] in
            try ImpactReport.build(database: database, period: period, wave: wave, asOf: asOf, now: .now())
        }
    }

    private func cached<T: Sendable>(_ key: [String], compute: @escaping @Sendable () throws -> T) async throws -> T {
        try await cache.value(key.joined(separator: "|"), version: try database.latestDataVersion(), compute: compute)
    }
}
