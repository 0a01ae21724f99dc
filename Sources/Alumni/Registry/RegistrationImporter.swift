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
    /// From how many seat-competing rows the import sets the tables' plain indexes aside while it writes
    /// (`IndexesSetAside`); tests lower it to check that the indexes come back the same.
    let bulkRows: Int

    public init(database: JejakDatabase) { self.init(database: database, bulkRows: 50_000) }

    init(database: JejakDatabase, bulkRows: Int) {
        self.database = database
        self.bulkRows = bulkRows
    }

    /// Reads `url` (failing before any write if it is not a usable CSV) and imports it into the class.
    /// - Parameter progress: called every 100,000 rows with the number of rows decided so far.
    public func importFile(at url: URL, classCode: String, now: LocalDateTime, progress: (@Sendable (Int) -> Void)? = nil) throws -> ImportReport {
        let file = try RegistrationFile(csv: try CSVFile(contentsOf: url))
        return try importFile(file, classCode: classCode, now: now, progress: progress)
    }

    public func importFile(_ file: RegistrationFile, classCode: String, now: LocalDateTime, progress: (@Sendable (Int) -> Void)? = nil) throws -> ImportReport {
        try database.write(note: "the import of \(URL(fileURLWithPath: file.name).lastPathComponent) into \(classCode)") { db in
            var run = try ImportRun(db: db, classCode: classCode, fileName: file.name, now: now)
            try run.apply(file, bulkRows: bulkRows, progress: progress)
            return run.report
        }
    }
}

/// One import inside its transaction: reads what is known, decides every row, then writes.
///
/// A million-row file is decided on compact numbers (NIKs and fingerprints as integers, times as seconds), and its
/// rows are written through statements prepared once and bound with the SQLite API (`RawStatement`).
private struct ImportRun {
    let db: Database
    let trainingClass: TrainingClass
    let policy: EnrollmentPolicy
    let now: LocalDateTime
    let importID: Int64
    var report = ImportReport()
    var knownFingerprints: Set<RowFingerprint>
    /// This class's enrolments by NIK: their registration time decides "unchanged" vs "already registered".
    /// Enrolments this run writes are not added: a later row with the same NIK is already a repeat within the file.
    let existing: [Int64: LocalDateTime]
    /// NIKs seated in another class of the same budget year (empty when the policy allows more than one seat).
    let seatedElsewhere: Set<Int64>
    let trainees: TraineeStore
    let insertEnrollment: RawStatement
    let insertEvents: RawStatement
    let insertRow: RawStatement
    /// `now` as stored, written into every history event.
    let recordedAt: String

    /// What the seat decision needs of a valid row; the row itself is read again when it is written.
    struct Candidate {
        var line: Int
        var nik: Int64
        /// `LocalDateTime.secondsSinceEpoch`.
        var registeredAt: Int64
        var fingerprint: RowFingerprint
        var status = EnrollmentStatus.waitlisted
    }

    init(db: Database, classCode: String, fileName: String, now: LocalDateTime) throws {
        self.db = db
        self.now = now
        recordedAt = now.description
        trainingClass = try Catalog.trainingClass(classCode, db)
        policy = try Settings.policy(db)
        // Read one at a time: a class imported before may hold a million of them.
        var known = Set<RowFingerprint>()
        let fingerprints = try String.fetchCursor(
            db, sql: "SELECT fingerprint FROM registration_row WHERE class_id = ?", arguments: [trainingClass.id])
        while let text = try fingerprints.next() {
            if let fingerprint = RowFingerprint(text: text) { known.insert(fingerprint) }
        }
        knownFingerprints = known
        var existing: [Int64: LocalDateTime] = [:]
        let enrolled = try Row.fetchCursor(
            db, sql: "SELECT t.nik, e.registered_at FROM enrollment e JOIN trainee t ON t.id = e.trainee_id WHERE e.class_id = ?",
            arguments: [trainingClass.id])
        while let row = try enrolled.next() {
            if let nik = NIK.number(of: row["nik"]) { existing[nik] = row["registered_at"] }
        }
        self.existing = existing
        seatedElsewhere = policy.oneSeatPerYear ? try SeatRules.seatHoldersElsewhere(of: trainingClass, db) : []
        trainees = try TraineeStore(db)
        insertEnrollment = try RawStatement(db, sql: """
            INSERT INTO enrollment(trainee_id, class_id, registered_at, source_line, source_info, campaign_code, status, extra, warnings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // The two events `EnrollmentHistory.append` would add one by one: registered, then the decision.
        insertEvents = try RawStatement(db, sql: """
            INSERT INTO enrollment_event(enrollment_id, status, happened_on, recorded_at, reason)
            VALUES (?1, 'registered', ?2, ?3, NULL), (?1, ?4, ?2, ?3, ?5)
            """)
        insertRow = try RawStatement(db, sql: """
            INSERT OR IGNORE INTO registration_row(class_id, import_id, fingerprint, line, outcome, reason, enrollment_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        try db.execute(
            sql: "INSERT INTO registration_import(class_id, file_name, imported_at, accepted, waitlisted, rejected, unchanged) VALUES (?, ?, ?, 0, 0, 0, 0)",
            arguments: [trainingClass.id, fileName, now])
        importID = db.lastInsertedRowID
    }

    mutating func apply(_ file: RegistrationFile, bulkRows: Int, progress: (@Sendable (Int) -> Void)?) throws {
        var candidates = try decide(file, progress: progress)
        try assignSeats(&candidates)
        // Rebuilding the indexes costs a pass over the whole tables: worth it only when this file brings many rows,
        // and not few beside the trainees already stored.
        let stored = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM trainee") ?? 0
        let indexes = candidates.count >= bulkRows && candidates.count * 4 >= stored
            ? try IndexesSetAside(on: ["trainee", "enrollment", "enrollment_event", "registration_row"], db) : nil
        // Second pass: the decided rows are read again and written, in file order (the same order for equal times).
        // Their warnings are in the report already, in line order too.
        var next = 0
        var warning = 0
        try file.forEachRecord { record in
            guard next < candidates.count, case .row(let row) = record, row.line == candidates[next].line else { return }
            let candidate = candidates[next]
            next += 1
            while warning < report.warnings.count, report.warnings[warning].line < row.line { warning += 1 }
            var warnings: [String] = []
            while warning < report.warnings.count, report.warnings[warning].line == row.line {
                warnings.append(report.warnings[warning].message)
                warning += 1
            }
            let enrollmentID = try writeEnrollment(
                row, nik: String(candidate.nik), registeredAt: LocalDateTime(secondsSinceEpoch: candidate.registeredAt),
                status: candidate.status, reason: nil, warnings: warnings)
            try recordRow(fingerprint: candidate.fingerprint.text, line: row.line, outcome: candidate.status.rawValue, reason: nil, enrollmentID: enrollmentID)
        }
        // Every decided row must have been found again: else the file was rewritten between the passes.
        guard next == candidates.count else { throw CSVError.changedWhileReading(file: file.name) }
        candidates = []  // the memory goes to the index builds' sorting
        try indexes?.restore(db)
        report.rejections.sort { $0.line < $1.line }
        report.warnings.sort { $0.line < $1.line }
        try db.execute(
            sql: "UPDATE registration_import SET accepted = ?, waitlisted = ?, rejected = ?, unchanged = ? WHERE id = ?",
            arguments: [report.accepted, report.waitlisted, report.rejected, report.unchanged, importID])
    }

    /// First pass: every row is decided except where its seat goes, which needs them all, sorted by time.
    /// Returns the rows that compete for a seat, in file order.
    private mutating func decide(_ file: RegistrationFile, progress: (@Sendable (Int) -> Void)?) throws -> [Candidate] {
        var occurrences: [UInt64: Int] = [:]
        var firstLineOfNIK: [Int64: Int] = [:]
        var candidates: [Candidate] = []
        var index = 0
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
            let hash = RowFingerprint.hash(row.fields)
            occurrences[hash, default: 0] += 1
            let fingerprint = RowFingerprint(hash: hash, occurrence: occurrences[hash]!)
            let parsedNIK = NIK.parse(row[.nik] ?? "")

            if knownFingerprints.contains(fingerprint) {
                if case .success(let nik) = parsedNIK, firstLineOfNIK[nik.number] == nil { firstLineOfNIK[nik.number] = row.line }
                report.unchanged += 1
                return
            }
            let nik: NIK
            switch parsedNIK {
            case .failure(let problem):
                try reject(line: row.line, fingerprint: fingerprint.text, reason: .invalidNIK(problem), nik: nil, row: row, registeredAt: nil)
                return
            case .success(let valid): nik = valid
            }
            let number = nik.number
            if let first = firstLineOfNIK[number] {
                try reject(line: row.line, fingerprint: fingerprint.text, reason: .repeatsNIK(line: first), nik: nil, row: row, registeredAt: nil)
                return
            }
            firstLineOfNIK[number] = row.line
            guard let rawTime = row[.registeredAt], let registeredAt = LocalDateTime(parsing: rawTime) else {
                try reject(line: row.line, fingerprint: fingerprint.text, reason: .invalidRegistrationTime(row[.registeredAt] ?? ""), nik: nil, row: row, registeredAt: nil)
                return
            }
            if let earlier = existing[number] {
                if earlier == registeredAt {
                    report.unchanged += 1
                    try recordRow(fingerprint: fingerprint.text, line: row.line, outcome: "unchanged", reason: nil, enrollmentID: nil)
                } else {
                    try reject(line: row.line, fingerprint: fingerprint.text, reason: .alreadyRegistered, nik: nil, row: row, registeredAt: nil)
                }
                return
            }
            guard row[.name] != nil else {
                try reject(line: row.line, fingerprint: fingerprint.text, reason: .missingName, nik: nil, row: row, registeredAt: nil)
                return
            }
            let warnings = RegistrationWarnings.check(row, nik: nik) + RegistrationWarnings.window(registeredAt, of: trainingClass)
            report.warnings += warnings.map { ImportReport.Warning(line: row.line, message: $0) }
            guard let kecamatan = row[.kecamatan] else {
                try reject(line: row.line, fingerprint: fingerprint.text, reason: .missingKecamatan, nik: nik, row: row, registeredAt: registeredAt, warnings: warnings)
                return
            }
            if !policy.domicile.accepts(kecamatan) {
                try reject(line: row.line, fingerprint: fingerprint.text, reason: .outsideArea(kecamatan: kecamatan), nik: nik, row: row, registeredAt: registeredAt, warnings: warnings)
                return
            }
            if seatedElsewhere.contains(number), let other = try SeatRules.seatElsewhere(nik: nik.digits, trainingClass: trainingClass, db) {
                try reject(line: row.line, fingerprint: fingerprint.text, reason: .seatThisYear(classCode: other, year: trainingClass.year), nik: nik, row: row, registeredAt: registeredAt, warnings: warnings)
                return
            }
            candidates.append(Candidate(line: row.line, nik: number, registeredAt: registeredAt.secondsSinceEpoch, fingerprint: fingerprint))
        }
        return candidates
    }

    /// Gives the free seats to the earliest registrations (file order among equal times); the rest wait, in that order.
    private mutating func assignSeats(_ candidates: inout [Candidate]) throws {
        var order = Array(Int32(0)..<Int32(candidates.count))
        order.sort {
            let a = candidates[Int($0)], b = candidates[Int($1)]
            return (a.registeredAt, a.line) < (b.registeredAt, b.line)
        }
        let taken = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM enrollment WHERE class_id = ? AND status IN \(Catalog.seatStatusList)",
            arguments: [trainingClass.id]) ?? 0
        var free = max(0, trainingClass.quota - taken)
        for position in order {
            let index = Int(position)
            if free > 0 {
                free -= 1
                candidates[index].status = .accepted
                report.accepted += 1
                report.acceptedLines.append(candidates[index].line)
            } else {
                candidates[index].status = .waitlisted
                report.waitlisted += 1
                report.waitlistLines.append(candidates[index].line)
            }
        }
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
            enrollmentID = try writeEnrollment(row, nik: nik.digits, registeredAt: registeredAt, status: .rejected, reason: reason.description, warnings: warnings)
        }
        try recordRow(fingerprint: fingerprint, line: line, outcome: "rejected", reason: reason.description, enrollmentID: enrollmentID)
    }

    private func writeEnrollment(
        _ row: RegistrationRow, nik: String, registeredAt: LocalDateTime, status: EnrollmentStatus, reason: String?,
        warnings: [String]
    ) throws -> Int64 {
        let traineeID = try trainees.upsert(row, nik: nik, registeredAt: registeredAt)
        let time = registeredAt.description
        insertEnrollment.reset()
        insertEnrollment.bind(1, traineeID)
        insertEnrollment.bind(2, trainingClass.id)
        insertEnrollment.bind(3, time)
        insertEnrollment.bind(4, row.line)
        insertEnrollment.bind(5, row[.sourceInfo])
        insertEnrollment.bind(6, row[.campaignCode])
        insertEnrollment.bind(7, status.rawValue)
        insertEnrollment.bind(8, row.extra.isEmpty ? nil : RegistrationWarnings.json(row.extra))
        insertEnrollment.bind(9, warnings.isEmpty ? nil : warnings.joined(separator: "\n"))
        try insertEnrollment.execute()
        let enrollmentID = insertEnrollment.lastInsertedRowID
        // The decision follows from the registration time, whenever the import runs.
        insertEvents.reset()
        insertEvents.bind(1, enrollmentID)
        insertEvents.bind(2, time)
        insertEvents.bind(3, recordedAt)
        insertEvents.bind(4, status.rawValue)
        insertEvents.bind(5, reason)
        try insertEvents.execute()
        return enrollmentID
    }

    private func recordRow(fingerprint: String, line: Int, outcome: String, reason: String?, enrollmentID: Int64?) throws {
        insertRow.reset()
        insertRow.bind(1, trainingClass.id)
        insertRow.bind(2, importID)
        insertRow.bind(3, fingerprint)
        insertRow.bind(4, line)
        insertRow.bind(5, outcome)
        insertRow.bind(6, reason)
        insertRow.bind(7, enrollmentID)
        try insertRow.execute()
    }
}
