import Alumni
import Foundation

/// A buffered file writer: generating a gigabyte through `String` concatenation and `String(format:)`
/// is slow on Linux, so text is appended as bytes and written out in 4 MB blocks.
final class TextOut {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var bytes = 0

    init(_ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 22)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    func write(_ number: Int) { write(String(number)) }

    /// `number` with leading zeros to `width` digits.
    func write(_ number: Int, width: Int) {
        var digits = String(number)
        if digits.count < width { digits = String(repeating: "0", count: width - digits.count) + digits }
        write(digits)
    }

    func line(_ fields: [String], separator: String = ",") {
        write(fields.map({ CSVFile.quote($0) }).joined(separator: separator))
        write("\n")
    }

    private func flushIfFull() {
        if buffer.count >= 1 << 22 { flush() }
    }

    func flush() {
        bytes += buffer.count
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}


enum Pad {
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func four(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}
