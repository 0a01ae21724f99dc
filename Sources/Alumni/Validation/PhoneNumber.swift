/// Indonesian mobile numbers normalised to E.164 (`+628…`), the one form WhatsApp matching can rely on.
public enum PhoneNumber {
    /// Normalises `08…`, `628…`, `+62 812-3456-7890`, `0812 3456 7890`, `(0812) 3456.7890` and the invisible
    /// marks chat exports put around numbers; returns nil when it is not a plausible Indonesian mobile.
    public static func e164(_ raw: String) -> String? {
        var digits = ""
        var sawPlus = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: digits.unicodeScalars.append(scalar)
            case 0x2B: if digits.isEmpty { sawPlus = true } else { return nil }
            case 0x20, 0x2D, 0x2E, 0x28, 0x29, 0x2F, 0xA0, 0x202F, 0x200E, 0x200F, 0x202A...0x202E, 0xFEFF, 0x09: continue
            default: return nil
            }
        }
        var national: Substring
        if digits.hasPrefix("62") {
            national = digits.dropFirst(2)
            if national.hasPrefix("0") { national = national.dropFirst() }
        } else if digits.hasPrefix("0") && !sawPlus {
            national = digits.dropFirst()
        } else if digits.hasPrefix("8") && !sawPlus {
            national = Substring(digits)
        } else {
            return nil
        }
        // DOMAIN.md: 9–13 digits after the leading 0.
        guard national.hasPrefix("8"), (9...13).contains(national.count) else { return nil }
        return "+62" + national
    }

    /// Only the last four digits, for logs and printed output.
    public static func masked(_ e164: String) -> String {
        e164.count > 4 ? String(repeating: "*", count: e164.count - 4) + e164.suffix(4) : "****"
    }
}
