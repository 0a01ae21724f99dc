import Alumni
import Foundation
import GRDB
import Outreach

/// Each registration's originating campaign, the rule that tied it, and — beside it — what the person
/// later said in the survey about how they first heard of the training, so staff can see where the two disagree.
public struct AttributionListing: Sendable {
    public struct Line: Sendable, Encodable, Equatable {
        public var classCode: String
        /// Masked.
        public var nik: String
        public var name: String
        public var method: AttributionMethod
        public var campaign: String?
        public var sourceInfo: String?
        public var note: String?
        /// The survey answer to "how did you first hear of the training", if given.
        public var heardFrom: HeardFrom?

        enum CodingKeys: String, CodingKey {
            case nik, name, method, campaign, note
            case classCode = "class"
            case sourceInfo = "source_info"
            case heardFrom = "heard_from"
        }
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    public func lines(classCode: String? = nil, now: LocalDateTime) throws -> [Line] {
        try Attribution(database: database).refreshIfStale(now: now)
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.code AS class_code, t.nik, t.name, a.method, k.code AS campaign, e.source_info, a.note,
                       (SELECT o.heard_from FROM observation o WHERE o.enrollment_id = e.id AND o.heard_from IS NOT NULL
                        ORDER BY o.observed_at DESC LIMIT 1) AS heard_from
                FROM enrollment e JOIN trainee t ON t.id = e.trainee_id JOIN training_class c ON c.id = e.class_id
                JOIN attribution a ON a.enrollment_id = e.id LEFT JOIN campaign k ON k.id = a.campaign_id
                WHERE ? IS NULL OR c.code = ?
                ORDER BY c.code, e.registered_at, e.id
                """, arguments: [classCode, classCode]
            ).map { row in
                Line(classCode: row["class_code"], nik: NIK.mask(row["nik"] as String), name: row["name"],
                     method: AttributionMethod(rawValue: row["method"]) ?? .none, campaign: row["campaign"], sourceInfo: row["source_info"],
                     note: row["note"], heardFrom: (row["heard_from"] as String?).flatMap(HeardFrom.init(rawValue:)))
            }
        }
    }
}

extension Attribution.Summary {
    /// The shares among the listed registrations.
    public init(_ lines: [AttributionListing.Line]) {
        self.init()
        for line in lines { add(line.method) }
    }

    /// Counts `people` registrations attributed by `method`.
    public mutating func add(_ method: AttributionMethod, people: Int = 1) {
        switch method {
        case .code: byCode += people
        case .window: byWindow += people
        case .none: unattributed += people
        }
    }
}
