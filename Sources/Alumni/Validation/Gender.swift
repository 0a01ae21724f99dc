/// Gender as the registration form records it (`L` laki-laki, `P` perempuan).
public enum Gender: String, Codable, Sendable, CaseIterable {
    case male = "L"
    case female = "P"

    /// Reads the form's wordings: L/P, Laki-laki/Perempuan, M/F, Male/Female, Pria/Wanita.
    public init?(parsing raw: String) {
        switch raw.trimmed.lowercased() {
        case "l", "lk", "laki-laki", "laki laki", "lakilaki", "pria", "m", "male", "man": self = .male
        case "p", "pr", "perempuan", "wanita", "f", "female", "woman", "w": self = .female
        default: return nil
        }
    }
}
