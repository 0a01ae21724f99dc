/// Where each known column sits in a file's rows; shared by every row of the file.
public struct RegistrationLayout: Sendable {
    let headers: [String]
    /// Field index of each known column, by `RegistrationColumn` order.
    let positions: [RegistrationColumn: Int]
    /// Indices of the columns Jejak does not know.
    let unknown: [Int]
}

/// One row of a registration export, with the physical line it starts on.
///
/// Rows keep their fields as read and look columns up through the file's layout: a million-row
/// export then costs one array per row rather than one dictionary.
public struct RegistrationRow: Sendable {
    public var line: Int
    /// The row's fields exactly as read, for recognising it when a later export repeats it.
    public var fields: [String]
    let layout: RegistrationLayout

    /// The column's value, trimmed; nil when the column is absent or empty.
    public subscript(_ column: RegistrationColumn) -> String? {
        guard let index = layout.positions[column] else { return nil }
        let value = fields[index].trimmed
        return value.isEmpty ? nil : value
    }

    /// Columns Jejak does not know, in file order, kept with the enrolment.
    public var extra: [(header: String, value: String)] {
        layout.unknown.compactMap { index in
            let value = fields[index].trimmed
            return value.isEmpty ? nil : (layout.headers[index], value)
        }
    }
}

/// A registration export read into rows; fails before anything is written when a required column is missing.
public struct RegistrationFile: Sendable {
    public let name: String
    public let rows: [RegistrationRow]
    /// Rows whose field count does not fit the header, reported as rejections.
    public let malformed: [(line: Int, reason: String)]

    public init(csv: CSVFile) throws {
        name = csv.name
        var layout: RegistrationLayout?
        var rows: [RegistrationRow] = []
        var malformed: [(Int, String)] = []
        try csv.forEachRecord { record in
            guard let known = layout else {
                let cleaned = record.fields.map(\.trimmed)
                let columns = cleaned.map(RegistrationColumn.init(header:))
                let missing = RegistrationColumn.required.filter { !columns.contains($0) }
                if !missing.isEmpty {
                    throw AlumniError.missingColumns(file: csv.name, columns: missing.map(\.rawValue), found: cleaned)
                }
                var positions: [RegistrationColumn: Int] = [:]
                for (index, column) in columns.enumerated() where column != nil && positions[column!] == nil { positions[column!] = index }
                layout = RegistrationLayout(headers: cleaned, positions: positions, unknown: columns.indices.filter { columns[$0] == nil })
                return
            }
            var fields = record.fields
            // Excel pads rows with empty trailing fields; only real extra values are a problem.
            while fields.count > known.headers.count, fields.last?.trimmed.isEmpty == true {
                fields.removeLast()
            }
            if fields.count != known.headers.count {
                malformed.append((record.line, "has \(fields.count) fields but the header has \(known.headers.count); check for an unquoted delimiter"))
                return
            }
            rows.append(RegistrationRow(line: record.line, fields: fields, layout: known))
        }
        if layout == nil { throw CSVError.empty(file: csv.name) }
        self.rows = rows
        self.malformed = malformed
    }
}

import Foundation
