import Alumni

/// How CSV meant for spreadsheets is written. `standard`: comma-separated, decimal point (for scripts and English
/// Excel). `id`: semicolon-separated, decimal comma, UTF-8 byte-order mark — what Excel on an Indonesian-locale
/// computer opens correctly with a double click.
public enum CSVDialect: String, Sendable, CaseIterable {
    case standard, id

    public var separator: Character { self == .id ? ";" : "," }

    /// The byte-order mark Excel needs to read UTF-8; the standard dialect writes none.
    public var prefix: String { self == .id ? "\u{FEFF}" : "" }

    /// A number as written in this dialect ("0.6250" → "0,6250").
    public func number(_ text: String) -> String { self == .id ? text.replacingOccurrences(of: ".", with: ",") : text }

    /// One record.
    public func line(_ fields: [String]) -> String {
        fields.map { CSVFile.quote($0, delimiter: separator) }.joined(separator: String(separator))
    }
}
