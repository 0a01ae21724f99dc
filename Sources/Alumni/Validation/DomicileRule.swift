/// Which address kecamatan a centre accepts trainees from.
///
/// BLK Kota Tangerang serves residents of its 13 kecamatan; a centre in another city sets its own list.
/// Spellings are compared loosely ("Kec. Karang Tengah", "KARANGTENGAH", "karang tengah" are one).
public struct DomicileRule: Sendable, Equatable {
    /// The accepted kecamatan as written for people, in their official spelling.
    public let kecamatan: [String]
    private let keys: Set<String>

    public init(kecamatan: [String]) {
        self.kecamatan = kecamatan
        self.keys = Set(kecamatan.map(DomicileRule.key))
    }

    /// The 13 kecamatan of Kota Tangerang (Kemendagri 3671.01–3671.13).
    public static let kotaTangerang = DomicileRule(kecamatan: [
        "Tangerang", "Jatiuwung", "Batuceper", "Benda", "Cipondoh", "Ciledug", "Karawaci",
        "Periuk", "Cibodas", "Neglasari", "Pinang", "Karang Tengah", "Larangan",
    ])

    public func accepts(_ kecamatan: String) -> Bool {
        keys.contains(DomicileRule.key(kecamatan))
    }

    /// The official spelling for a loosely written kecamatan, if it is one of ours.
    public func canonical(_ kecamatan: String) -> String? {
        let key = DomicileRule.key(kecamatan)
        return self.kecamatan.first { DomicileRule.key($0) == key }
    }

    static func key(_ raw: String) -> String {
        var text = raw.lowercased()
        for prefix in ["kecamatan ", "kec. ", "kec.", "kec "] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        return String(text.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }
}
