import Foundation

/// A delimited text file as Indonesian offices actually produce them: the online registration's
/// export or a sheet saved from Excel — comma or semicolon, optional UTF-8 BOM, CRLF or LF, quoted fields.
///
/// Written over raw bytes rather than with a CSV package: registration imports must reach
/// 100,000 rows per second (see BENCHMARKS.md), which the packages on the mirror do not.
public struct CSVFile: Sendable {
    /// One record and the physical line it starts on (the header is line 1).
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public let name: String
    public let delimiter: UInt8
    private let bytes: Data
    private let start: Int
    /// The physical line the records start on (2 after a `sep=` line).
    private let firstLine: Int

    /// Reads the file (memory-mapped) and detects its encoding and delimiter.
    public init(contentsOf url: URL) throws {
        if let problem = FileCheck.readProblem(url) { throw CSVError.unreadable(file: url.path, reason: problem) }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw CSVError.unreadable(file: url.path, reason: FileCheck.reason(error))
        }
        try self.init(data: data, name: url.path)
    }

    /// - Parameter name: how errors name the file.
    public init(data: Data, name: String) throws {
        self.name = name
        var data = data
        var start = 0
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
        } else if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = data.first == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw CSVError.unknownEncoding(file: name)
            }
            data = Data(text.utf8)
        } else if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw CSVError.notCSV(file: name, reason: "it is a zip or Excel workbook (.xlsx); in Excel use Save As → CSV UTF-8")
        }
        // Excel's "sep=;" first line names the delimiter; the header follows on line 2.
        var declared: UInt8?
        var firstLine = 1
        if let (separator, next) = CSVFile.separatorLine(data, from: start) {
            declared = separator
            start = next
            firstLine = 2
        }
        self.bytes = data
        self.start = start
        self.firstLine = firstLine
        let detected = try CSVFile.checkAndDetectDelimiter(data, from: start, name: name)
        self.delimiter = declared ?? detected
    }

    /// `sep=X` alone on the first line (Excel writes it to fix the delimiter): X and where the next line starts.
    private static func separatorLine(_ data: Data, from start: Int) -> (UInt8, Int)? {
        let bytes = Array(data[data.startIndex + start ..< data.startIndex + min(data.count, start + 8)])
        guard bytes.count >= 5, Array(bytes[0..<4]).map({ $0 | 0x20 }) == Array("sep=".utf8) else { return nil }
        var next = 5
        if next < bytes.count, bytes[next] == 0x0D { next += 1 }
        guard next < bytes.count, bytes[next] == 0x0A else { return nil }
        return (bytes[4], start + next + 1)
    }

    /// Calls `body` with every record in order, the header first.
    public func forEachRecord(_ body: (Record) throws -> Void) throws {
        try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let buffer = raw.bindMemory(to: UInt8.self)
            var parser = RecordParser(buffer: buffer, position: start, delimiter: delimiter, line: firstLine)
            while let record = try parser.next(fileName: name) {
                try body(record)
            }
        }
    }

    /// Refuses text that is not UTF-8 or has NUL bytes, and picks `;`, `,` or tab from the first line.
    private static func checkAndDetectDelimiter(_ data: Data, from start: Int, name: String) throws -> UInt8 {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> UInt8 in
            let buffer = raw.bindMemory(to: UInt8.self)
            if buffer.count <= start { throw CSVError.empty(file: name) }
            // A NUL byte or invalid UTF-8 within the first 64 KiB means a binary or legacy-encoded file.
            let probe = UnsafeBufferPointer(rebasing: buffer[start..<min(buffer.count, start + 65_536)])
            if probe.contains(0) { throw CSVError.notCSV(file: name, reason: "it contains binary data") }
            // When the probe cuts the file, check only whole lines so a split character is not blamed.
            var probeEnd = probe.count
            if probe.count < buffer.count - start, let lastNewline = probe.lastIndex(of: 0x0A) {
                probeEnd = lastNewline + 1
            }
            if String(validating: UnsafeBufferPointer(rebasing: probe[0..<probeEnd]), as: UTF8.self) == nil {
                throw CSVError.unknownEncoding(file: name)
            }
            var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
            var inQuotes = false
            for byte in probe {
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                if inQuotes { continue }
                if byte == 0x0A || byte == 0x0D { break }
                if counts[byte] != nil { counts[byte]! += 1 }
            }
            let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
            return best.value == 0 ? UInt8(ascii: ",") : best.key
        }
    }
}

extension CSVFile {
    /// A field as CSV writers (and Excel) expect it: quoted, with `""` for quotes, only when it needs to be.
    public static func quote(_ field: String, delimiter: Character = ",") -> String {
        field.contains(delimiter) || field.contains("\"") || field.contains("\n") || field.contains("\r")
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}

/// Splits bytes into records; quoted fields may hold delimiters, `""` and line breaks.
private struct RecordParser {
    let buffer: UnsafeBufferPointer<UInt8>
    var position: Int
    let delimiter: UInt8
    var line = 1

    mutating func next(fileName: String) throws -> CSVFile.Record? {
        let end = buffer.count
        // Skip blank lines between records; they carry no row.
        while position < end, buffer[position] == 0x0A || buffer[position] == 0x0D {
            if buffer[position] == 0x0A { line += 1 }
            position += 1
        }
        guard position < end else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        while true {
            if position < end, buffer[position] == UInt8(ascii: "\"") {
                position += 1
                var closed = false
                while position < end {
                    let byte = buffer[position]
                    if byte == UInt8(ascii: "\"") {
                        if position + 1 < end, buffer[position + 1] == UInt8(ascii: "\"") {
                            field.append(byte)
                            position += 2
                            continue
                        }
                        position += 1
                        closed = true
                        break
                    }
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                    position += 1
                }
                if !closed { throw CSVError.unterminatedQuote(file: fileName, line: startLine) }
            }
            // Unquoted part (or anything after a closing quote, kept as typed).
            let fieldStart = position
            while position < end {
                let byte = buffer[position]
                if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                position += 1
            }
            if field.isEmpty {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<position]), as: UTF8.self))
            } else {
                field.append(contentsOf: buffer[fieldStart..<position])
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            }
            if position < end, buffer[position] == delimiter {
                position += 1
                continue
            }
            if position < end, buffer[position] == 0x0D { position += 1 }
            if position < end, buffer[position] == 0x0A {
                position += 1
                line += 1
            }
            return CSVFile.Record(line: startLine, fields: fields)
        }
    }
}

/// Why a file could not be read as CSV; nothing from it has been written.
public enum CSVError: Error, LocalizedError, Equatable {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case unknownEncoding(file: String)
    case notCSV(file: String, reason: String)
    case unterminatedQuote(file: String, line: Int)
    case noRows(file: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot be read (\(reason))"
        case .empty(let file): "\(file): the file is empty"
        case .noRows(let file): "\(file): has a header but no rows, so nothing was imported; check that it is the right export"
        case .unknownEncoding(let file):
            "\(file): the text is not UTF-8; in Excel use Save As → \"CSV UTF-8 (Comma delimited)\""
        case .notCSV(let file, let reason): "\(file): not a CSV file: \(reason)"
        case .unterminatedQuote(let file, let line):
            "\(file), line \(line): a quoted field is never closed; check the quotes (\") on that line"
        }
    }
}
