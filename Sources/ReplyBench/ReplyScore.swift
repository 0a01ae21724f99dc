import Foundation
import Outreach

/// How the reader did on a set of labelled replies.
struct ReplyScore: Encodable {
    struct LabelScore: Encodable {
        var label: String
        /// Replies with this label.
        var count: Int
        /// Replies recorded with this status.
        var recorded: Int
        /// Of those, correctly.
        var correct: Int
        var precision: Double? { recorded > 0 ? Double(correct) / Double(recorded) : nil }
        var recall: Double? { count > 0 ? Double(correct) / Double(count) : nil }

        enum CodingKeys: String, CodingKey { case label, count, recorded, correct, precision, recall }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(label, forKey: .label)
            try c.encode(count, forKey: .count)
            try c.encode(recorded, forKey: .recorded)
            try c.encode(correct, forKey: .correct)
            try c.encode(precision, forKey: .precision)
            try c.encode(recall, forKey: .recall)
        }
    }

    var replies: Int
    var clearAnswers: Int
    /// Recorded with a status other than the label's (an unclear reply or chatter recorded counts too).
    var recordedWrongly: Int
    /// Clear answers sent to review.
    var clearToReview: Int
    /// Replies that were not chatter, let go as chatter.
    var dropped: Int
    /// Chatter sent to review (work for staff, not an error in the figures).
    var chatterToReview: Int
    /// Unclear replies sent to review, as they should be.
    var unclearToReview: Int
    var unclear: Int
    var labels: [LabelScore]
    var repliesPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case replies, labels, dropped, unclear
        case clearAnswers = "clear_answers"
        case recordedWrongly = "recorded_wrongly"
        case clearToReview = "clear_to_review"
        case chatterToReview = "chatter_to_review"
        case unclearToReview = "unclear_to_review"
        case repliesPerSecond = "replies_per_second"
    }

    static let statusLabels = LabourStatus.allCases.map(\.rawValue)

    init(corpus: [LabelledReply], readings: [ReplyInterpretation], seconds: Double) {
        replies = corpus.count
        clearAnswers = corpus.filter(\.isClearAnswer).count
        unclear = corpus.filter { $0.label == "unclear" }.count
        var wrong = 0, toReview = 0, dropped = 0, chatterReview = 0, unclearReview = 0
        var byLabel = Dictionary(uniqueKeysWithValues: Self.statusLabels.map { ($0, LabelScore(label: $0, count: 0, recorded: 0, correct: 0)) })
        for (reply, reading) in zip(corpus, readings) {
            byLabel[reply.label]?.count += 1
            switch reading {
            case .answer(let answer):
                guard let status = answer.status?.rawValue else { wrong += 1; continue }
                byLabel[status]?.recorded += 1
                if status == reply.label { byLabel[status]?.correct += 1 } else { wrong += 1 }
            case .needsReview:
                if reply.isClearAnswer { toReview += 1 }
                if reply.label == "chatter" { chatterReview += 1 }
                if reply.label == "unclear" { unclearReview += 1 }
            case .notAnAnswer:
                if reply.label != "chatter" { dropped += 1 }
            }
        }
        recordedWrongly = wrong
        clearToReview = toReview
        self.dropped = dropped
        chatterToReview = chatterReview
        unclearToReview = unclearReview
        labels = Self.statusLabels.compactMap { byLabel[$0] }
        repliesPerSecond = seconds > 0 ? Double(corpus.count) / seconds : 0
    }

    /// Right: the label's status recorded, an unclear reply reviewed, chatter let go (or reviewed).
    func isRight(_ reply: LabelledReply, _ reading: ReplyInterpretation) -> Bool {
        switch reading {
        case .answer(let answer): return answer.status?.rawValue == reply.label
        case .needsReview: return reply.label == "unclear"
        case .notAnAnswer: return reply.label == "chatter"
        }
    }

    static func outcome(_ reading: ReplyInterpretation) -> String {
        switch reading {
        case .answer(let answer): return "recorded " + (answer.status?.rawValue ?? "no status")
        case .needsReview(let suggestion, let reason): return "review (\(suggestion?.status?.rawValue ?? "-"): \(reason))"
        case .notAnAnswer: return "chatter"
        }
    }

    func text(split: String) -> String {
        func pct(_ part: Int, _ whole: Int) -> String { whole > 0 ? String(format: "%.1f%%", Double(part) * 100 / Double(whole)) : "—" }
        func ratio(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "—" }
        var lines = [
            "Reply reader on the \(split) split: \(replies) replies, \(clearAnswers) clear answers, \(unclear) unclear.",
            "recorded wrongly      \(recordedWrongly) (\(pct(recordedWrongly, replies)) of replies; goal ≤ 1%)",
            "clear sent to review  \(clearToReview) (\(pct(clearToReview, clearAnswers)) of clear answers; goal ≤ 10%)",
            "dropped as chatter    \(dropped) (goal 0)",
            "unclear to review     \(unclearToReview) of \(unclear)",
            "chatter to review     \(chatterToReview)",
            String(format: "replies per second    %.0f", repliesPerSecond),
            "",
            "label               count  recorded  correct  precision  recall",
        ]
        for l in labels {
            func right(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
            lines.append(l.label.padding(toLength: 20, withPad: " ", startingAt: 0) + right("\(l.count)", 5) + right("\(l.recorded)", 10)
                         + right("\(l.correct)", 9) + right(ratio(l.precision), 11) + right(ratio(l.recall), 8))
        }
        return lines.joined(separator: "\n")
    }
}
