import Foundation

/// Cleans a sender's display name the way `ChatMessage.sender` promises.
///
/// Exports wrap names, and especially phone numbers, in invisible direction marks
/// (U+200E, U+202A…U+202E, U+2066…U+2069) and sometimes a U+FEFF; left in, the same person
/// would have two spellings and never match a graduate.
enum SenderName {
    static func clean(_ name: String?) -> String? {
        guard let name else { return nil }
        guard name.unicodeScalars.contains(where: isInvisibleMark) else { return name }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: name.unicodeScalars.filter { !isInvisibleMark($0) })
        return String(scalars)
    }

    private static func isInvisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
