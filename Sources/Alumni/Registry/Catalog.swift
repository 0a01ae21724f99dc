import GRDB

/// Programmes and their classes: what staff set up before registration opens.
public struct Catalog: Sendable {
    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    @discardableResult
    public func addProgram(code: String, name: String, sector: String? = nil) throws -> Program {
        try database.write { db in
            if try Program.filter(Column("code") == code).fetchOne(db) != nil { throw AlumniError.duplicateProgram(code) }
            var program = Program(code: code, name: name, sector: sector)
            try program.insert(db)
            return program
        }
    }

    public func programs() throws -> [Program] {
        try database.read { db in try Program.order(Column("code")).fetchAll(db) }
    }

    /// Adds a class of an existing programme.
    @discardableResult
    public func addClass(
        code: String, programCode: String, year: Int, quota: Int,
        opensOn: CivilDate? = nil, startsOn: CivilDate? = nil, endsOn: CivilDate? = nil, place: String? = nil
    ) throws -> TrainingClass {
        guard quota > 0 else { throw AlumniError.invalidQuota(quota) }
        return try database.write { db in
            guard let program = try Program.filter(Column("code") == programCode).fetchOne(db) else {
                throw AlumniError.unknownProgram(programCode)
            }
            if try TrainingClass.filter(Column("code") == code).fetchOne(db) != nil { throw AlumniError.duplicateClass(code) }
            var trainingClass = TrainingClass(
                code: code, programID: program.id!, year: year, quota: quota,
                opensOn: opensOn, startsOn: startsOn, endsOn: endsOn, place: place)
            try trainingClass.insert(db)
            return trainingClass
        }
    }

    /// Every class with its programme code, registrations, seats taken, waitlist and how fast its quota filled.
    public func classes() throws -> [ClassListing] {
        try database.read { db in
            let fill = try ClassFill.all(db)
            return try Row.fetchAll(db, sql: """
                SELECT c.*, p.code AS program_code, p.name AS program_name
                FROM training_class c JOIN program p ON p.id = c.program_id
                ORDER BY c.year, c.code
                """
            ).map { row in
                let trainingClass = try TrainingClass(row: row)
                let figures = fill[row["id"]]!  // read in the same snapshot: the same classes
                return ClassListing(
                    trainingClass: trainingClass, programCode: row["program_code"], programName: row["program_name"],
                    registrations: figures.registrations, seatsTaken: figures.seatsTaken, waitlisted: figures.waitlisted,
                    hoursToFill: figures.hoursToFill)
            }
        }
    }

    /// The class, its programme, seat counts by status, who holds a seat and the waitlist in order.
    public func summary(of code: String) throws -> ClassSummary {
        try database.read { db in
            let trainingClass = try Catalog.trainingClass(code, db)
            let program = try Program.fetchOne(db, key: trainingClass.programID)!
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT status, COUNT(*) AS n FROM enrollment WHERE class_id = ? GROUP BY status",
                arguments: [trainingClass.id])
            {
                counts[row["status"]] = row["n"]
            }
            func people(_ statuses: [EnrollmentStatus]) throws -> [ClassSummary.Person] {
                let marks = statuses.map { "'\($0.rawValue)'" }.joined(separator: ",")
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT t.nik, t.name, e.registered_at, e.status, e.source_line
                        FROM enrollment e JOIN trainee t ON t.id = e.trainee_id
                        WHERE e.class_id = ? AND e.status IN (\(marks))
                        ORDER BY e.registered_at, e.id
                        """, arguments: [trainingClass.id]
                ).map { row in
                    ClassSummary.Person(
                        nik: NIK.mask(row["nik"] as String), name: row["name"],
                        registeredAt: row["registered_at"], status: row["status"], line: row["source_line"])
                }
            }
            return ClassSummary(
                trainingClass: trainingClass, program: program, counts: counts,
                seatHolders: try people(EnrollmentStatus.seatHolding), waitlist: try people([.waitlisted]))
        }
    }

    /// The people of a class in the given statuses (all of them when empty), in registration order.
    public func members(of code: String, statuses: [EnrollmentStatus] = []) throws -> [Trainee] {
        try database.read { db in
            let trainingClass = try Catalog.trainingClass(code, db)
            let filter = statuses.isEmpty ? "" : " AND e.status IN (" + statuses.map { "'\($0.rawValue)'" }.joined(separator: ",") + ")"
            return try Trainee.fetchAll(db, sql: """
                SELECT t.* FROM enrollment e JOIN trainee t ON t.id = e.trainee_id
                WHERE e.class_id = ?\(filter) ORDER BY e.registered_at, e.id
                """, arguments: [trainingClass.id])
        }
    }

    static let seatStatusList = "(" + EnrollmentStatus.seatHolding.map { "'\($0.rawValue)'" }.joined(separator: ",") + ")"

    static func trainingClass(_ code: String, _ db: Database) throws -> TrainingClass {
        guard let found = try TrainingClass.filter(Column("code") == code).fetchOne(db) else {
            throw AlumniError.unknownClass(code)
        }
        return found
    }
}

/// A line of `jejak classes list`.
public struct ClassListing: Sendable {
    public var trainingClass: TrainingClass
    public var programCode: String
    public var programName: String
    /// Every row the registration exports brought in (accepted, waitlisted and rejected later on).
    public var registrations: Int
    public var seatsTaken: Int
    public var waitlisted: Int
    /// Hours from the first registration to the one that took the last seat; nil while the quota is not filled.
    public var hoursToFill: Double?
}

/// What `jejak classes show` reports.
public struct ClassSummary: Sendable, Encodable {
    public struct Person: Sendable, Encodable {
        /// Masked to the last four digits.
        public var nik: String
        public var name: String
        public var registeredAt: LocalDateTime
        public var status: EnrollmentStatus
        public var line: Int?

        enum CodingKeys: String, CodingKey {
            case nik, name, status, line
            case registeredAt = "registered_at"
        }
    }

    public var trainingClass: TrainingClass
    public var program: Program
    /// Enrolments per status (raw status names).
    public var counts: [String: Int]
    /// Seat holders in registration order.
    public var seatHolders: [Person]
    /// The waitlist in the order seats would be offered.
    public var waitlist: [Person]

    public var seatsTaken: Int { seatHolders.count }

    enum CodingKeys: String, CodingKey {
        case code, program, year, quota, counts, waitlist
        case seatsTaken = "seats_taken"
        case seatHolders = "seat_holders"
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(trainingClass.code, forKey: .code)
        try container.encode(program.code, forKey: .program)
        try container.encode(trainingClass.year, forKey: .year)
        try container.encode(trainingClass.quota, forKey: .quota)
        try container.encodeIfPresent(trainingClass.startsOn, forKey: .startsOn)
        try container.encodeIfPresent(trainingClass.endsOn, forKey: .endsOn)
        try container.encode(seatsTaken, forKey: .seatsTaken)
        try container.encode(counts, forKey: .counts)
        try container.encode(seatHolders, forKey: .seatHolders)
        try container.encode(waitlist, forKey: .waitlist)
    }
}
