import Alumni
import Foundation
import GRDB
import Synthetic
import TestSupport
import Testing
@testable import Impact

/// The stored summary answers exactly what a count of every graduate answers, after any sequence of writes.
@Suite struct OutcomeSummaryTests {
    let now = LocalDateTime(parsing: "2025-02-01 09:00")!
    let breakdowns: [[Breakdown]] = Breakdown.allCases.map { [$0] } + [[.program, .gender], [.kecamatan, .ageGroup], []]

    /// Three classes in two programmes; people 1–6 take two of them (so they graduate twice), 50 people in all.
    func makeCentre() throws -> JejakDatabase {
        let database = try makeImpactDatabase()
        try Settings(database: database).set(.oneSeatPerYear, to: "false")
        let sources = ["Reels", "Story IG", "", "WhatsApp"]
        for (index, code) in ["BAR-01", "BAR-02", "OTO-01"].enumerated() {
            let serials = index == 0 ? Array(1...20) : index == 1 ? Array(21...35) + [1, 2, 3] : Array(36...50) + [4, 5, 6]
            try register(database, classCode: code, quota: 30, rows: serials.enumerated().map { offset, serial in
                (String(format: "2025-01-0%d %02d:%02d", index + 1, 8 + offset / 60, offset % 60), serial, sources[serial % 4], serial % 5 == 0 ? "CAMP-\(code)" : "")
            }, kecamatan: ["Cipondoh", "Karawaci", "Ciledug"][index], program: index == 2 ? ("OTO", "Otomotif") : ("BAR", "Barista"))
            try Registry(database: database).enroll(classCode: code, niks: .all, on: now, now: now)
        }
        return database
    }

    /// The tables from the summary, after making sure it answered (not the fallback count): each from the cells its
    /// breakdowns read (the per-class cells for programme, class, cohort and the total).
    func fromSummary(_ database: JejakDatabase, wave: Int, period: ReportPeriod, asOf: CivilDate) throws -> [RatesTable] {
        try OutcomeSummary.update(waves: [wave], database: database)
        return try breakdowns.map { by in
            let tallies = try #require(try database.read { db in try OutcomeSummary.tallies(wave: wave, period: period, asOf: asOf, by: by, db) })
            return try RatesTable(tallies: tallies, by: by, wave: wave, period: period, threshold: nil)
        }
    }

    func fromEveryGraduate(_ database: JejakDatabase, wave: Int, period: ReportPeriod, asOf: CivilDate) throws -> [RatesTable] {
        let outcomes = try OutcomeQuery(database: database).outcomes(wave: wave, period: period, asOf: asOf)
        return try breakdowns.map { try RatesTable(outcomes: outcomes, by: $0, wave: wave, period: period, threshold: nil) }
    }

    func expectSame(_ database: JejakDatabase, step: Int, _ random: inout SeededGenerator) throws {
        let wave = [0, 3, 6][random.int(0...2)]
        let period = [ReportPeriod.all, ReportPeriod("2025")!, ReportPeriod("2025-03")!][random.int(0...2)]
        let asOf = [day("2025-06-30"), day("2025-09-15"), day("2026-01-01")][random.int(0...2)]
        let summary = try fromSummary(database, wave: wave, period: period, asOf: asOf)
        let count = try fromEveryGraduate(database, wave: wave, period: period, asOf: asOf)
        for (a, b) in zip(summary, count) {
            #expect(a.groups == b.groups && a.total == b.total, "step \(step), wave \(wave), \(period), as of \(asOf), by \(a.breakdowns)")
        }
    }

    @Test(arguments: [1, 2, 3])
    func afterRandomWritesTheSummaryEqualsACountOfEveryGraduate(seed: UInt64) throws {
        let database = try makeCentre()
        var random = SeededGenerator(seed: seed)
        let enrollments = try database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM enrollment ORDER BY id") }
        let statuses = ["employee", "selfEmployed", "unemployed", "studying", "notInLabourForce", "hiredNotStarted", "preparingBusiness", "discouraged"]
        for step in 0..<120 {
            let enrollment = enrollments[random.int(0...(enrollments.count - 1))]
            let graduation = ["2025-02-14", "2025-03-14", "2025-03-31", "2025-04-20"][random.int(0...3)]
            switch random.int(0...9) {
            case 0:  // a class graduates (again: a later date moves everyone's graduation)
                let code = ["BAR-01", "BAR-02", "OTO-01"][random.int(0...2)]
                try Registry(database: database).graduate(classCode: code, niks: .all, on: LocalDateTime(parsing: "\(graduation) 12:00")!, now: now)
            case 1:  // one person graduates, or leaves the graduates
                try database.write { db in
                    try db.execute(sql: "UPDATE enrollment SET status = ?, graduated_on = ? WHERE id = ?",
                                   arguments: [random.int(0...3) == 0 ? "dropped" : "graduated", graduation, enrollment])
                }
            case 2, 3:  // an answer, superseding the last one
                try database.write { db in
                    let wave = [3, 6, 6, 12][random.int(0...3)]
                    let last = try Int64.fetchOne(db, sql: "SELECT id FROM observation WHERE enrollment_id = ? AND wave = ? AND superseded_by IS NULL", arguments: [enrollment, wave])
                    try db.execute(sql: """
                        INSERT INTO observation(enrollment_id, wave, observed_at, status, first_job_month, job_match, income_band, also_studying, source)
                        VALUES (?, ?, '2025-09-01 10:00', ?, ?, ?, ?, ?, 'test')
                        """, arguments: [enrollment, wave, statuses[random.int(0...7)], ["2025-01", "2025-05", nil][random.int(0...2)],
                                         ["matches", "doesNotMatch", nil][random.int(0...2)], ["belowUMK", "umkToUnder1_2", "atLeast1_2UMK", nil][random.int(0...3)],
                                         random.int(0...1)])
                    if let last { try db.execute(sql: "UPDATE observation SET superseded_by = ? WHERE id = ?", arguments: [db.lastInsertedRowID, last]) }
                }
            case 4:  // an answer withdrawn
                try database.write { db in try db.execute(sql: "DELETE FROM observation WHERE id = (SELECT MAX(id) FROM observation WHERE enrollment_id = ? AND superseded_by IS NULL)", arguments: [enrollment]) }
            case 5:  // a person's registration details change
                try database.write { db in
                    try db.execute(sql: """
                        UPDATE trainee SET consent = ?, phone = CASE WHEN ? THEN NULL ELSE phone END, kecamatan = ?, gender = ?, birth_date = ?
                        WHERE id = (SELECT trainee_id FROM enrollment WHERE id = ?)
                        """, arguments: [[nil, 0, 1][random.int(0...2)], random.int(0...2) == 0, ["Cipondoh", "Tangerang", nil][random.int(0...2)],
                                         ["P", "L"][random.int(0...1)], ["1990-05-01", "2006-03-01", nil][random.int(0...2)], enrollment])
                }
            case 6:  // a handle learned, or forgotten
                try database.write { db in
                    let trainee = try Int64.fetchOne(db, sql: "SELECT trainee_id FROM enrollment WHERE id = ?", arguments: [enrollment])!
                    if random.int(0...1) == 0 {
                        try db.execute(sql: "INSERT OR IGNORE INTO contact_alias(platform, key, trainee_id, learned_at) VALUES ('telegram', ?, ?, '2025-05-01')",
                                       arguments: ["user\(trainee)", trainee])
                    } else {
                        try db.execute(sql: "DELETE FROM contact_alias WHERE trainee_id = ?", arguments: [trainee])
                    }
                }
            case 7:  // a survey message, failed or delivered
                try database.write { db in
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO survey_message(enrollment_id, wave, channel, reply_code, prepared_at, delivery)
                        VALUES (?, ?, ?, 'X1', '2025-08-01 09:00', ?)
                        """, arguments: [enrollment, [3, 6][random.int(0...1)], ["whatsapp", "telegram"][random.int(0...1)], ["failed", "delivered"][random.int(0...1)]])
                }
            case 8:  // a campaign starts: attribution moves
                try database.write { db in
                    try db.execute(sql: "INSERT OR IGNORE INTO campaign(code, name, channel, starts_on) VALUES (?, 'x', 'instagram', '2024-12-01')",
                                   arguments: ["CAMP-\(["BAR-01", "BAR-02", "OTO-01"][random.int(0...2)])"])
                }
                try Attribution(database: database).refreshIfStale(now: now)
            default:  // the summary is asked before the next write, or several writes pile up first
                try expectSame(database, step: step, &random)
            }
        }
        try expectSame(database, step: 120, &random)
    }

    /// The trainee upsert of an import (`ON CONFLICT DO UPDATE`) imposes its conflict policy on the triggers: a person
    /// already marked must not make the second mark fail.
    @Test func aPersonMarkedTwiceIsNoConflict() throws {
        let database = try makeImpactDatabase()
        try Settings(database: database).set(.oneSeatPerYear, to: "false")
        for code in ["BAR-01", "BAR-02", "BAR-03"] {
            try register(database, classCode: code, rows: [("2025-01-06 08:00", 1, "", ""), ("2025-01-06 08:01", 2, "", "")])
        }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enrollment") } == 6)
    }

    /// A new registration makes attribution stale; its refresh must write (and so mark for counting again) only the
    /// rows that change, not every graduate's.
    @Test func anAttributionRefreshMarksOnlyWhatChanged() throws {
        let database = try makeCentre()
        try Registry(database: database).graduate(classCode: "BAR-01", niks: .all, on: LocalDateTime(parsing: "2025-03-14 12:00")!, now: now)
        try Attribution(database: database).refreshIfStale(now: now)
        try OutcomeSummary.update(waves: [6], database: database)
        try register(database, classCode: "BAR-02", rows: [("2025-01-02 12:00", 60, "", "")])
        #expect(try Attribution(database: database).refreshIfStale(now: now))
        let marked = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outcome_dirty") }
        #expect(marked == 1, "only the new registrant: nobody else's attribution moved")
    }

    @Test func everyTriggerIsThere() throws {
        let database = try makeImpactDatabase()
        let triggers = try database.read { db in try String.fetchAll(db, sql: "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'outcome_%'") }
        #expect(Set(triggers) == ["enrollment", "trainee", "contact_alias", "survey_message", "observation", "attribution"])
    }

    @Test func theSummaryStandsAsideWhileChangesAreNotCountedYet() throws {
        let database = try makeCentre()
        try Registry(database: database).graduate(classCode: "BAR-01", niks: .all, on: LocalDateTime(parsing: "2025-03-14 12:00")!, now: now)
        try OutcomeSummary.update(waves: [6], database: database)
        #expect(try database.read { db in try OutcomeSummary.tallies(wave: 6, period: .all, asOf: day("2026-01-01"), db) } != nil)
        try Registry(database: database).graduate(classCode: "OTO-01", niks: .all, on: LocalDateTime(parsing: "2025-03-14 12:00")!, now: now)
        #expect(try database.read { db in try OutcomeSummary.tallies(wave: 6, period: .all, asOf: day("2026-01-01"), db) } == nil)
        let counted = try OutcomeQuery(database: database).tallies(wave: 6, asOf: day("2026-01-01")).map(\.counts.graduates).reduce(0, +)
        #expect(counted == 35, "the count falls back to every graduate: 20 + 15 people")
    }
}
