import GRDB

/// The one place that changes an enrolment's status: it appends the event and updates the row together.
enum EnrollmentHistory {
    /// Appends an event without touching the row (the row was just written with this status).
    static func append(
        _ enrollmentID: Int64, _ status: EnrollmentStatus, happenedOn: LocalDateTime, recordedAt: LocalDateTime,
        reason: String? = nil, _ db: Database
    ) throws {
        try db.cachedStatement(sql: """
            INSERT INTO enrollment_event(enrollment_id, status, happened_on, recorded_at, reason) VALUES (?, ?, ?, ?, ?)
            """
        ).execute(arguments: [enrollmentID, status, happenedOn, recordedAt, reason])
    }

    /// Moves an enrolment to `status`, after checking the move is allowed.
    static func move(
        _ enrollment: Enrollment, nik: String, classCode: String, to status: EnrollmentStatus,
        happenedOn: LocalDateTime, recordedAt: LocalDateTime, reason: String? = nil, _ db: Database
    ) throws {
        guard enrollment.status.next.contains(status) else {
            throw AlumniError.cannotChange(nik: nik, classCode: classCode, from: enrollment.status, to: status)
        }
        if status == .graduated {
            try db.cachedStatement(sql: "UPDATE enrollment SET status = ?, graduated_on = ? WHERE id = ?")
                .execute(arguments: [status, happenedOn.date, enrollment.id])
        } else {
            try db.cachedStatement(sql: "UPDATE enrollment SET status = ? WHERE id = ?").execute(arguments: [status, enrollment.id])
        }
        try append(enrollment.id!, status, happenedOn: happenedOn, recordedAt: recordedAt, reason: reason, db)
    }
}
