/// Which address kecamatan a centre accepts trainees from.
///
/// BLK Kota Tangerang serves residents of its 13 kecamatan; a centre in another city sets its own list.
/// Spellings are compared loosely ("Kec. Karang Tengah", "KARANGTENGAH", "karang tengah" are one).
public struct DomicileRule: Sendable, Equatable {
    /// The accepted kecamatan as written for people, in their official spelling.
    public let kecamatan: [String]
    /// The official spelling by loose key, the first one listed when two share a key (computed once, not per row).
    private let spellings: [String: String]

    public init(kecamatan: [String]) {
        self.kecamatan = kecamatan
        var spellings: [String: String] = [:]
        for name in kecamatan where spellings[DomicileRule.key(name)] == nil { spellings[DomicileRule.key(name)] = name }
        self.spellings = spellings
    }

    /// The 13 kecamatan of Kota Tangerang (Kemendagri 3671.01–3671.13).
    public static let kotaTangerang = DomicileRule(kecamatan: [
        "Tangerang", "Jatiuwung", "Batuceper", "Benda", "Cipondoh", "Ciledug", "Karawaci",
        "Periuk", "Cibodas", "Neglasari", "Pinang", "Karang Tengah", "Larangan",
    ])

    public func accepts(_ kecamatan: String) -> Bool {
        spellings[DomicileRule.key(kecamatan)] != nil
    }

    /// The official spelling for a loosely written kecamatan, if it is one of ours.
    public func canonical(_ kecamatan: String) -> String? {
        spellings[DomicileRule.key(kecamatan)]
    }

    static func key(_ raw: String) -> String {
        // ASCII spellings (nearly all) are keyed byte by byte: this runs once per imported row.
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = raw.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            for prefix in ["kecamatan ", "kec. ", "kec.", "kec "] {
                let p = Array(prefix.utf8)
                let start = bytes.firstIndex { $0 != 32 } ?? bytes.count
                if bytes.count - start >= p.count, Array(bytes[start..<(start + p.count)]) == p {
                    bytes.removeSubrange(0..<(start + p.count))
                    break
                }
            }
            return String(decoding: bytes.filter { $0 >= 97 && $0 <= 122 }, as: UTF8.self)
        }
        var text = raw.lowercased().trimmed
        for prefix in ["kecamatan ", "kec. ", "kec.", "kec "] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        return String(text.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }
}
