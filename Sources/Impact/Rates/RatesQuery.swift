import Alumni
import Foundation
import GRDB

/// `jejak rates` as a query: builds the table, renders it, and remembers the result until the data changes —
/// a dashboard or an official asking the same question twice gets the answer without a scan of every graduate.
public struct RatesQuery: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case table, json, csv
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// The rendered table; recomputed only when something was written since the same question was last asked.
    public func render(by breakdowns: [Breakdown], wave: Int, period: ReportPeriod, asOf: CivilDate, threshold: Int?, format: Format,
                       now: LocalDateTime) throws -> String {
        let key = [breakdowns.map(\.rawValue).joined(separator: "+"), "\(wave)", period.description, "\(asOf)",
                   threshold.map(String.init) ?? "none", format.rawValue].joined(separator: "|")
        let version = try database.dataVersion()
        if let cached = try database.read({ db in
            try String.fetchOne(db, sql: "SELECT output FROM rates_cache WHERE key = ? AND data_version = ?", arguments: [key, version])
        }) {
            return cached
        }
        try Attribution(database: database).refreshIfStale(now: now)
        let outcomes = try OutcomeQuery(database: database).outcomes(wave: wave, period: period, asOf: asOf)
        let table = try RatesTable(outcomes: outcomes, by: breakdowns, wave: wave, period: period, threshold: threshold)
        let output: String
        switch format {
        case .table: output = table.text() + "\n"
        case .csv: output = table.csv()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            output = String(decoding: try encoder.encode(table), as: UTF8.self) + "\n"
        }
        // Stored against the version after any attribution refresh, which is itself a write.
        let current = try database.dataVersion()
        try database.writeDerived { db in
            try db.execute(sql: "INSERT OR REPLACE INTO rates_cache(key, data_version, output) VALUES (?, ?, ?)", arguments: [key, current, output])
        }
        return output
    }
}
