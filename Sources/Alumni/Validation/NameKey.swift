import Foundation

/// The name as typed reduced to a comparison key: case, accents, punctuation and repeated spaces removed.
///
/// Registration forms and chat contacts write the same person as "SITI  Rahmawati", "siti rahmawati."
/// or "Siti Rahmawati, S.Pd"; the key makes those comparable without changing what was typed.
public enum NameKey {
    public static func make(_ name: String) -> String {
        // Most names and chat senders are plain ASCII: key them byte by byte (Foundation's folding is
        // the costly part, and ingest keys every message's sender).
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var key: [UInt8] = []
            key.reserveCapacity(name.utf8.count)
            var pendingSpace = false
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if pendingSpace && !key.isEmpty { key.append(UInt8(ascii: " ")) }
                    key.append(byte)
                    pendingSpace = false
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSpace && !key.isEmpty { key.append(UInt8(ascii: " ")) }
                    key.append(byte + 32)
                    pendingSpace = false
                case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
                default: pendingSpace = true
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                key.unicodeScalars.append(scalar)
                pendingSpace = false
            } else if scalar == "'" || scalar == "`" || scalar == "\u{2019}" {
                continue
            } else {
                pendingSpace = true
            }
        }
        return key
    }
}
