/// The channels a tracer survey goes out on: the ones BLK already uses.
public enum SurveyChannel: String, Sendable, CaseIterable, Codable {
    case whatsapp
    case instagram
    case telegram

    /// What a person needs on record to be reached here, for the "cannot be reached" list.
    var missingContact: String {
        switch self {
        case .whatsapp: "no valid phone number"
        case .instagram: "no Instagram handle"
        case .telegram: "no Telegram username"
        }
    }
}
