import Alumni
import Foundation
import GRDB

/// Employment observations: one row per answer, dated by the reply, in the wave whose window the reply falls in
/// (or in none: an out-of-wave observation, kept but counted in no wave).
///
/// Within a person's wave the answers merge in the order they were written, whatever the order they were
/// ingested: the later answer wins field by field, and what it leaves out comes from the earlier ones —
/// "1A" on 1 September and "sudah kerja di PT Maju" on 10 September give employee, match A, PT Maju. Each row
/// keeps what its own message said (`given`), so a late-arriving earlier answer is merged again from the start;
/// the latest row holds the merged answer and the earlier ones point to it (`superseded_by`).
enum ObservationStore {
    @discardableResult
    static func record(
        enrollmentID: Int64, wave: Int?, observedAt: LocalDateTime, answer: SurveyAnswer, fingerprint: Int64?,
        source: String, _ db: Database
    ) throws -> Int64 {
        let own = StoredAnswer(answer)
        // Answers mostly arrive in the order they were written: then the new row only extends the person's chain,
        // and the merge is the latest row's merged columns overwritten by this answer (one read, one write and a
        // pointer), not a fold of every answer of the wave again.
        let latest = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, status, first_job_month, employer, job_match, income_band, heard_from, also_studying,
                superseded_by IS NULL AND observed_at <= ? AS last
            FROM observation WHERE enrollment_id = ? AND wave IS ? ORDER BY observed_at DESC, id DESC LIMIT 1
            """), arguments: [observedAt, enrollmentID, wave])
        let extendsChain = latest.map { $0["last"] as Bool } ?? true
        let merged = extendsChain ? (latest.map(StoredAnswer.init) ?? StoredAnswer()).overwritten(by: own) : StoredAnswer()
        try db.cachedStatement(sql: """
            INSERT INTO observation(enrollment_id, wave, observed_at, status, first_job_month, employer, job_match, income_band,
                heard_from, also_studying, message_fingerprint, source, given)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [enrollmentID, wave, observedAt, merged.status, merged.firstJobMonth, merged.employer, merged.match,
                                     merged.income, merged.heardFrom, merged.alsoStudying ?? false, fingerprint, source, own.json])
        let id = db.lastInsertedRowID
        if !extendsChain {
            try merge(enrollmentID: enrollmentID, wave: wave, db)
        } else if let previous: Int64 = latest?["id"] {
            try db.cachedStatement(sql: "UPDATE observation SET superseded_by = ? WHERE id = ?").execute(arguments: [id, previous])
        }
        return id
    }

    /// Folds a person's answers in one wave in time order and stores the running result on each row.
    private static func merge(enrollmentID: Int64, wave: Int?, _ db: Database) throws {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, given, status, first_job_month, employer, job_match, income_band, heard_from, also_studying
            FROM observation WHERE enrollment_id = ? AND wave IS ? ORDER BY observed_at, id
            """), arguments: [enrollmentID, wave])
        var merged = StoredAnswer()
        let update = try db.cachedStatement(sql: """
            UPDATE observation SET status = ?, first_job_month = ?, employer = ?, job_match = ?, income_band = ?, heard_from = ?,
                also_studying = ?, superseded_by = ? WHERE id = ?
            """)
        for (index, row) in rows.enumerated() {
            // Rows written before answers kept their own fields hold what they said merged with their predecessors.
            let own = (row["given"] as String?).flatMap(StoredAnswer.init(json:)) ?? StoredAnswer(row)
            merged = merged.overwritten(by: own)
            let next: Int64? = index + 1 < rows.count ? rows[index + 1]["id"] : nil
            try update.execute(arguments: [merged.status, merged.firstJobMonth, merged.employer, merged.match, merged.income,
                                           merged.heardFrom, merged.alsoStudying ?? false, next, row["id"]])
        }
    }
}
