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
}
