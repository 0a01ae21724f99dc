import Foundation

/// Who an attendance or graduation command applies to: a list of NIKs from a file, or everyone in the prior status.
public enum NIKSelection: Sendable {
    /// Everyone currently in the status the command moves from (`--all-accepted`, `--all-enrolled`).
    case all
    /// NIKs with the lines they came from, so problems can be reported by line.
    case list(file: String, entries: [(line: Int, value: String)])

    /// Reads a list file: one NIK per line, or a CSV whose header has a `nik` column. Blank lines and `#` comments are skipped.
    public static func read(_ url: URL) throws -> NIKSelection {
        let csv = try CSVFile(contentsOf: url)
        var nikColumn: Int?
        var entries: [(Int, String)] = []
        try csv.forEachRecord { record in
            if record.line == 1, nikColumn == nil {
                if let index = record.fields.firstIndex(where: { RegistrationColumn(header: $0) == .nik }) {
                    nikColumn = index
                    return
                }
                nikColumn = 0
            }
            let value = record.fields[min(nikColumn ?? 0, record.fields.count - 1)].trimmingCharacters(in: .whitespaces)
            if value.isEmpty || value.hasPrefix("#") { return }
            entries.append((record.line, value))
        }
        return .list(file: csv.name, entries: entries)
    }
}
