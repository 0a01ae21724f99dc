/// SplitMix64, as in the demo generator: the same seed writes the same bytes on every machine.
///
/// Each person and each class gets its own stream (`BenchRandom(seed, stream)`), so what is generated
/// for person 123 does not depend on how many people came before it.
struct BenchRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    init(_ seed: UInt64, stream: Int, salt: UInt64 = 0) {
        var mixer = BenchRandom(seed: seed ^ (UInt64(stream) &* 0x9E37_79B9_7F4A_7C15) ^ (salt &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`, computed the same way everywhere.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// An index drawn with the given weights (which need not sum to 1).
    mutating func weighted(_ weights: [Double]) -> Int {
        var x = Double(next() >> 11) / Double(1 << 53) * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            if x < weight { return index }
            x -= weight
        }
        return weights.count - 1
    }
}
