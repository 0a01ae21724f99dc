import Alumni
import Foundation

/// One line of the labelled corpus (Tests/OutreachTests/Fixtures/replies/README.md).
struct LabelledReply: Decodable {
    var text: String
    var label: String
    var employer: String?
    var month: String?
    var repliedOn: CivilDate
    var graduatedOn: CivilDate
    var alsoStudying: Bool?

    enum CodingKeys: String, CodingKey {
        case text, label, employer, month
        case repliedOn = "replied_on"
        case graduatedOn = "graduated_on"
        case alsoStudying = "also_studying"
    }

    /// Labels a person reads as no status: `unclear` must go to review, `chatter` may be let go.
    var isClearAnswer: Bool { label != "unclear" && label != "chatter" }

    /// Every `*-SPLIT.jsonl` in `folder` (`all`: both splits).
    static func load(folder: URL, split: String) throws -> [LabelledReply] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" && (split == "all" || $0.deletingPathExtension().lastPathComponent.hasSuffix("-" + split)) }
            .sorted { $0.path < $1.path }
        var replies: [LabelledReply] = []
        for file in files {
            for (index, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated() where !line.isEmpty {
                do {
                    replies.append(try JSONDecoder().decode(LabelledReply.self, from: Data(line.utf8)))
                } catch {
                    throw LoadError(file: file.lastPathComponent, line: index + 1, reason: "\(error)")
                }
            }
        }
        return replies
    }

    struct LoadError: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var reason: String
        var description: String { "\(file), line \(line): not a labelled reply (\(reason))" }
    }
}
