import Foundation

/// A second, statistical reading of a reply: a multinomial logistic regression over `ReplyFeatures`, trained on
/// the training split of the labelled corpus (`jejak-reply-bench --train`), its weights shipped as
/// `Resources/reply-model.txt`.
///
/// It never records anything by itself. The rules decide; the model only sends a reply to review when it strongly
/// disagrees with them (`ReplyInterpreter.secondOpinion`), which turns the rules' misreads of voices they have not
/// met into review items, and the review item says what the model read so the decision stays explainable.
public struct ReplyModel: Sendable {
    /// The corpus labels: the statuses' raw values, `unclear` and `chatter`.
    public let labels: [String]
    let bias: [Float]
    /// Bucket → row of `weights` (each row holds one weight per label).
    let rows: [UInt32: Int32]
    let weights: [Float]

    init(labels: [String], bias: [Float], rows: [UInt32: Int32], weights: [Float]) {
        self.labels = labels
        self.bias = bias
        self.rows = rows
        self.weights = weights
    }

    /// The model shipped with Jejak; nil only if the resource is missing or damaged (then the rules read alone).
    public static let bundled: ReplyModel? = {
        guard let url = Bundle.module.url(forResource: "reply-model", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return try? ReplyModel(text: text)
    }()

    /// The probability of each label for a reply.
    public func probabilities(_ text: String) -> [String: Double] { probabilities(ReplyFeatures(text)) }

    /// The probability of each label for a reply's features (extract them once when you also need `coverage`).
    public func probabilities(_ features: ReplyFeatures) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(labels, Self.softmax(scores(features))))
    }

    /// The share of a reply's features the model has weights for: little of a language or a voice it never saw in
    /// training, where its probabilities mean little.
    public func coverage(_ features: ReplyFeatures) -> Double {
        features.buckets.isEmpty ? 0 : Double(features.buckets.filter { rows[$0] != nil }.count) / Double(features.buckets.count)
    }

    /// Raw scores: bias plus the weights of the present buckets, each feature worth 1/√n (rows of unit length).
    func scores(_ features: ReplyFeatures) -> [Double] {
        var scores = bias.map(Double.init)
        let value = features.buckets.isEmpty ? 0 : 1 / Double(features.buckets.count).squareRoot()
        let width = labels.count
        for bucket in features.buckets {
            guard let row = rows[bucket] else { continue }
            let base = Int(row) * width
            for label in 0..<width { scores[label] += Double(weights[base + label]) * value }
        }
        return scores
    }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { Foundation.exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}

// MARK: - The shipped text form

extension ReplyModel {
    /// Why a model file could not be read.
    public enum FormatError: Error, CustomStringConvertible {
        case line(Int, String)

        public var description: String {
            switch self {
            case .line(let number, let problem): "reply model, line \(number): \(problem); regenerate it with jejak-reply-bench --train"
            }
        }
    }

    /// Lines: `labels\t…`, `bias\t…`, then one `bucket\tweight weight …` per bucket; `#` starts a comment.
    public init(text: String) throws {
        var labels: [String] = [], bias: [Float] = [], rows: [UInt32: Int32] = [:], weights: [Float] = []
        for (index, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { throw FormatError.line(index + 1, "expected two tab-separated fields") }
            let values = fields[1].split(separator: " ")
            switch fields[0] {
            case "labels": labels = values.map(String.init)
            case "bias": bias = values.compactMap { Float($0) }
            default:
                guard let bucket = UInt32(fields[0]), !labels.isEmpty else { throw FormatError.line(index + 1, "not a bucket number") }
                let row = values.compactMap { Float($0) }
                guard row.count == labels.count else { throw FormatError.line(index + 1, "\(row.count) weights for \(labels.count) labels") }
                rows[bucket] = Int32(rows.count)
                weights += row
            }
        }
        guard !labels.isEmpty, bias.count == labels.count else { throw FormatError.line(1, "no labels or bias line") }
        self.init(labels: labels, bias: bias, rows: rows, weights: weights)
    }

    /// The text form, buckets ascending, weights to 4 significant digits (the file stays small and diffs stay readable).
    public func text(comment: String) -> String {
        func format(_ values: some Sequence<Float>) -> String { values.map { String(format: "%.4g", $0) }.joined(separator: " ") }
        var lines = comment.split(separator: "\n").map { "# " + $0 }
        lines.append("labels\t" + labels.joined(separator: " "))
        lines.append("bias\t" + format(bias))
        let width = labels.count
        for (bucket, row) in rows.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * width
            lines.append("\(bucket)\t" + format(weights[base..<(base + width)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
