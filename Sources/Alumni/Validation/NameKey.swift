import Foundation

/// The name as typed reduced to a comparison key: case, accents, punctuation and repeated spaces removed.
///
/// Registration forms and chat contacts write the same person as "SITI  Rahmawati", "siti rahmawati."
/// or "Siti Rahmawati, S.Pd"; the key makes those comparable without changing what was typed.
public enum NameKey {
    public static func make(_ name: String) -> String {
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
