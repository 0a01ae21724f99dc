/// Recognises a row that an earlier import already saw, so a re-import or a later,
/// cumulative export changes nothing already decided.
///
/// FNV-1a over the fields as read, plus the occurrence number among identical rows in the file.
enum RowFingerprint {
    static func make(_ fields: [String], occurrence: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for field in fields {
            for byte in field.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16) + "#\(occurrence)"
    }
}
