import Alumni
import GRDB

/// Employment observations: one per answer, dated by the reply. A later answer in the same wave
/// supersedes the earlier one (the history stays), and carries over what it did not answer again —
/// "sudah kerja" after "1A" keeps the match answer.
enum ObservationStore {
    @discardableResult
    static func record(
        enrollmentID: Int64, wave: Int, observedAt: LocalDateTime, answer: SurveyAnswer, fingerprint: Int64?,
        source: String, _ db: Database
    ) throws -> Int64 {
        // Cached statements: this runs once per answer, millions of times at national scale.
        let current = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT * FROM observation WHERE enrollment_id = ? AND wave = ? AND superseded_by IS NULL
            ORDER BY observed_at DESC, id DESC LIMIT 1
            """), arguments: [enrollmentID, wave])
        let currentTime = (current?["observed_at"] as String?).flatMap { LocalDateTime(parsing: $0) }
        let newer = currentTime.map { $0 <= observedAt } ?? true
        // The newer answer wins field by field; what it leaves out comes from the one it supersedes.
        func merged<T: DatabaseValueConvertible>(_ mine: T?, _ column: String) -> T? {
            guard newer else { return mine }
            return mine ?? current?[column]
        }
        try db.cachedStatement(sql: """
                INSERT INTO observation(enrollment_id, wave, observed_at, status, first_job_month, employer, job_match,
                    income_band, heard_from, also_studying, message_fingerprint, source, superseded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
                enrollmentID, wave, observedAt, merged(answer.status?.rawValue, "status"),
                merged(answer.firstJobMonth?.description, "first_job_month"), merged(answer.employer, "employer"),
                merged(answer.match?.rawValue, "job_match"), merged(answer.incomeBand?.rawValue, "income_band"),
                merged(answer.heardFrom?.rawValue, "heard_from"), answer.alsoStudying || (newer && (current?["also_studying"] ?? false)),
                fingerprint, source, newer ? nil : current?["id"] as Int64?,
            ])
        let id = db.lastInsertedRowID
        if newer, let currentID: Int64 = current?["id"] {
            try db.cachedStatement(sql: "UPDATE observation SET superseded_by = ? WHERE id = ?").execute(arguments: [id, currentID])
        }
        return id
    }
}
