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

/// One record of a registration export: a row, or a line whose fields do not fit the header.
public enum RegistrationRecord: Sendable {
    case row(RegistrationRow)
    case malformed(line: Int, reason: String)
}

/// A registration export. Opening it reads the header only, and fails before anything is written when a
/// required column is missing; rows are then read as often as needed, without holding the file's rows in memory.
public struct RegistrationFile: Sendable {
    public let name: String
    let csv: CSVFile
    let layout: RegistrationLayout

    private struct HeaderRead: Error {}

    public init(csv: CSVFile) throws {
        name = csv.name
        self.csv = csv
        var found: RegistrationLayout?
        var hasRows = false
        do {
            try csv.forEachRecord { record in
                guard found == nil else {
                    hasRows = true
                    throw HeaderRead()
                }
                found = try RegistrationFile.layout(of: record.fields, file: csv.name)
            }
        } catch is HeaderRead {}
        guard let found else { throw CSVError.empty(file: csv.name) }
        // A header alone is not an import: most likely the wrong export, or one saved before anyone registered.
        guard hasRows else { throw CSVError.noRows(file: csv.name) }
        layout = found
    }

    /// Calls `body` with every record after the header, in file order.
    public func forEachRecord(_ body: (RegistrationRecord) throws -> Void) throws {
        var first = true
        try csv.forEachRecord { record in
            if first {
                first = false
                return
            }
            var fields = record.fields
            // Excel pads rows with empty trailing fields; only real extra values are a problem.
            while fields.count > layout.headers.count, fields.last?.trimmed.isEmpty == true {
                fields.removeLast()
            }
            if fields.count != layout.headers.count {
                try body(.malformed(line: record.line, reason: "has \(fields.count) fields but the header has \(layout.headers.count); check for an unquoted delimiter"))
                return
            }
            try body(.row(RegistrationRow(line: record.line, fields: fields, layout: layout)))
        }
    }

    private static func layout(of header: [String], file: String) throws -> RegistrationLayout {
        let cleaned = header.map(\.trimmed)
        let columns = cleaned.map(RegistrationColumn.init(header:))
        let missing = RegistrationColumn.required.filter { !columns.contains($0) }
        if !missing.isEmpty {
            throw AlumniError.missingColumns(file: file, columns: missing.map(\.rawValue), found: cleaned)
        }
        var positions: [RegistrationColumn: Int] = [:]
        for (index, column) in columns.enumerated() where column != nil && positions[column!] == nil { positions[column!] = index }
        return RegistrationLayout(headers: cleaned, positions: positions, unknown: columns.indices.filter { columns[$0] == nil })
    }
}

import Foundation
