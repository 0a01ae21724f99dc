/// Where a person stands in one class. Changes are appended to the enrolment's history, never overwritten.
///
/// registered → accepted | waitlisted | rejected → enrolled (showed up) | no-show → dropped | graduated → certified;
/// an accepted or waitlisted person may withdraw, and a withdrawal frees the seat for the waitlist.
public enum EnrollmentStatus: String, Codable, Sendable, CaseIterable {
    case registered
    case accepted
    case waitlisted
    case rejected
    case withdrawn
    case enrolled
    case noShow = "no_show"
    case dropped
    case graduated
    case certified

    /// Statuses that hold one of the class's seats.
    public static let seatHolding: [EnrollmentStatus] = [.accepted, .enrolled, .graduated, .certified]

    public var holdsSeat: Bool { Self.seatHolding.contains(self) }

    /// The statuses this one may move to.
    public var next: [EnrollmentStatus] {
        switch self {
        case .registered: [.accepted, .waitlisted, .rejected]
        case .accepted: [.enrolled, .noShow, .withdrawn]
        case .waitlisted: [.accepted, .withdrawn]
        case .enrolled: [.graduated, .dropped]
        case .graduated: [.certified]
        case .rejected, .withdrawn, .noShow, .dropped, .certified: []
        }
    }

}

import GRDB

extension EnrollmentStatus: DatabaseValueConvertible {}
extension Gender: DatabaseValueConvertible {}
