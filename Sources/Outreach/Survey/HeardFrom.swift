import Foundation

/// How the graduate first heard of the training (question 6): the self-reported rung of the
/// attribution evidence ladder. Raw values are questionnaire.json `value` strings.
public enum HeardFrom: String, Sendable, Hashable, CaseIterable, Codable {
    case instagramFeed
    case instagramReels
    case instagramStory
    /// The Instagram broadcast channel "Informasi Pelatihan Kerja".
    case broadcastChannel
    case whatsApp
    case friendOrFamily
    case other
}
