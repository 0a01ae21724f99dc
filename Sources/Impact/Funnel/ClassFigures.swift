import Alumni

/// A class's registrations, seats and waitlist as they may be published: withheld for a class with fewer
/// registrations than the threshold, as the report's classes table does. `jejak classes list --format json` and
/// `GET /api/classes` print this.
public struct ClassFigures: Sendable, Encodable {
    public var listing: ClassListing
    public var suppressionReason: SuppressionReason?

    /// - Parameter threshold: nil for staff: nothing withheld.
    public init(_ listing: ClassListing, threshold: Int?) {
        self.listing = listing
        suppressionReason = threshold.flatMap { Suppression.primary(graduates: listing.registrations, respondents: listing.registrations, threshold: $0) }
    }

    enum CodingKeys: String, CodingKey {
        case trainingClass = "class", programCode = "program_code", programName = "program_name", registrations, seatsTaken = "seats_taken"
        case waitlisted, hoursToFill = "hours_to_fill", suppressed, suppressionReason = "suppression_reason"
    }

    /// The listing's fields; counts are null when withheld.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let hidden = suppressionReason != nil
        try c.encode(listing.trainingClass, forKey: .trainingClass)
        try c.encode(listing.programCode, forKey: .programCode)
        try c.encode(listing.programName, forKey: .programName)
        try c.encode(hidden ? nil : listing.registrations, forKey: .registrations)
        try c.encode(hidden ? nil : listing.seatsTaken, forKey: .seatsTaken)
        try c.encode(hidden ? nil : listing.waitlisted, forKey: .waitlisted)
        try c.encode(listing.hoursToFill, forKey: .hoursToFill)
        try c.encode(hidden, forKey: .suppressed)
        try c.encode(suppressionReason?.code, forKey: .suppressionReason)
    }
}
