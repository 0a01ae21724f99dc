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
    private let source: Source
    /// Where the header starts: after a byte-order mark and a `sep=` line.
    private let start: Int
    /// The physical line the records start on (2 after a `sep=` line).
    private let firstLine: Int

    /// Where the bytes come from. A file is read again in chunks for every pass, not held or mapped whole: a
    /// million-row export is 140 MB, and an import reads it twice (see BENCHMARKS.md, registration import).
    private enum Source {
        case memory(Data)
        case file(path: String, chunkSize: Int)
    }

    /// Opens the file, and detects its encoding and delimiter from its first 64 KiB.
    /// - Parameter chunkSize: how many bytes each read asks for; a record longer than that grows the buffer.
    public init(contentsOf url: URL, chunkSize: Int = 1 << 20) throws {
        if let problem = FileCheck.readProblem(url) { throw CSVError.unreadable(file: url.path, reason: problem) }
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: CSVFile.probeSize + 16) ?? Data()
        } catch {
            throw CSVError.unreadable(file: url.path, reason: FileCheck.reason(error))
        }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16 is converted whole; only old Excel versions write it, for small files.
            let data: Data
            do { data = try Data(contentsOf: url) } catch { throw CSVError.unreadable(file: url.path, reason: FileCheck.reason(error)) }
            try self.init(data: data, name: url.path)
            return
        }
        try self.init(head: head, source: .file(path: url.path, chunkSize: max(1, chunkSize)), name: url.path)
    }

    /// - Parameter name: how errors name the file.
    public init(data: Data, name: String) throws {
        var data = data
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = data.first == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw CSVError.unknownEncoding(file: name)
            }
            data = Data(text.utf8)
        }
        try self.init(head: data, source: .memory(data), name: name)
    }

    /// - Parameter head: the text's first bytes (at least 64 KiB and a line, or all of them).
    private init(head: Data, source: Source, name: String) throws {
        self.name = name
        self.source = source
        var start = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
        } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw CSVError.notCSV(file: name, reason: "it is a zip or Excel workbook (.xlsx); in Excel use Save As → CSV UTF-8")
        }
        // Excel's "sep=;" first line names the delimiter; the header follows on line 2.
        var declared: UInt8?
        var firstLine = 1
        if let (separator, next) = CSVFile.separatorLine(head, from: start) {
            declared = separator
            start = next
            firstLine = 2
        }
        self.start = start
        self.firstLine = firstLine
        let detected = try CSVFile.checkAndDetectDelimiter(head, from: start, name: name)
        self.delimiter = declared ?? detected
    }

    /// How much of the file's start is checked for encoding and binary data.
    private static let probeSize = 65_536

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
        switch source {
        case .memory(let data):
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var parser = RecordParser(buffer: raw.bindMemory(to: UInt8.self), position: start, delimiter: delimiter, line: firstLine, atEnd: true)
                while let record = try parser.next(fileName: name) { try body(record) }
            }
        case .file(let path, let chunkSize):
            var reader = try ChunkReader(path: path, name: name, skipping: start, chunkSize: chunkSize)
            var line = firstLine
            while true {
                let atEnd = try reader.fill()
                let consumed = try reader.withBytes { buffer in
                    var parser = RecordParser(buffer: buffer, position: 0, delimiter: delimiter, line: line, atEnd: atEnd)
                    while let record = try parser.next(fileName: name) { try body(record) }
                    line = parser.line
                    return parser.position
                }
                if atEnd { return }
                reader.drop(consumed)
            }
        }
    }

    /// Refuses text that is not UTF-8 or has NUL bytes, and picks `;`, `,` or tab from the first line.
    private static func checkAndDetectDelimiter(_ data: Data, from start: Int, name: String) throws -> UInt8 {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> UInt8 in
            let buffer = raw.bindMemory(to: UInt8.self)
            if buffer.count <= start { throw CSVError.empty(file: name) }
            // A NUL byte or invalid UTF-8 within the first 64 KiB means a binary or legacy-encoded file.
            let probe = UnsafeBufferPointer(rebasing: buffer[start..<min(buffer.count, start + probeSize)])
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
///
/// While more bytes may follow the buffer (`atEnd` false), a record that runs to the buffer's end is not returned:
/// `next` stops before it, to be read again once the buffer holds more.
private struct RecordParser {
    let buffer: UnsafeBufferPointer<UInt8>
    var position: Int
    let delimiter: UInt8
    var line: Int
    let atEnd: Bool

    mutating func next(fileName: String) throws -> CSVFile.Record? {
        let end = buffer.count
        // Skip blank lines between records; they carry no row.
        while position < end, buffer[position] == 0x0A || buffer[position] == 0x0D {
            if buffer[position] == 0x0A { line += 1 }
            position += 1
        }
        guard position < end else { return nil }
        let recordStart = position
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        while true {
            var closed = true
            if position < end, buffer[position] == UInt8(ascii: "\"") {
                position += 1
                closed = false
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
            }
            // Unquoted part (or anything after a closing quote, kept as typed).
            let fieldStart = position
            while position < end {
                let byte = buffer[position]
                if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                position += 1
            }
            if position == end && !atEnd {
                // The record may go on in the bytes not read yet (a CR may be followed by its LF).
                position = recordStart
                line = startLine
                return nil
            }
            if !closed { throw CSVError.unterminatedQuote(file: fileName, line: startLine) }
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
            } else if position == end && !atEnd {
                position = recordStart
                line = startLine
                return nil
            }
            return CSVFile.Record(line: startLine, fields: fields)
        }
    }
}

/// A file read from a given offset into one buffer that is refilled as records are consumed.
private struct ChunkReader {
    /// Closes the file when the last copy of the reader goes.
    private let handle: FileHandle
    private let name: String
    private let chunkSize: Int
    private var storage: [UInt8] = []
    private var filled = 0

    init(path: String, name: String, skipping offset: Int, chunkSize: Int) throws {
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            try handle.seek(toOffset: UInt64(offset))
        } catch {
            throw CSVError.unreadable(file: name, reason: FileCheck.reason(error))
        }
        self.name = name
        self.chunkSize = chunkSize
        storage = [UInt8](repeating: 0, count: chunkSize)
    }

    /// Reads up to one more chunk after the bytes kept; true when the file has no more.
    mutating func fill() throws -> Bool {
        if storage.count - filled < chunkSize { storage.append(contentsOf: repeatElement(0, count: chunkSize)) }
        let fd = handle.fileDescriptor, filled = self.filled
        while true {
            let count = storage.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw CSVError.unreadable(file: name, reason: String(cString: strerror(errno))) }
            self.filled += count
            return count == 0
        }
    }

    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<filled])) }
    }

    /// Forgets the first `count` bytes (records already handed out); the rest move to the front.
    mutating func drop(_ count: Int) {
        guard count > 0 else { return }
        storage.withUnsafeMutableBytes { raw in
            raw.baseAddress!.copyMemory(from: raw.baseAddress! + count, byteCount: filled - count)
        }
        filled -= count
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
    case changedWhileReading(file: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot be read (\(reason))"
        case .empty(let file): "\(file): the file is empty"
        case .noRows(let file): "\(file): has a header but no rows, so nothing was imported; check that it is the right export"
        case .changedWhileReading(let file):
            "\(file): the file changed while it was being read, so nothing was imported; import it again once it is saved"
        case .unknownEncoding(let file):
            "\(file): the text is not UTF-8; in Excel use Save As → \"CSV UTF-8 (Comma delimited)\""
        case .notCSV(let file, let reason): "\(file): not a CSV file: \(reason)"
        case .unterminatedQuote(let file, let line):
            "\(file), line \(line): a quoted field is never closed; check the quotes (\") on that line"
        }
    }
}
