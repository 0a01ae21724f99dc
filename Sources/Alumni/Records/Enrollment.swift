import Foundation
import GRDB

/// One person's registration for one class, with where it stands now.
///
/// `status` mirrors the latest `EnrollmentEvent`, kept on the row so seat counts and
/// waitlists are one indexed query; `Registry` changes both together, in one transaction.
public struct Enrollment: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "enrollment"
    public var id: Int64?
    public var traineeID: Int64
    public var classID: Int64
    public var registeredAt: LocalDateTime
    /// The line of the registration export it came from.
    public var sourceLine: Int?
    /// `sumber_info`: how the person says they heard of the class.
    public var sourceInfo: String?
    /// `kode_kampanye`: the campaign code carried by the registration link.
    public var campaignCode: String?
    public var status: EnrollmentStatus
    /// The BNSP competency certificate number, once certified.
    public var certificate: String?
    /// The graduation date: survey waves are counted from it (kept on the row for fast queries; the history has it too).
    public var graduatedOn: CivilDate?
    /// Columns of the export that Jejak does not know, kept as a JSON object.
    public var extra: String?
    /// Disagreements found at import (NIK vs declared birth date or gender, unreadable phone), one per line.
    public var warnings: String?

    enum CodingKeys: String, CodingKey {
        case id, status, certificate, extra, warnings
        case traineeID = "trainee_id"
        case classID = "class_id"
        case registeredAt = "registered_at"
        case sourceLine = "source_line"
        case sourceInfo = "source_info"
        case campaignCode = "campaign_code"
        case graduatedOn = "graduated_on"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One step in an enrolment's history. Rows are only ever added.
public struct EnrollmentEvent: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "enrollment_event"
    public var id: Int64?
    public var enrollmentID: Int64
    public var status: EnrollmentStatus
    /// When it happened (registration time, class day, graduation date).
    public var happenedOn: LocalDateTime
    /// When Jejak recorded it.
    public var recordedAt: LocalDateTime
    public var reason: String?

    enum CodingKeys: String, CodingKey {
        case id, status, reason
        case enrollmentID = "enrollment_id"
        case happenedOn = "happened_on"
        case recordedAt = "recorded_at"
    }

    public init(
        id: Int64? = nil, enrollmentID: Int64, status: EnrollmentStatus, happenedOn: LocalDateTime,
        recordedAt: LocalDateTime, reason: String? = nil
    ) {
        self.id = id
        self.enrollmentID = enrollmentID
        self.status = status
        self.happenedOn = happenedOn
        self.recordedAt = recordedAt
        self.reason = reason
    }
}
