import Foundation
import GRDB

/// Everything that moves people through a class after registration: withdrawals and the
/// waitlist, attendance, graduation and certification. Each call is one transaction.
public struct Registry: Sendable {
    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// Who got the seat that a withdrawal freed.
    public struct Promotion: Sendable, Equatable, Encodable {
        /// Masked NIK.
        public var nik: String
        public var name: String
        public var line: Int?
    }

    /// Withdraws an accepted or waitlisted person; a freed seat goes to the first on the waitlist
    /// who does not already hold a seat elsewhere this budget year.
    /// - Returns: the person promoted, or nil when nobody was waiting (or the person was only waitlisted).
    public func withdraw(nik rawNIK: String, classCode: String, on date: LocalDateTime, now: LocalDateTime, reason: String? = nil) throws -> Promotion? {
        let nik = try Registry.checkedNIK(rawNIK)
        return try database.write { db in
            let trainingClass = try Catalog.trainingClass(classCode, db)
            let enrollment = try Registry.enrollment(nik: nik, trainingClass: trainingClass, db)
            let freedSeat = enrollment.status == .accepted
            try EnrollmentHistory.move(
                enrollment, nik: nik.masked, classCode: classCode, to: .withdrawn, happenedOn: date, recordedAt: now,
                reason: reason, db)
            guard freedSeat else { return nil }
            return try Registry.promoteFromWaitlist(trainingClass, after: nik, on: date, now: now, db)
        }
    }

    /// Marks people as having shown up (enrolled). With `markOthersNoShow`, everyone else still
    /// only accepted becomes a no-show.
    /// - Returns: how many changed.
    @discardableResult
    public func enroll(classCode: String, niks: NIKSelection, on date: LocalDateTime, now: LocalDateTime, markOthersNoShow: Bool = false) throws -> Int {
        try database.write { db in
            let trainingClass = try Catalog.trainingClass(classCode, db)
            let changed = try Registry.move(niks, in: trainingClass, from: .accepted, to: .enrolled, on: date, now: now, db)
            if markOthersNoShow {
                _ = try Registry.move(.all, in: trainingClass, from: .accepted, to: .noShow, on: date, now: now, db)
            }
            return changed
        }
    }

    /// Records graduation for people who attended.
    @discardableResult
    public func graduate(classCode: String, niks: NIKSelection, on date: LocalDateTime, now: LocalDateTime) throws -> Int {
        try database.write { db in
            let trainingClass = try Catalog.trainingClass(classCode, db)
            return try Registry.move(niks, in: trainingClass, from: .enrolled, to: .graduated, on: date, now: now, db)
        }
    }

    /// Records that someone left during the class.
    public func drop(nik rawNIK: String, classCode: String, on date: LocalDateTime, now: LocalDateTime, reason: String? = nil) throws {
        let nik = try Registry.checkedNIK(rawNIK)
        try database.write { db in
            let trainingClass = try Catalog.trainingClass(classCode, db)
            let enrollment = try Registry.enrollment(nik: nik, trainingClass: trainingClass, db)
            try EnrollmentHistory.move(enrollment, nik: nik.masked, classCode: classCode, to: .dropped, happenedOn: date, recordedAt: now, reason: reason, db)
        }
    }

    /// Records a BNSP competency certificate for a graduate.
    public func certify(nik rawNIK: String, classCode: String, certificate: String, on date: LocalDateTime, now: LocalDateTime) throws {
        let nik = try Registry.checkedNIK(rawNIK)
        try database.write { db in
            let trainingClass = try Catalog.trainingClass(classCode, db)
            let enrollment = try Registry.enrollment(nik: nik, trainingClass: trainingClass, db)
            try EnrollmentHistory.move(enrollment, nik: nik.masked, classCode: classCode, to: .certified, happenedOn: date, recordedAt: now, reason: "BNSP \(certificate)", db)
            try db.execute(sql: "UPDATE enrollment SET certificate = ? WHERE id = ?", arguments: [certificate, enrollment.id])
        }
    }

    // MARK: - Inside a transaction

    static func checkedNIK(_ raw: String) throws -> NIK {
        switch NIK.parse(raw) {
        case .success(let nik): return nik
        case .failure(let problem): throw AlumniError.invalidNIK(problem.description)
        }
    }

    static func enrollment(nik: NIK, trainingClass: TrainingClass, _ db: Database) throws -> Enrollment {
        guard let found = try Enrollment.fetchOne(db, sql: """
            SELECT e.* FROM enrollment e JOIN trainee t ON t.id = e.trainee_id WHERE t.nik = ? AND e.class_id = ?
            """, arguments: [nik.digits, trainingClass.id])
        else { throw AlumniError.notRegistered(nik: nik.masked, classCode: trainingClass.code) }
        return found
    }

    private static func promoteFromWaitlist(_ trainingClass: TrainingClass, after nik: NIK, on date: LocalDateTime, now: LocalDateTime, _ db: Database) throws -> Promotion? {
        let policy = try Settings.policy(db)
        let waiting = try Row.fetchAll(db, sql: """
            SELECT e.*, t.nik, t.name FROM enrollment e JOIN trainee t ON t.id = e.trainee_id
            WHERE e.class_id = ? AND e.status = 'waitlisted' ORDER BY e.registered_at, e.id
            """, arguments: [trainingClass.id])
        for row in waiting {
            let candidateNIK: String = row["nik"]
            if policy.oneSeatPerYear, try SeatRules.seatElsewhere(nik: candidateNIK, trainingClass: trainingClass, db) != nil {
                continue
            }
            let enrollment = try Enrollment(row: row)
            let masked = NIK.mask(candidateNIK)
            try EnrollmentHistory.move(
                enrollment, nik: masked, classCode: trainingClass.code, to: .accepted, happenedOn: date, recordedAt: now,
                reason: "seat freed by the withdrawal of \(nik.masked)", db)
            return Promotion(nik: masked, name: row["name"], line: row["source_line"])
        }
        return nil
    }

    /// Moves the selected people from one status to the next; any problem stops the whole batch.
    private static func move(
        _ selection: NIKSelection, in trainingClass: TrainingClass, from: EnrollmentStatus, to: EnrollmentStatus,
        on date: LocalDateTime, now: LocalDateTime, _ db: Database
    ) throws -> Int {
        switch selection {
        case .all:
            let enrollments = try Enrollment.filter(Column("class_id") == trainingClass.id && Column("status") == from).fetchAll(db)
            for enrollment in enrollments {
                try EnrollmentHistory.move(enrollment, nik: "", classCode: trainingClass.code, to: to, happenedOn: date, recordedAt: now, db)
            }
            return enrollments.count
        case .list(let file, let entries):
            var problems: [String] = []
            var moves: [Enrollment] = []
            for entry in entries {
                switch NIK.parse(entry.value) {
                case .failure(let problem):
                    problems.append("line \(entry.line): \(problem)")
                case .success(let nik):
                    guard let enrollment = try? enrollment(nik: nik, trainingClass: trainingClass, db) else {
                        problems.append("line \(entry.line): NIK \(nik.masked) is not registered in class \(trainingClass.code)")
                        continue
                    }
                    if enrollment.status == to { continue }
                    guard enrollment.status == from else {
                        problems.append("line \(entry.line): NIK \(nik.masked) is \(enrollment.status.rawValue), not \(from.rawValue)")
                        continue
                    }
                    moves.append(enrollment)
                }
            }
            if !problems.isEmpty { throw AlumniError.listProblems(file: file, problems: problems) }
            for enrollment in moves {
                try EnrollmentHistory.move(enrollment, nik: "", classCode: trainingClass.code, to: to, happenedOn: date, recordedAt: now, db)
            }
            return moves.count
        }
    }
}
