import Foundation
import Outreach

/// `--dump PATH`: one JSON line per reply with its label, what the rules alone read, and the model's probabilities,
/// so that ways of combining the two can be compared offline before one is built. Under `--train` the model of each
/// line is the one cross-validation trained without it.
struct ReadingDump {
    struct Line: Encodable {
        var label: String
        var text: String
        var rules: String
        var status: String?
        var reason: String?
        var model: [String: Double]
        var coverage: Double
    }

    private let handle: FileHandle

    init(path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        self.handle = handle
    }

    func write(_ reply: LabelledReply, rules: ReplyInterpretation, model: ReplyModel) {
        let features = ReplyFeatures(reply.text)
        var line = Line(label: reply.label, text: reply.text, rules: "chatter", model: model.probabilities(features), coverage: model.coverage(features))
        switch rules {
        case .answer(let answer): line.rules = "recorded"; line.status = answer.status?.rawValue
        case .needsReview(let suggestion, let reason): line.rules = "review"; line.status = suggestion?.status?.rawValue; line.reason = reason
        case .notAnAnswer: break
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        handle.write((try? encoder.encode(line)) ?? Data())
        handle.write(Data("\n".utf8))
    }
}
