import Foundation
@testable import Outreach

/// Seeded mutations of a valid input, the way libFuzzer mutates its corpus: flipped and inserted bytes, cut,
/// repeated and truncated spans, and tokens that parsers trip on (quotes, separators, brackets, broken UTF-8, dates).
/// The same seed gives the same inputs on every machine, so a failure can be replayed.
struct ByteMutator {
    var random: SplitMix

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    /// How many mutated inputs each parser gets: a few hundred in `swift test`, more with `JEJAK_FUZZ_ITERATIONS`
    /// (`make fuzz` runs 20,000).
    static var iterations: Int { ProcessInfo.processInfo.environment["JEJAK_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 200 }

    static let tokens: [[UInt8]] = [
        Array("\"".utf8), Array(",".utf8), Array(";".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("{".utf8), Array("}".utf8),
        Array("[".utf8), Array("]".utf8), Array(":".utf8), Array("\\".utf8), Array("\\u00".utf8), [0], [0xFF], [0xE2, 0x80], [0xF0, 0x9F],
        Array("31/12/99, 23.59 - ".utf8), Array("[1/2/25 09.00.00] ".utf8), Array("9999999999999999999999".utf8), Array("-1".utf8),
        Array("\"text\": [".utf8), Array("null".utf8), Array("1e309".utf8), Array("\u{200E}".utf8), Array("\u{FEFF}".utf8),
        Array("jejak-".utf8), Array("JJK-".utf8), Array("1️⃣".utf8), Array("‎<attached: ".utf8),
    ]

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    /// One to four mutations of `input`.
    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            let at = below(bytes.count + 1)
            switch below(7) {
            case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << below(8))
            case 1: bytes.insert(UInt8(truncatingIfNeeded: next()), at: at)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, at + 1 + below(64))
                if at < end { bytes.removeSubrange(at..<end) }
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, at + 1 + below(256))
                if at < end { bytes.insert(contentsOf: bytes[at..<end], at: at) }
            case 4: bytes.removeSubrange(min(at, bytes.count)...)
            default: bytes.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: at)
            }
        }
        return bytes
    }
}
