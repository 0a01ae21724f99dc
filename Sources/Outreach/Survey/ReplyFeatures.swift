/// The features the statistical reader sees in a reply: character n-grams of each word (2 to 5 letters, the word's
/// edges marked) and the words and word pairs, after lower-casing, keeping only letters and digits and shortening
/// runs of one letter ("bangeeet" → "banget"); and the rules' canonical spelling of each word and word pair within a
/// clause (`ReplyText`: "udh", "sdh", "wis" → "sudah"), which shares what is learnt across spellings (in
/// `jejak-reply-bench --train` on the 6,475 training replies of 2026-11-25 it sent 2.6% of right readings to review
/// instead of 3.1%, for as many misreads caught). Character n-grams carry over to glued, misspelt and regional forms the rules have never listed
/// ("udhkerja", "blmdpt", "nyambut gawe").
///
/// Each feature is hashed (FNV-1a, stable across runs and machines, unlike Swift's `Hasher`) into one of
/// `ReplyFeatures.buckets` buckets, so the model is an array, not a dictionary of strings.
public struct ReplyFeatures: Sendable, Equatable {
    /// Distinct buckets present in the reply, ascending.
    public let buckets: [UInt32]

    public static let bucketCount: UInt32 = 1 << 20

    public init(_ text: String) { self.init(text, words: ReplyText(text)) }

    /// The features of a reply whose words the rules have already normalised (ingest reads each reply once).
    init(_ text: String, words canonical: ReplyText) {
        var found: [UInt32] = []
        let words = Self.words(text)
        var padded: [UInt8] = []
        for (index, word) in words.enumerated() {
            found.append(Self.hash(kind: 1, word))
            if index > 0 { found.append(Self.hash(kind: 2, words[index - 1] + [32] + word)) }
            padded.removeAll(keepingCapacity: true)
            padded.append(32)
            padded += word
            padded.append(32)
            for n in 2...5 where n <= padded.count {
                for start in 0...(padded.count - n) { found.append(Self.hash(kind: 0, padded[start..<(start + n)])) }
            }
        }
        // The rules' canonical spelling of each word ("udh", "sdh", "wis" → "sudah") and the pairs within a clause.
        for clause in canonical.clauses {
            var previous: [UInt8]?
            for word in clause.words {
                let canonical = Array(word.canonical.utf8)
                found.append(Self.hash(kind: 3, canonical))
                if let previous { found.append(Self.hash(kind: 4, previous + [32] + canonical)) }
                previous = canonical
            }
        }
        found.sort()
        var distinct: [UInt32] = []
        distinct.reserveCapacity(found.count)
        for bucket in found where distinct.last != bucket { distinct.append(bucket) }
        buckets = distinct
    }

    /// Lower-case ASCII letters and digits; anything else separates words; three or more of one letter become one.
    static func words(_ text: String) -> [[UInt8]] {
        var words: [[UInt8]] = [], word: [UInt8] = []
        for scalar in text.lowercased().unicodeScalars {
            let v = scalar.value
            guard (97...122).contains(v) || (48...57).contains(v) else {
                if !word.isEmpty { words.append(word); word = [] }
                continue
            }
            word.append(UInt8(v))
        }
        if !word.isEmpty { words.append(word) }
        return words.map(Self.collapsed)
    }

    /// "baaanget" → "banget": runs of three or more of one character become one (two stay: "tt", "ee").
    static func collapsed(_ word: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < word.count {
            var j = i
            while j < word.count && word[j] == word[i] { j += 1 }
            out.append(contentsOf: j - i >= 3 ? [word[i]] : Array(word[i..<j]))
            i = j
        }
        return out
    }

    static func hash<Bytes: Collection<UInt8>>(kind: UInt8, _ bytes: Bytes) -> UInt32 {
        var h: UInt64 = (0xcbf2_9ce4_8422_2325 ^ UInt64(kind)) &* 0x100_0000_01b3
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32)) % bucketCount
    }
}
