import Foundation

/// The interpreter's verdict on one incoming message.
///
/// Precision over recall: an answer goes straight into the statistics only when it is
/// `.answer`; anything uncertain goes to a person with the reason, never a guess.
public enum ReplyInterpretation: Sendable, Equatable {
    /// A confident answer.
    case answer(SurveyAnswer)
    /// Something answer-like but uncertain. The partial answer (if any) is a suggestion
    /// for the reviewer, not data.
    case needsReview(SurveyAnswer?, reason: String)
    /// Greetings, thanks, stickers, questions about new classes: nothing to record.
    case notAnAnswer
}
