/// Recognises a row that an earlier import already saw, so a re-import or a later,
/// cumulative export changes nothing already decided.
///
/// FNV-1a over the fields as read, plus the occurrence number among identical rows in the file. Kept as numbers
/// while a file is read (a million-row import held a million fingerprint strings); stored as `hash#occurrence` text.
struct RowFingerprint: Hashable {
    let hash: UInt64
    let occurrence: Int

    /// The hash of a row's fields, the same for identical rows.
    static func hash(_ fields: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for field in fields {
            for byte in field.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    init(hash: UInt64, occurrence: Int) {
        self.hash = hash
        self.occurrence = occurrence
    }

    /// Reads a stored fingerprint; nil for the other keys `registration_row` holds (`malformed-line-N`).
    init?(text: String) {
        let parts = text.split(separator: "#", omittingEmptySubsequences: false)
        guard parts.count == 2, let hash = UInt64(parts[0], radix: 16), let occurrence = Int(parts[1]),
            RowFingerprint(hash: hash, occurrence: occurrence).text == text
        else { return nil }
        self.init(hash: hash, occurrence: occurrence)
    }

    /// The stored form.
    var text: String { String(hash, radix: 16) + "#" + String(occurrence) }
}
