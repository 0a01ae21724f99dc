import Foundation

extension ReplyModel {
    /// How a model is trained; the defaults are the ones chosen by cross-validation on the training split
    /// (`jejak-reply-bench --train` prints it).
    public struct Training: Sendable {
        public var epochs = 30
        public var learningRate = 1.0
        /// L2 penalty per update on the weights of the features present.
        public var penalty = 1e-4
        /// Buckets seen in fewer replies than this carry no weight (one writer's typo teaches nothing).
        public var minimumReplies = 2
        public var seed: UInt64 = 20_251_123

        public init() {}
    }

    /// Trains a model on labelled replies: softmax regression, AdaGrad steps, replies shuffled each epoch by a seeded
    /// generator so the same corpus always gives the same file.
    public static func train(_ examples: [(text: String, label: String)], labels: [String], training: Training = Training()) -> ReplyModel {
        let width = labels.count
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let featured = examples.compactMap { example in index[example.label].map { (ReplyFeatures(example.text), $0) } }
        var seenIn: [UInt32: Int] = [:]
        for (features, _) in featured { for bucket in features.buckets { seenIn[bucket, default: 0] += 1 } }
        var rows: [UInt32: Int32] = [:]
        for (bucket, count) in seenIn.sorted(by: { $0.key < $1.key }) where count >= training.minimumReplies { rows[bucket] = Int32(rows.count) }

        var weights = Array(repeating: 0.0, count: rows.count * width), squares = Array(repeating: 1e-8, count: weights.count)
        var bias = Array(repeating: 0.0, count: width), biasSquares = Array(repeating: 1e-8, count: width)
        var order = Array(featured.indices)
        var random = SplitMix(seed: training.seed)
        for _ in 0..<training.epochs {
            order.shuffle(using: &random)
            for i in order {
                let (features, label) = featured[i]
                let value = features.buckets.isEmpty ? 0 : 1 / Double(features.buckets.count).squareRoot()
                var scores = bias
                let present = features.buckets.compactMap { rows[$0].map { Int($0) * width } }
                for base in present { for k in 0..<width { scores[k] += weights[base + k] * value } }
                let p = softmax(scores)
                for k in 0..<width {
                    let g = p[k] - (k == label ? 1 : 0)
                    biasSquares[k] += g * g
                    bias[k] -= training.learningRate * g / biasSquares[k].squareRoot()
                    for base in present {
                        let j = base + k
                        let gw = g * value + training.penalty * weights[j]
                        squares[j] += gw * gw
                        weights[j] -= training.learningRate * gw / squares[j].squareRoot()
                    }
                }
            }
        }
        return ReplyModel(labels: labels, bias: bias.map(Float.init), rows: rows, weights: weights.map(Float.init))
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same shuffles on every machine.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
