import Foundation

/// The personal reply code carried by every outgoing survey message, e.g. "JJK-4F7Q".
///
/// Replies arrive from numbers and handles that often differ from the registration row
/// (a new SIM, a sibling's phone), so the code is the exact link from reply to graduate.
///
/// Scheme:
/// - `PREFIX-` then payload characters then one check character, from a 32-character
///   alphabet without look-alikes: `23456789ABCDEFGHJKLMNPQRSTUVWXYZ` (no 0/O, 1/I).
/// - Ids 0…32,767 get 3 payload characters (code "JJK-xxxC"); larger ids get 4, then 5…
///   (blocks follow each other, so every id has exactly one code).
/// - Within a block the id is scrambled by an affine bijection mod 32ⁿ so neighbouring
///   graduates do not get neighbouring codes. Deterministic; not a secret.
/// - The check character is Luhn mod 32 over the payload: every single-character typo and
///   every swap of two adjacent different characters is detected.
/// - Parsing is case-insensitive and accepts "JJK-4F7Q", "jjk 4f7q", "JJK4F7Q".
public struct ReplyCode: Sendable, Hashable, CustomStringConvertible {
    public static let alphabet: [Character] = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    public static let defaultPrefix = "JJK"

    public let prefix: String
    /// The integer id the code was generated from (the graduate's or the survey contact's id).
    public let id: Int
    /// The canonical text, e.g. "JJK-4F7Q".
    public let text: String

    /// Generates the code for an id; nil for negative ids.
    public init?(id: Int, prefix: String = ReplyCode.defaultPrefix) {
        guard id >= 0 else { return nil }
        var length = 3
        var base = 0
        while id - base >= Self.blockSize(length) {
            base += Self.blockSize(length)
            length += 1
        }
        let scrambled = Self.scramble(id - base, length: length)
        var digits = [Int](repeating: 0, count: length)
        var rest = scrambled
        for i in stride(from: length - 1, through: 0, by: -1) {
            digits[i] = rest % 32
            rest /= 32
        }
        let payload = digits.map { Self.alphabet[$0] }
        self.prefix = prefix
        self.id = id
        self.text = prefix + "-" + String(payload) + String(Self.alphabet[Self.checkDigit(digits)])
    }

    /// Reads a code written exactly as a code (prefix, optional separator, characters);
    /// nil when it is not one or its check character is wrong.
    public init?(parsing string: String, prefix: String = ReplyCode.defaultPrefix) {
        let upper = string.uppercased().trimmingCharacters(in: .whitespaces)
        guard upper.hasPrefix(prefix.uppercased()) else { return nil }
        var body = Substring(upper.dropFirst(prefix.count))
        if let first = body.first, "-_. :".contains(first) { body = body.dropFirst() }
        guard let id = Self.decode(body) else { return nil }
        self.init(id: id, prefix: prefix)
    }

    public var description: String { text }

    // MARK: - Finding codes in a message

    /// A code-like fragment found in a message.
    public enum Match: Sendable, Equatable {
        case valid(ReplyCode)
        /// Looks like a code (prefix plus 4–8 letters/digits) but is not one: a look-alike
        /// character or a wrong check character, i.e. a typo. Holds the fragment as typed.
        case invalid(String)
    }

    /// Every code-like fragment in `text`, and the text with those fragments blanked out so
    /// their digits are not read as answers.
    public static func scan(_ text: String, prefix: String = ReplyCode.defaultPrefix) -> (matches: [Match], remainder: String) {
        // Almost no message carries a code: skip the character-by-character walk when the prefix is absent.
        guard TextSearch.containsIgnoringASCIICase(text, prefix) else { return ([], text) }
        let chars = Array(text)
        let pre = prefix.uppercased().map(String.init)
        var matches: [Match] = []
        var out = chars
        var i = 0
        while i + pre.count <= chars.count {
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            // Compared as strings: uppercasing "ß" gives "SS", which is no single Character.
            let head = chars[i..<(i + pre.count)].map { $0.uppercased() }
            guard startsWord, head == pre else { i += 1; continue }
            var j = i + pre.count
            if j < chars.count, "-_.:".contains(chars[j]) || chars[j] == " " { j += 1 }
            let bodyStart = j
            while j < chars.count, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber { j += 1 }
            let body = String(chars[bodyStart..<j]).uppercased()
            guard (4...8).contains(body.count) else { i += 1; continue }
            let fragment = String(chars[i..<j])
            if let id = decode(Substring(body)), let code = ReplyCode(id: id, prefix: prefix) {
                matches.append(.valid(code))
            } else {
                matches.append(.invalid(fragment))
            }
            for k in i..<j { out[k] = " " }
            i = j
        }
        return (matches, String(out))
    }

    // MARK: - Encoding

    private static let multiplier = 21_667  // odd, so invertible modulo any power of two
    private static let offset = 12_345

    private static func blockSize(_ length: Int) -> Int { 1 << (5 * length) }

    private static func scramble(_ value: Int, length: Int) -> Int {
        let mask = blockSize(length) - 1
        return (value &* multiplier &+ offset) & mask
    }

    private static func unscramble(_ value: Int, length: Int) -> Int {
        let mask = blockSize(length) - 1
        // Inverse of an odd number modulo 2^64 by Newton's iteration, then reduced.
        var inverse = multiplier
        for _ in 0..<6 { inverse = inverse &* (2 &- multiplier &* inverse) }
        return ((value &- offset) &* inverse) & mask
    }

    /// Luhn mod N (N = 32) check digit over payload digit values.
    static func checkDigit(_ digits: [Int]) -> Int {
        var factor = 2
        var sum = 0
        for d in digits.reversed() {
            let addend = factor * d
            sum += addend / 32 + addend % 32
            factor = factor == 2 ? 1 : 2
        }
        return (32 - sum % 32) % 32
    }

    /// The id for payload + check characters, or nil on look-alikes or a failed check.
    private static func decode(_ body: Substring) -> Int? {
        let values = body.map { c in alphabet.firstIndex(of: c) }
        guard values.count >= 4, values.allSatisfy({ $0 != nil }) else { return nil }
        let digits = values.map { $0! }
        let payload = Array(digits.dropLast())
        guard checkDigit(payload) == digits.last else { return nil }
        let length = payload.count
        let scrambled = payload.reduce(0) { $0 * 32 + $1 }
        var base = 0
        for l in 3..<length { base += blockSize(l) }
        return base + unscramble(scrambled, length: length)
    }
}
