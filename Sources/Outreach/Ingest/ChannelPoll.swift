import Foundation

/// A poll posted in a Telegram chat or channel, with its aggregate result.
///
/// Telegram exports only the counts per answer, never who voted, so a poll can
/// never become one graduate's answer; parsers hand it over separately from messages.
public struct ChannelPoll: Sendable, Equatable {
    /// One answer option and how many people chose it.
    public struct Answer: Sendable, Equatable {
        public var text: String
        public var voters: Int

        public init(text: String, voters: Int) {
            self.text = text
            self.voters = voters
        }
    }

    /// The chat or channel title the poll was posted in.
    public var chat: String
    public var time: Date
    public var question: String
    public var answers: [Answer]
    /// People who voted at all (a multiple-choice voter counts once here, once per answer above).
    public var totalVoters: Int
    /// Whether the poll was closed when exported.
    public var closed: Bool
    /// Where the poll message is in its file: "chats[2].messages[15] (id 812)".
    public var position: String

    public init(chat: String, time: Date, question: String, answers: [Answer], totalVoters: Int, closed: Bool = false, position: String) {
        self.chat = chat
        self.time = time
        self.question = question
        self.answers = answers
        self.totalVoters = totalVoters
        self.closed = closed
        self.position = position
    }
}
