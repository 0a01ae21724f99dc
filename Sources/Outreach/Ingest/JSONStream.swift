import Foundation

/// Walks a JSON document a value at a time, reading the file in 1 MiB chunks, so an export of any size is read in
/// the memory of its largest record.
///
/// It checks the grammar as it goes (`skipValue`), reads object keys and small strings and numbers, and hands out a
/// whole value's bytes (`captureValue`) for `JSONDecoder` to decode on its own. Telegram's invalid `\xHH` escapes are
/// let through: `TelegramEscapeRepair` mends them in the captured bytes. A walk can start again at a byte `offset`
/// noted earlier (`Source.open(at:line:)`), which is how Instagram's newest-first files are read backwards.
struct JSONStream {
    /// Where the bytes come from: a file, read in chunks, or bytes already in memory (shared, not copied).
    enum Source {
        case file(URL)
        case bytes([UInt8])

        /// A stream at `offset`, whose byte is on `line`.
        func open(at offset: Int = 0, line: Int = 1) throws -> JSONStream {
            switch self {
            case .file(let url):
                let handle = try FileHandle(forReadingFrom: url)
                if offset > 0 { try handle.seek(toOffset: UInt64(offset)) }
                return JSONStream(file: handle, offset: offset, line: line)
            case .bytes(let bytes):
                return JSONStream(bytes: bytes, offset: offset, line: line)
            }
        }
    }

    /// Why the bytes are not JSON, and on which line.
    struct Invalid: Error {
        var line: Int
        var reason: String
    }

    private let file: FileHandle?
    private var buffer: [UInt8]
    /// The file offset of `buffer[0]`.
    private var bufferStart = 0
    private var position = 0
    private var exhausted: Bool
    /// The line the next byte is on.
    private(set) var line = 1
    /// While a value is captured, the bytes read go here too.
    private var capture: [UInt8]?
    private static let chunk = 1 << 20

    init(file: FileHandle, offset: Int = 0, line: Int = 1) {
        self.file = file
        buffer = []
        bufferStart = offset
        exhausted = false
        self.line = line
    }

    init(data: Data) {
        self.init(bytes: Array(data))
    }

    init(bytes: [UInt8], offset: Int = 0, line: Int = 1) {
        file = nil
        buffer = bytes
        position = offset
        exhausted = true
        self.line = line
    }

    /// The offset in the document of the next byte.
    var offset: Int { bufferStart + position }

    // MARK: Bytes

    /// The next byte without taking it; nil at the end.
    private mutating func peek() throws -> UInt8? {
        if position == buffer.count {
            guard !exhausted, let file else { return nil }
            let next = try file.read(upToCount: Self.chunk) ?? Data()
            if next.isEmpty {
                exhausted = true
                return nil
            }
            bufferStart += buffer.count
            buffer = Array(next)
            position = 0
        }
        return buffer[position]
    }

    private mutating func take() throws -> UInt8 {
        guard let byte = try peek() else { throw Invalid(line: line, reason: "the file ends in the middle of a value") }
        position += 1
        if byte == 0x0A { line += 1 }
        capture?.append(byte)
        return byte
    }

    /// The next byte that is not white space, not taken; nil at the end.
    mutating func peekToken() throws -> UInt8? {
        while let byte = try peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { _ = try take() }
        return try peek()
    }

    mutating func expect(_ byte: UInt8) throws {
        guard try peekToken() == byte else { throw try unexpected("\"\(Character(Unicode.Scalar(byte)))\"") }
        _ = try take()
    }

    /// Whether the next token is `byte`; takes it if so.
    mutating func consume(_ byte: UInt8) throws -> Bool {
        guard try peekToken() == byte else { return false }
        _ = try take()
        return true
    }

    private mutating func unexpected(_ wanted: String) throws -> Invalid {
        guard let byte = try peekToken() else { return Invalid(line: line, reason: "the file ends where \(wanted) was expected") }
        let found = byte < 0x80 && byte >= 0x20 ? "\"\(Character(Unicode.Scalar(byte)))\"" : String(format: "byte 0x%02X", byte)
        return Invalid(line: line, reason: "expected \(wanted), found \(found)")
    }

    // MARK: Containers

    /// Reads an object, handing each key to `member`, which must take the key's value from the stream.
    mutating func members(_ member: (inout JSONStream, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Reads an array, calling `element` at each element, which must take it from the stream.
    mutating func elements(_ element: (inout JSONStream) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try consume(UInt8(ascii: "]")) { return }
        repeat { try element(&self) } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    /// Throws unless only white space is left.
    mutating func requireEnd() throws {
        if try peekToken() != nil { throw Invalid(line: line, reason: "more text after the end of the JSON value") }
    }

    // MARK: Values

    /// Deeper nesting than any export has is refused rather than recursed into.
    private static let maximumDepth = 256

    /// Steps over one value, checking its grammar.
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < Self.maximumDepth else { throw Invalid(line: line, reason: "values nested more than \(Self.maximumDepth) deep") }
        guard let next = try peekToken() else { throw try unexpected("a value") }
        switch next {
        case UInt8(ascii: "{"):
            _ = try take()
            if try consume(UInt8(ascii: "}")) { return }
            repeat {
                guard try peekToken() == UInt8(ascii: "\"") else { throw try unexpected("a key") }
                try skipString()
                try expect(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            } while try consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            _ = try take()
            if try consume(UInt8(ascii: "]")) { return }
            repeat { try skipValue(depth: depth + 1) } while try consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw try unexpected("a value")
        }
    }

    /// The bytes of the next value, checked, and the line it starts on.
    mutating func captureValue() throws -> (bytes: Data, line: Int) {
        _ = try peekToken()
        let start = line
        capture = []
        defer { capture = nil }
        try skipValue()
        return (Data(capture ?? []), start)
    }

    /// The next value when it is a string, else nil (and the value is stepped over).
    mutating func stringValue() throws -> String? {
        guard try peekToken() == UInt8(ascii: "\"") else {
            try skipValue()
            return nil
        }
        return try readString()
    }

    /// The next value when it is a whole number ("5", "5.0", "5e3"), else nil (and the value is stepped over).
    mutating func integerValue() throws -> Int64? {
        guard let byte = try peekToken(), byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
            try skipValue()
            return nil
        }
        let text = try number()
        return Int64(text) ?? Double(text).flatMap { Int64(exactly: $0) }
    }

    /// A string token, unescaped (`\uXXXX` with surrogate pairs; Telegram's `\xHH` as U+00HH).
    mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        var bytes: [UInt8] = []
        while true {
            let byte = try take()
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: bytes, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escaped = try take()
                switch escaped {
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "u"), UInt8(ascii: "x"):
                    var value = try hex(escaped == UInt8(ascii: "u") ? 4 : 2)
                    if (0xD800..<0xDC00).contains(value), try peek() == UInt8(ascii: "\\") {
                        _ = try take()
                        guard try take() == UInt8(ascii: "u") else { throw Invalid(line: line, reason: "a broken \\u escape") }
                        let low = try hex(4)
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    bytes += Array(String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")).utf8)
                default: bytes.append(escaped)
                }
            case 0..<0x20 where byte != 0x09: throw Invalid(line: line, reason: "a line break or control character inside a string")
            default: bytes.append(byte)
            }
        }
    }

    private mutating func skipString() throws {
        try expect(UInt8(ascii: "\""))
        while true {
            let byte = try take()
            if byte == UInt8(ascii: "\"") { return }
            if byte == UInt8(ascii: "\\") { _ = try take() } else if byte < 0x20 && byte != 0x09 {
                throw Invalid(line: line, reason: "a line break or control character inside a string")
            }
        }
    }

    private mutating func hex(_ digits: Int) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            let byte = try take()
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw Invalid(line: line, reason: "a broken escape in a string") }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private mutating func number() throws -> String {
        var text = ""
        while let byte = try peek(), byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        {
            text.append(Character(Unicode.Scalar(try take())))
        }
        guard Double(text) != nil else { throw Invalid(line: line, reason: "\"\(text)\" is not a number") }
        return text
    }

    private mutating func literal(_ word: String) throws {
        for expected in word.utf8 where try take() != expected { throw Invalid(line: line, reason: "expected \(word)") }
    }
}
