import Foundation
import GRDB

/// Turns a class's registration export into seats, a waitlist and stated rejections.
///
/// Seats go by registration time, not file order. The whole file is one transaction, and rows
/// an earlier import saw are recognised, so importing the same or a later cumulative export
/// never changes what was already decided.
///
/// One transaction, not batches: every seat depends on every valid row of the file (the first *quota* by time), so
/// an import cut into commits would leave, after a kill, seats decided from part of the file. A kill rolls the whole
/// file back and the next run imports it as if for the first time. Other commands wait their turn meanwhile
/// (`WriterQueue`), told what they wait for by the note this import leaves.
public struct RegistrationImporter: Sendable {
    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// Reads `url` (failing before any write if it is not a usable CSV) and imports it into the class.
    /// - Parameter progress: called every 100,000 rows with the number of rows decided so far.
    public func importFile(at url: URL, classCode: String, now: LocalDateTime, progress: (@Sendable (Int) -> Void)? = nil) throws -> ImportReport {
        let file = try RegistrationFile(csv: try CSVFile(contentsOf: url))
        return try importFile(file, classCode: classCode, now: now, progress: progress)
    }

    public func importFile(_ file: RegistrationFile, classCode: String, now: LocalDateTime, progress: (@Sendable (Int) -> Void)? = nil) throws -> ImportReport {
        try database.write(note: "the import of \(URL(fileURLWithPath: file.name).lastPathComponent) into \(classCode)") { db in
            var run = try ImportRun(db: db, classCode: classCode, fileName: file.name, now: now)
            try run.apply(file, progress: progress)
            return run.report
        }
    }
}

/// One import inside its transaction: reads what is known, decides every row, then writes.
private struct ImportRun {
    let db: Database
    let trainingClass: TrainingClass
    let policy: EnrollmentPolicy
    let now: LocalDateTime
    let importID: Int64
    var report = ImportReport()
    var knownFingerprints: Set<String>
    /// This class's enrolments by NIK: their registration time decides "unchanged" vs "already registered".
    var existing: [String: LocalDateTime]

    /// What the seat decision needs of a valid row; the row itself is read again when it is written.
    struct Candidate {
        var line: Int
        var nik: NIK
        var registeredAt: LocalDateTime
        var fingerprint: String
        var warnings: [String]
    }

    init(db: Database, classCode: String, fileName: String, now: LocalDateTime) throws {
        self.db = db
        self.now = now
        trainingClass = try Catalog.trainingClass(classCode, db)
        policy = try Settings.policy(db)
        knownFingerprints = Set(try String.fetchAll(
            db, sql: "SELECT fingerprint FROM registration_row WHERE class_id = ?", arguments: [trainingClass.id]))
        existing = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT t.nik, e.registered_at FROM enrollment e JOIN trainee t ON t.id = e.trainee_id WHERE e.class_id = ?",
            arguments: [trainingClass.id])
        {
            existing[row["nik"]] = row["registered_at"]
        }
        try db.execute(
            sql: "INSERT INTO registration_import(class_id, file_name, imported_at, accepted, waitlisted, rejected, unchanged) VALUES (?, ?, ?, 0, 0, 0, 0)",
            arguments: [trainingClass.id, fileName, now])
        importID = db.lastInsertedRowID
    }

    mutating func apply(_ file: RegistrationFile, progress: (@Sendable (Int) -> Void)?) throws {
        var occurrences: [String: Int] = [:]
        var firstLineOfNIK: [String: Int] = [:]
        var candidates: [Candidate] = []

        var index = 0
        // First pass: every row is decided except where its seat goes, which needs them all, sorted by time.
        try file.forEachRecord { record in
            let row: RegistrationRow
            switch record {
            case .malformed(let line, let reason):
                try reject(line: line, fingerprint: "malformed-line-\(line)", reason: .malformed(reason), nik: nil, row: nil, registeredAt: nil)
                return
            case .row(let read): row = read
            }
            index += 1
            if index % 100_000 == 0 { progress?(index) }
            let baseFingerprint = RowFingerprint.make(row.fields, occurrence: 0)
            occurrences[baseFingerprint, default: 0] += 1
            let fingerprint = RowFingerprint.make(row.fields, occurrence: occurrences[baseFingerprint]!)
            let parsedNIK = try? NIK.parse(row[.nik] ?? "").get()

            if knownFingerprints.contains(fingerprint) {
                if let nik = parsedNIK, firstLineOfNIK[nik.digits] == nil { firstLineOfNIK[nik.digits] = row.line }
                report.unchanged += 1
                return
            }
            let nik: NIK
            switch NIK.parse(row[.nik] ?? "") {
            case .failure(let problem):
                try reject(line: row.line, fingerprint: fingerprint, reason: .invalidNIK(problem), nik: nil, row: row, registeredAt: nil)
                return
            case .success(let valid): nik = valid
            }
            if let first = firstLineOfNIK[nik.digits] {
                try reject(line: row.line, fingerprint: fingerprint, reason: .repeatsNIK(line: first), nik: nil, row: row, registeredAt: nil)
                return
            }
            firstLineOfNIK[nik.digits] = row.line
            guard let rawTime = row[.registeredAt], let registeredAt = LocalDateTime(parsing: rawTime) else {
                try reject(line: row.line, fingerprint: fingerprint, reason: .invalidRegistrationTime(row[.registeredAt] ?? ""), nik: nil, row: row, registeredAt: nil)
                return
            }
            if let earlier = existing[nik.digits] {
                if earlier == registeredAt {
                    report.unchanged += 1
                    try recordRow(fingerprint: fingerprint, line: row.line, outcome: "unchanged", reason: nil, enrollmentID: nil)
                } else {
                    try reject(line: row.line, fingerprint: fingerprint, reason: .alreadyRegistered, nik: nil, row: row, registeredAt: nil)
                }
                return
            }
            guard row[.name] != nil else {
                try reject(line: row.line, fingerprint: fingerprint, reason: .missingName, nik: nil, row: row, registeredAt: nil)
                return
            }
            let warnings = RegistrationWarnings.check(row, nik: nik) + RegistrationWarnings.window(registeredAt, of: trainingClass)
            report.warnings += warnings.map { ImportReport.Warning(line: row.line, message: $0) }
            guard let kecamatan = row[.kecamatan] else {
                try reject(line: row.line, fingerprint: fingerprint, reason: .missingKecamatan, nik: nik, row: row, registeredAt: registeredAt, warnings: warnings)
                return
            }
            if !policy.domicile.accepts(kecamatan) {
                try reject(line: row.line, fingerprint: fingerprint, reason: .outsideArea(kecamatan: kecamatan), nik: nik, row: row, registeredAt: registeredAt, warnings: warnings)
                return
            }
            if policy.oneSeatPerYear, let other = try SeatRules.seatElsewhere(nik: nik.digits, trainingClass: trainingClass, db) {
                try reject(line: row.line, fingerprint: fingerprint, reason: .seatThisYear(classCode: other, year: trainingClass.year), nik: nik, row: row, registeredAt: registeredAt, warnings: warnings)
                return
            }
            candidates.append(Candidate(line: row.line, nik: nik, registeredAt: registeredAt, fingerprint: fingerprint, warnings: warnings))
        }

        candidates.sort { ($0.registeredAt, $0.line) < ($1.registeredAt, $1.line) }
        let taken = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM enrollment WHERE class_id = ? AND status IN \(Catalog.seatStatusList)",
            arguments: [trainingClass.id]) ?? 0
        var free = max(0, trainingClass.quota - taken)
        var decisions: [Int: (candidate: Candidate, status: EnrollmentStatus)] = [:]
        decisions.reserveCapacity(candidates.count)
        for candidate in candidates {
            let status: EnrollmentStatus = free > 0 ? .accepted : .waitlisted
            if status == .accepted {
                free -= 1
                report.accepted += 1
                report.acceptedLines.append(candidate.line)
            } else {
                report.waitlisted += 1
                report.waitlistLines.append(candidate.line)
            }
            decisions[candidate.line] = (candidate, status)
        }
        candidates = []
        // Second pass: the decided rows are read again and written, in file order (the same order for equal times).
        try file.forEachRecord { record in
            guard case .row(let row) = record, let (candidate, status) = decisions[row.line] else { return }
            let enrollmentID = try writeEnrollment(
                row, nik: candidate.nik, registeredAt: candidate.registeredAt, status: status, reason: nil, warnings: candidate.warnings)
            try recordRow(fingerprint: candidate.fingerprint, line: row.line, outcome: status.rawValue, reason: nil, enrollmentID: enrollmentID)
        }
        report.rejections.sort { $0.line < $1.line }
        report.warnings.sort { $0.line < $1.line }
        try db.execute(
            sql: "UPDATE registration_import SET accepted = ?, waitlisted = ?, rejected = ?, unchanged = ? WHERE id = ?",
            arguments: [report.accepted, report.waitlisted, report.rejected, report.unchanged, importID])
    }

    /// Records a rejection; when the NIK is valid the person gets an enrolment whose history shows it.
    private mutating func reject(
        line: Int, fingerprint: String, reason: RejectionReason, nik: NIK?, row: RegistrationRow?,
        registeredAt: LocalDateTime?, warnings: [String] = []
    ) throws {
        report.rejected += 1
        report.rejections.append(.init(line: line, reason: reason.description))
        var enrollmentID: Int64?
        if let nik, let row, let registeredAt {
            enrollmentID = try writeEnrollment(row, nik: nik, registeredAt: registeredAt, status: .rejected, reason: reason.description, warnings: warnings)
        }
        try recordRow(fingerprint: fingerprint, line: line, outcome: "rejected", reason: reason.description, enrollmentID: enrollmentID)
    }

    private mutating func writeEnrollment(
        _ row: RegistrationRow, nik: NIK, registeredAt: LocalDateTime, status: EnrollmentStatus, reason: String?,
        warnings: [String]
    ) throws -> Int64 {
        let traineeID = try TraineeStore.upsert(row, nik: nik, registeredAt: registeredAt, db)
        let extra = row.extra.isEmpty ? nil : RegistrationWarnings.json(row.extra)
        try db.cachedStatement(sql: """
            INSERT INTO enrollment(trainee_id, class_id, registered_at, source_line, source_info, campaign_code, status, extra, warnings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [
            traineeID, trainingClass.id, registeredAt, row.line, row[.sourceInfo], row[.campaignCode], status,
            extra, warnings.isEmpty ? nil : warnings.joined(separator: "\n"),
        ])
        let enrollmentID = db.lastInsertedRowID
        existing[nik.digits] = registeredAt
        try EnrollmentHistory.append(enrollmentID, .registered, happenedOn: registeredAt, recordedAt: now, db)
        // The decision follows from the registration time, whenever the import runs.
        try EnrollmentHistory.append(enrollmentID, status, happenedOn: registeredAt, recordedAt: now, reason: reason, db)
        return enrollmentID
    }

    private func recordRow(fingerprint: String, line: Int, outcome: String, reason: String?, enrollmentID: Int64?) throws {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO registration_row(class_id, import_id, fingerprint, line, outcome, reason, enrollment_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [trainingClass.id, importID, fingerprint, line, outcome, reason, enrollmentID])
    }
}
