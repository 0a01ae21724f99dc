import Testing
@testable import Outreach

@Suite("LineSplitter")
struct LineSplitterTests {
    /// Lines must come out the same whatever the chunk size, including CRLF split across chunks.
    @Test(arguments: [1, 2, 3, 7, 1_000])
    func sameLinesForAnyChunkSize(chunkSize: Int) {
        let bytes = Array("a\r\nbb\n\nccc\r\nlast".utf8)
        var splitter = LineSplitter()
        var lines: [String] = []
        var numbers: [Int] = []
        let collect = { (line: UnsafeBufferPointer<UInt8>, number: Int) -> Bool in
            lines.append(String(decoding: line, as: UTF8.self))
            numbers.append(number)
            return true
        }
        var offset = 0
        while offset < bytes.count {
            let chunk = Array(bytes[offset..<min(offset + chunkSize, bytes.count)])
            _ = chunk.withUnsafeBytes { splitter.feed($0, collect) }
            offset += chunkSize
        }
        splitter.finish(collect)
        #expect(lines == ["a", "bb", "", "ccc", "last"])
        #expect(numbers == [1, 2, 3, 4, 5])
    }
}
