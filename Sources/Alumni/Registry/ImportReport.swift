/// What one registration import decided, in the shape `--format json` prints.
public struct ImportReport: Sendable, Encodable, Equatable {
    public struct Rejection: Sendable, Encodable, Equatable {
        public var line: Int
        public var reason: String
    }

    public struct Warning: Sendable, Encodable, Equatable {
        public var line: Int
        public var message: String
    }

    public var accepted = 0
    public var waitlisted = 0
    public var rejected = 0
    /// Rows an earlier import already decided; a re-import reports only these.
    public var unchanged = 0
    /// Physical lines given a seat, in seat order (registration time).
    public var acceptedLines: [Int] = []
    /// Physical lines put on the waitlist, in waitlist order.
    public var waitlistLines: [Int] = []
    public var rejections: [Rejection] = []
    public var warnings: [Warning] = []

    /// True when the file brought nothing new.
    public var nothingNew: Bool { accepted + waitlisted + rejected == 0 }

    enum CodingKeys: String, CodingKey {
        case accepted, waitlisted, rejected, unchanged, rejections, warnings
        case acceptedLines = "accepted_lines"
        case waitlistLines = "waitlist_lines"
    }
}
