/// One row of a registration export, by column, with the physical line it starts on.
public struct RegistrationRow: Sendable {
    public var line: Int
    public var values: [RegistrationColumn: String]
    /// Columns Jejak does not know, in file order, kept with the enrolment.
    public var extra: [(header: String, value: String)]
    /// The row's fields exactly as read, for recognising it when a later export repeats it.
    public var fields: [String]

    public subscript(_ column: RegistrationColumn) -> String? {
        guard let value = values[column], !value.isEmpty else { return nil }
        return value
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
        var header: [String]?
        var columns: [RegistrationColumn?] = []
        var rows: [RegistrationRow] = []
        var malformed: [(Int, String)] = []
        try csv.forEachRecord { record in
            guard let knownHeader = header else {
                let cleaned = record.fields.map { $0.trimmed }
                columns = cleaned.map(RegistrationColumn.init(header:))
                let missing = RegistrationColumn.required.filter { !columns.contains($0) }
                if !missing.isEmpty {
                    throw AlumniError.missingColumns(file: csv.name, columns: missing.map(\.rawValue), found: cleaned)
                }
                header = cleaned
                return
            }
            var fields = record.fields
            // Excel pads rows with empty trailing fields; only real extra values are a problem.
            while fields.count > knownHeader.count, fields.last?.trimmed.isEmpty == true {
                fields.removeLast()
            }
            if fields.count != knownHeader.count {
                malformed.append((record.line, "has \(fields.count) fields but the header has \(knownHeader.count); check for an unquoted delimiter"))
                return
            }
            var values: [RegistrationColumn: String] = [:]
            var extra: [(String, String)] = []
            for (index, raw) in fields.enumerated() {
                let value = raw.trimmed
                if let column = columns[index] {
                    values[column] = value
                } else if !value.isEmpty {
                    extra.append((knownHeader[index], value))
                }
            }
            rows.append(RegistrationRow(line: record.line, values: values, extra: extra, fields: fields))
        }
        if header == nil { throw CSVError.empty(file: csv.name) }
        self.rows = rows
        self.malformed = malformed
    }
}

import Foundation
