import Foundation

/// The one JSON form Jejak prints and serves: pretty, keys sorted, slashes unescaped — so `jejak … --format json`
/// and the server's `/api/…` give the same bytes for the same figures.
public enum JSONOutput {
    public static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
