import GRDB

/// A person's whole record: who they are and every class they registered for, step by step.
public struct TraineeHistory: Sendable, Encodable {
    public struct ClassRecord: Sendable, Encodable {
        public var classCode: String
        public var program: String
        public var year: Int
        public var registeredAt: LocalDateTime
        public var status: EnrollmentStatus
        public var sourceInfo: String?
        public var campaignCode: String?
        public var certificate: String?
        public var warnings: [String]
        public var events: [Event]

        enum CodingKeys: String, CodingKey {
            case program, year, status, certificate, warnings, events
            case classCode = "class"
            case registeredAt = "registered_at"
            case sourceInfo = "source_info"
            case campaignCode = "campaign_code"
        }
    }

    public struct Event: Sendable, Encodable {
        public var status: EnrollmentStatus
        public var happenedOn: LocalDateTime
        public var reason: String?

        enum CodingKeys: String, CodingKey {
            case status, reason
            case happenedOn = "on"
        }
    }

    public var trainee: Trainee
    public var classes: [ClassRecord]

    enum CodingKeys: String, CodingKey {
        case nik, name, gender, kecamatan, kelurahan, education, consent, phone, instagram, telegram, classes
        case birthDate = "birth_date"
    }

    /// Personal identifiers are masked: the NIK and phone to their last four digits.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(trainee.maskedNIK, forKey: .nik)
        try c.encode(trainee.name, forKey: .name)
        try c.encodeIfPresent(trainee.gender, forKey: .gender)
        try c.encodeIfPresent(trainee.birthDate, forKey: .birthDate)
        try c.encodeIfPresent(trainee.phone.map(PhoneNumber.masked), forKey: .phone)
        try c.encodeIfPresent(trainee.instagram, forKey: .instagram)
        try c.encodeIfPresent(trainee.telegram, forKey: .telegram)
        try c.encodeIfPresent(trainee.kecamatan, forKey: .kecamatan)
        try c.encodeIfPresent(trainee.kelurahan, forKey: .kelurahan)
        try c.encodeIfPresent(trainee.education, forKey: .education)
        try c.encodeIfPresent(trainee.consent, forKey: .consent)
        try c.encode(classes, forKey: .classes)
    }

    /// Loads the history of the person with this NIK.
    public static func load(nik rawNIK: String, from database: JejakDatabase) throws -> TraineeHistory {
        let nik = try Registry.checkedNIK(rawNIK)
        return try database.read { db in
            guard let trainee = try Trainee.filter(Column("nik") == nik.digits).fetchOne(db) else {
                throw AlumniError.unknownTrainee(nik: nik.masked)
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT e.*, c.code AS class_code, c.year, p.code AS program_code
                FROM enrollment e JOIN training_class c ON c.id = e.class_id JOIN program p ON p.id = c.program_id
                WHERE e.trainee_id = ? ORDER BY e.registered_at, e.id
                """, arguments: [trainee.id])
            let classes = try rows.map { row in
                let enrollment = try Enrollment(row: row)
                let events = try EnrollmentEvent.filter(Column("enrollment_id") == enrollment.id).order(Column("id")).fetchAll(db)
                return ClassRecord(
                    classCode: row["class_code"], program: row["program_code"], year: row["year"],
                    registeredAt: enrollment.registeredAt, status: enrollment.status, sourceInfo: enrollment.sourceInfo,
                    campaignCode: enrollment.campaignCode, certificate: enrollment.certificate,
                    warnings: enrollment.warnings?.split(separator: "\n").map(String.init) ?? [],
                    events: events.map { Event(status: $0.status, happenedOn: $0.happenedOn, reason: $0.reason) })
            }
            return TraineeHistory(trainee: trainee, classes: classes)
        }
    }
}
