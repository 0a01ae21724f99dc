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
    /// Runs inside the read, after the data version is read and before the outcomes are: tests commit a write here to
    /// show the two come from one snapshot.
    var betweenVersionAndOutcomes: (@Sendable () -> Void)?

    public init(database: JejakDatabase) { self.database = database }

    /// The rendered table; recomputed only when something was written since the same question was last asked.
    ///
    /// The data version and the outcomes are read in one read transaction, so a write committed meanwhile can never
    /// leave old figures cached under its new version.
    public func render(by breakdowns: [Breakdown], wave: Int, period: ReportPeriod, asOf: CivilDate, threshold: Int?, format: Format,
                       dialect: CSVDialect = .standard, now: LocalDateTime) throws -> String {
        let key = [breakdowns.map(\.rawValue).joined(separator: "+"), "\(wave)", period.description, "\(asOf)",
                   threshold.map(String.init) ?? "none", format.rawValue, dialect.rawValue].joined(separator: "|")
        // A repeated question is answered from the cache without touching anything else.
        if let cached = try database.read({ db in
            try String.fetchOne(db, sql: "SELECT output FROM rates_cache WHERE key = ? AND data_version = ?", arguments: [key, try JejakDatabase.dataVersion(db)])
        }) {
            return cached
        }
        // Attribution and the summary are derived data written before the snapshot is taken.
        try OutcomeSummary.prepare(waves: [wave], database: database, now: now)
        let (version, cached, tallies) = try database.read { db -> (String, String?, [OutcomeTally]) in
            let version = try JejakDatabase.dataVersion(db)
            if let cached = try String.fetchOne(db, sql: "SELECT output FROM rates_cache WHERE key = ? AND data_version = ?", arguments: [key, version]) {
                return (version, cached, [])
            }
            betweenVersionAndOutcomes?()
            return (version, nil, try OutcomeQuery.tallies(wave: wave, period: period, asOf: asOf, by: breakdowns, db))
        }
        if let cached { return cached }
        let output = try Self.render(try RatesTable(tallies: tallies, by: breakdowns, wave: wave, period: period, threshold: threshold),
                                     format: format, dialect: dialect)
        // The cache is kept only if nobody is writing now: a reader never waits behind an import for it.
        _ = try database.writeDerivedIfFree { db in
            try db.execute(sql: "INSERT OR REPLACE INTO rates_cache(key, data_version, output) VALUES (?, ?, ?)", arguments: [key, version, output])
        }
        return output
    }

    /// The table computed now, without the cache: for a caller that keeps its own (the server, which must answer
    /// from memory while a new table is computed).
    public func table(by breakdowns: [Breakdown], wave: Int, period: ReportPeriod, asOf: CivilDate, threshold: Int?,
                      now: LocalDateTime) throws -> RatesTable {
        try OutcomeSummary.prepare(waves: [wave], database: database, now: now)
        let tallies = try OutcomeQuery(database: database).tallies(wave: wave, period: period, asOf: asOf, by: breakdowns)
        return try RatesTable(tallies: tallies, by: breakdowns, wave: wave, period: period, threshold: threshold)
    }

    /// The table in one output form; `jejak rates` and `GET /api/rates` print exactly this.
    public static func render(_ table: RatesTable, format: Format, dialect: CSVDialect = .standard) throws -> String {
        switch format {
        case .table: table.text() + "\n"
        case .csv: table.csv(dialect)
        case .json: try JSONOutput.string(table) + "\n"
        }
    }
}
