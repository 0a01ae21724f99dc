import Foundation
import Testing
@testable import Alumni

@Suite struct CSVFileTests {
    func records(_ text: String) throws -> [CSVFile.Record] {
        var result: [CSVFile.Record] = []
        try CSVFile(data: Data(text.utf8), name: "t.csv").forEachRecord { result.append($0) }
        return result
    }

    @Test func quotedFieldsWithDelimitersQuotesAndLineBreaks() throws {
        let rows = try records("a,b,c\n\"Wijaya, Budi\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,,\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["Wijaya, Budi", "say \"hi\"", "two\nlines"], ["x", "", ""]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func detectsSemicolonsAndSkipsBOMAndCRLF() throws {
        let file = try CSVFile(data: Data("\u{FEFF}nik;nama\r\n1;\"A; B\"\r\n\r\n2;C\r\n".utf8), name: "t.csv")
        #expect(file.delimiter == UInt8(ascii: ";"))
        var rows: [CSVFile.Record] = []
        try file.forEachRecord { rows.append($0) }
        #expect(rows.map(\.fields) == [["nik", "nama"], ["1", "A; B"], ["2", "C"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func readsUTF16WithBOM() throws {
        var data = Data([0xFF, 0xFE])
        data.append("nik,nama\n1,Siti\n".data(using: .utf16LittleEndian)!)
        var rows: [[String]] = []
        try CSVFile(data: data, name: "t.csv").forEachRecord { rows.append($0.fields) }
        #expect(rows == [["nik", "nama"], ["1", "Siti"]])
    }

    @Test func refusesLatin1AndBinaryAndUnclosedQuotes() throws {
        #expect(throws: CSVError.unknownEncoding(file: "t.csv")) {
            try CSVFile(data: Data([0x6E, 0x61, 0x6D, 0x61, 0x0A, 0x4A, 0xF6, 0x72, 0x67, 0x0A]), name: "t.csv")
        }
        #expect(throws: CSVError.notCSV(file: "t.csv", reason: "it contains binary data")) {
            try CSVFile(data: Data([0x61, 0x00, 0x62]), name: "t.csv")
        }
        #expect(throws: CSVError.unterminatedQuote(file: "t.csv", line: 2)) { try records("a,b\n\"open,b\nc,d\n") }
        #expect(throws: CSVError.empty(file: "t.csv")) { try CSVFile(data: Data(), name: "t.csv") }
    }

    /// A file is read in chunks; a record, a quote pair `""` or a CRLF cut by a chunk's end must read as if whole.
    @Test func aFileReadInChunksOfAnySizeGivesTheSameRecords() throws {
        let text = "\u{FEFF}sep=;\r\nnik;nama;catatan\r\n1;\"Wijaya; Budi\";\"say \"\"hi\"\"\"\r\n\r\n2;\"two\r\nlines\";x\n3;Siti Rahayu;\n4;é ü 🙏;\"\"\r\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var whole: [CSVFile.Record] = []
        try CSVFile(data: Data(text.utf8), name: "t.csv").forEachRecord { whole.append($0) }
        #expect(whole.count == 5)
        for chunkSize in [1, 2, 3, 5, 7, 11, 16, 64, 1 << 20] {
            let file = try CSVFile(contentsOf: url, chunkSize: chunkSize)
            #expect(file.delimiter == UInt8(ascii: ";"))
            var read: [CSVFile.Record] = []
            try file.forEachRecord { read.append($0) }
            #expect(read.map(\.fields) == whole.map(\.fields), "chunk size \(chunkSize)")
            #expect(read.map(\.line) == whole.map(\.line), "chunk size \(chunkSize)")
        }
    }

    @Test func anUnclosedQuoteInAFileIsNamedWhateverTheChunkSize() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("open-\(UUID().uuidString).csv")
        try Data("a,b\n1,2\n\"open,b\nc,d\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        for chunkSize in [1, 4, 1 << 20] {
            #expect(throws: CSVError.unterminatedQuote(file: url.path, line: 3)) {
                try CSVFile(contentsOf: url, chunkSize: chunkSize).forEachRecord { _ in }
            }
        }
    }
}
