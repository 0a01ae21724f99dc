#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a stream of byte chunks into lines without copying whole files into memory.
///
/// Lines are handed out as views into the chunk when they fit in one; only a line that straddles
/// two chunks is copied into `carry`. A trailing `\r` (CRLF exports from iOS) is dropped.
struct LineSplitter {
    private var carry: [UInt8] = []
    private(set) var lineNumber = 0

    /// Feeds one chunk; calls `onLine(line, number)` for each complete line. Returns false as soon
    /// as `onLine` returns false (the caller has seen enough).
    mutating func feed(
        _ chunk: UnsafeRawBufferPointer,
        _ onLine: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool
    ) rethrows -> Bool {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return true }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        let count = chunk.count
        var start = 0
        if !carry.isEmpty {
            guard let nl = memchr(bytes, 0x0A, count) else {
                carry.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
                return true
            }
            let n = UnsafePointer<UInt8>(nl.assumingMemoryBound(to: UInt8.self)) - bytes
            carry.append(contentsOf: UnsafeBufferPointer(start: bytes, count: n))
            let more = try emitCarry(onLine)
            carry.removeAll(keepingCapacity: true)
            guard more else { return false }
            start = n + 1
        }
        while start < count {
            guard let nl = memchr(bytes + start, 0x0A, count - start) else { break }
            let end = UnsafePointer<UInt8>(nl.assumingMemoryBound(to: UInt8.self)) - bytes
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            guard try onLine(UnsafeBufferPointer(start: bytes + start, count: lineEnd - start), lineNumber) else {
                return false
            }
            start = end + 1
        }
        if start < count {
            carry.append(contentsOf: UnsafeBufferPointer(start: bytes + start, count: count - start))
        }
        return true
    }

    /// Emits the last line when the file does not end with a newline.
    mutating func finish(_ onLine: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) rethrows {
        guard !carry.isEmpty else { return }
        _ = try emitCarry(onLine)
        carry.removeAll()
    }

    private mutating func emitCarry(_ onLine: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) rethrows -> Bool {
        lineNumber += 1
        if carry.last == 0x0D { carry.removeLast() }
        let number = lineNumber
        return try carry.withUnsafeBufferPointer { try onLine($0, number) }
    }
}
