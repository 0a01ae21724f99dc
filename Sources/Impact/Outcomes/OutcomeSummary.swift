import Alumni
import Foundation
import GRDB
import Outreach

/// Per-wave counts of graduates by everything the rates break down by, stored so that a question about a million
/// graduates reads a few thousand rows instead of scanning them all.
///
/// - `outcome_cell`: one row per wave and group (class, graduation day, campaign, attribution method, kecamatan,
///   gender, age group) with the group's additive counts; `outcome_cell_wait` holds its months to first job.
/// - `outcome_class_cell` (and `outcome_class_cell_wait`): the same counts per wave, class and graduation day, kept in
///   the same count: programme, class and cohort read a hundred rows at 1 M graduates instead of fifty thousand.
/// - `outcome_fact`: which cell each graduation of the wave went into, and its answer, so that a change can take
///   it out again. People who graduated more than once are not in the cells: which of their graduations counts
///   depends on the period and the date asked, so their facts are read and sorted out at question time.
/// - `outcome_dirty`: the people whose counts may have changed. Triggers on every table the counts read from
///   (enrollment, trainee, contact_alias, survey_message, observation, attribution) add them in the same
///   transaction as the write, so the cells plus this list always describe the data exactly.
///
/// `update` counts the changed people again and empties the list; `tallies` answers only while the list is empty,
/// and the caller counts from the registrations themselves otherwise. Either way the figures equal a full recount.
public enum OutcomeSummary {
    /// Brings up to date what a question about `waves` reads: the attribution of registrations to campaigns (a real
    /// write, when registrations or campaigns changed), then the summary.
    public static func prepare(waves: [Int], database: JejakDatabase, now: LocalDateTime) throws {
        try Attribution(database: database).refreshIfStale(now: now)
        try update(waves: waves, database: database)
    }

    /// Brings the summary of `waves` up to date, building a wave's the first time it is asked for. Derived data:
    /// it does not advance the data version, and is skipped (returns false) while another command writes, so a
    /// reader never waits behind an import for it.
    @discardableResult
    public static func update(waves: [Int], database: JejakDatabase) throws -> Bool {
        try database.writeDerivedIfFree { db in try update(waves: waves, db) } != nil
    }

    static func update(waves: [Int], _ db: Database) throws {
        let built = Set(try Int.fetchAll(db, sql: "SELECT wave FROM outcome_summary_wave"))
        let changed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outcome_dirty") ?? 0
        if changed > 0 {
            for wave in built.sorted() {
                // After a bulk write (an ingest, a class graduating) counting the wave afresh is quicker than taking a
                // large share of its facts out one by one. Its facts are counted only as far as that needs: a full
                // count, or a sum over its cells, would read ~14 ms per wave at 1 M graduates on every cold question.
                let counted = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM outcome_fact WHERE wave = ? LIMIT ?)",
                                               arguments: [wave, changed * 4 + 1]) ?? 0
                try count(wave: wave, afresh: changed * 4 >= counted, db)
            }
            try db.execute(sql: "DELETE FROM outcome_dirty")
        }
        for wave in Set(waves).subtracting(built).sorted() {
            try count(wave: wave, afresh: true, db)
            try db.execute(sql: "INSERT INTO outcome_summary_wave(wave) VALUES (?)", arguments: [wave])
        }
    }

    /// The wave's graduates counted together, or nil when the summary is not up to date in this snapshot. When every
    /// one of `breakdowns` is the class's (programme, class, cohort, or none), from the per-class cells: the tallies
    /// then say nothing finer than the class and the graduation day.
    static func tallies(wave: Int, period: ReportPeriod, asOf: CivilDate, by breakdowns: [Breakdown]? = nil, _ db: Database) throws -> [OutcomeTally]? {
        guard try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM outcome_summary_wave WHERE wave = ?) AND NOT EXISTS (SELECT 1 FROM outcome_dirty)
            """, arguments: [wave]) == true
        else { return nil }
        let lookup = try OutcomeLookup(db)
        func due(_ graduated: CivilDate) -> Bool { period.contains(graduated) && graduated.adding(months: wave) <= asOf }
        var tallies: [OutcomeTally] = []
        var tallyOf: [Int64: Int] = [:]
        let columns = IndicatorCounts.additive.map(\.name).joined(separator: ", ")
        let (cellTable, waitTable) = breakdowns?.allSatisfy(\.readsTheClassOnly) == true ? Self.classTables : Self.tables
        let cells = try Row.fetchCursor(db, sql: "SELECT id, key, \(columns) FROM \(cellTable) WHERE wave = ? AND graduates > 0", arguments: [wave])
        while let row = try cells.next() {
            let key: String = row[1]
            guard let graduated = OutcomeCellKey.graduatedOn(key), due(graduated), let profile = OutcomeCellKey.outcome(key: key, lookup) else { continue }
            var counts = IndicatorCounts.zero
            for (index, (_, path)) in IndicatorCounts.additive.enumerated() { counts[keyPath: path] = row[index + 2] }
            tallyOf[row[0]] = tallies.count
            tallies.append(OutcomeTally(profile: profile, counts: counts))
        }
        let waits = try Row.fetchCursor(db, sql: """
            SELECT w.cell_id, w.months, w.people FROM \(waitTable) w JOIN \(cellTable) c ON c.id = w.cell_id
            WHERE c.wave = ? AND w.people > 0
            """, arguments: [wave])
        while let row = try waits.next() {
            guard let index = tallyOf[row[0]] else { continue }
            tallies[index].counts.monthsToFirstJob += Array(repeating: row[1], count: row[2])
        }
        // INDEXED BY: left to itself, SQLite reads the wave's million facts by their primary key to find the few
        // shared ones (87 ms of a 0.38 s cold question at 1 M graduates).
        let shared = try Row.fetchAll(db, sql: """
            SELECT f.trainee_id, f.enrollment_id, c.key, f.answer FROM outcome_fact f INDEXED BY outcome_fact_shared JOIN outcome_cell c ON c.id = f.cell_id
            WHERE f.wave = ? AND f.shared
            """, arguments: [wave]).compactMap { row in
            OutcomeCellKey.outcome(traineeID: row[0], enrollmentID: row[1], key: row[2], answer: row[3], lookup)
        }
        return tallies + OutcomeQuery.latestDue(shared, wave: wave, period: period, asOf: asOf).map(OutcomeTally.init)
    }

    /// Counts graduations of `wave` into the cells: everyone's when `afresh`, else the changed people's, whose old
    /// facts are taken out first.
    private static func count(wave: Int, afresh: Bool, _ db: Database) throws {
        var changes: [Int64: Change] = [:]
        var keyOf: [Int64: String] = [:]
        if afresh {
            for (cells, waits) in [Self.tables, Self.classTables] {
                try db.execute(sql: "DELETE FROM \(waits) WHERE cell_id IN (SELECT id FROM \(cells) WHERE wave = ?)", arguments: [wave])
                try db.execute(sql: "DELETE FROM \(cells) WHERE wave = ?", arguments: [wave])
            }
            try db.execute(sql: "DELETE FROM outcome_fact WHERE wave = ?", arguments: [wave])
        } else {
            // From the marked people to their facts (CROSS JOIN fixes that order): left to itself, SQLite reads the
            // wave's million facts by their primary key instead.
            let old = try Row.fetchAll(db, sql: """
                SELECT f.trainee_id, f.enrollment_id, c.key, f.answer, f.cell_id, f.shared
                FROM outcome_dirty d CROSS JOIN outcome_fact f ON f.trainee_id = d.trainee_id JOIN outcome_cell c ON c.id = f.cell_id
                WHERE f.wave = ?
                """, arguments: [wave])
            let remove = try db.cachedStatement(sql: "DELETE FROM outcome_fact WHERE wave = ? AND enrollment_id = ?")
            for row in old {
                try remove.execute(arguments: [wave, row[1] as Int64])
                if row[5] as Bool { continue }
                let outcome = OutcomeCellKey.decode(traineeID: row[0], enrollmentID: row[1], key: row[2], answer: row[3], nil)
                changes[row[4], default: Change()].removed += IndicatorCounts([outcome])
                keyOf[row[4]] = row[2]
            }
        }
        let graduations = try OutcomeQuery.graduations(wave: wave, of: afresh ? .everyone : .changedPeople, db)
        var graduationsOf: [Int64: Int] = [:]
        for graduation in graduations { graduationsOf[graduation.traineeID, default: 0] += 1 }
        var cellOf: [String: Int64] = [:]
        let insertFact = try db.cachedStatement(sql: "INSERT INTO outcome_fact(wave, enrollment_id, trainee_id, cell_id, shared, answer) VALUES (?, ?, ?, ?, ?, ?)")
        for graduation in graduations {
            let key = OutcomeCellKey.key(of: graduation)
            let cell: Int64
            if let known = cellOf[key] {
                cell = known
            } else {
                cell = try cellID(in: Self.tables.cells, wave: wave, key: key, db)
                cellOf[key] = cell
                keyOf[cell] = key
            }
            let shared = graduationsOf[graduation.traineeID, default: 0] > 1
            if !shared { changes[cell, default: Change()].added += IndicatorCounts([graduation]) }
            try insertFact.execute(arguments: [wave, graduation.enrollmentID, graduation.traineeID, cell, shared, OutcomeCellKey.answer(of: graduation)])
        }
        try apply(changes, to: Self.tables, db)
        // The same changes summed per class and graduation day.
        var byClass: [String: Change] = [:]
        for (cell, change) in changes { byClass[OutcomeCellKey.classKey(of: keyOf[cell]!), default: Change()] += change }
        var classChanges: [Int64: Change] = [:]
        for (key, change) in byClass { classChanges[try cellID(in: Self.classTables.cells, wave: wave, key: key, db)] = change }
        try apply(classChanges, to: Self.classTables, db)
    }

    /// The id of the wave's cell for `key` in `table` (`outcome_cell` or `outcome_class_cell`), made empty if new.
    private static func cellID(in table: String, wave: Int, key: String, _ db: Database) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO \(table)(wave, key) VALUES (?, ?) ON CONFLICT DO NOTHING").execute(arguments: [wave, key])
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM \(table) WHERE wave = ? AND key = ?"), arguments: [wave, key])!
    }

    /// The cells of every group and their months to first job; and the same per class and graduation day.
    private static let tables = (cells: "outcome_cell", waits: "outcome_cell_wait")
    private static let classTables = (cells: "outcome_class_cell", waits: "outcome_class_cell_wait")

    /// Adds each cell's change to its counts and months to first job.
    private static func apply(_ changes: [Int64: Change], to tables: (cells: String, waits: String), _ db: Database) throws {
        let names = IndicatorCounts.additive.map(\.name)
        let updateCell = try db.cachedStatement(sql: "UPDATE \(tables.cells) SET \(names.map { "\($0) = \($0) + ?" }.joined(separator: ", ")) WHERE id = ?")
        let updateWait = try db.cachedStatement(sql: """
            INSERT INTO \(tables.waits)(cell_id, months, people) VALUES (?, ?, ?)
            ON CONFLICT DO UPDATE SET people = people + excluded.people
            """)
        for (cell, change) in changes {
            try updateCell.execute(arguments: StatementArguments(change.columns + [Int(cell)]))
            for (months, people) in change.months where people != 0 {
                try updateWait.execute(arguments: [cell, months, people])
            }
        }
    }

    /// What a cell gains and loses in one count: summed per person with `+=`, subtracted once per cell.
    private struct Change {
        var added = IndicatorCounts.zero
        var removed = IndicatorCounts.zero

        static func += (change: inout Change, other: Change) {
            change.added += other.added
            change.removed += other.removed
        }

        /// The cell's columns, in `IndicatorCounts.additive` order.
        var columns: [Int] { IndicatorCounts.additive.map { added[keyPath: $0.path] - removed[keyPath: $0.path] } }

        /// Months to first job → people gained (or lost, when negative).
        var months: [Int: Int] {
            var months: [Int: Int] = [:]
            for month in added.monthsToFirstJob { months[month, default: 0] += 1 }
            for month in removed.monthsToFirstJob { months[month, default: 0] -= 1 }
            return months
        }
    }
}
