import Foundation

/// One `message_N.json` as the first pass over it found it: checked to be JSON and a message file, its thread
/// header read, and its messages counted and placed, without keeping any of them.
///
/// Files list messages newest first. When the file keeps to that (`newestFirst`), the second pass reads it
/// backwards a stretch at a time from `stretchStarts`, so a thread comes out oldest first in the memory of one
/// stretch whatever the file's size.
struct InstagramPartScan {
    var fileName: String
    var participants: [String]?
    var title: String?
    var threadPath: String?
    var count = 0
    /// Whether every timestamp is at or before the one above it in the file.
    var newestFirst = true
    /// Where messages `0`, `stretch`, `2 × stretch`… start, and their line.
    var stretchStarts: [(offset: Int, line: Int)] = []
    /// Records that will not be emitted, by index, in file order.
    var skipped: [(index: Int, reason: String)] = []

    /// Messages per stretch read back in the second pass.
    static let stretch = 2048

    /// Walks the whole file once.
    /// - Throws: `ChatExportError.invalidJSON` or `.notAnInstagramExport`.
    static func scan(_ source: JSONStream.Source, fileName: String, path: String) throws -> InstagramPartScan {
        var part = InstagramPartScan(fileName: fileName)
        var hasMessages = false, broken = false
        var stream: JSONStream
        do {
            stream = try source.open()
        } catch {
            throw ChatExportError.unreadable(file: path, reason: error.localizedDescription)
        }
        do {
            guard try stream.peekToken() == UInt8(ascii: "{") else {
                try stream.skipValue()
                try stream.requireEnd()
                throw ChatExportError.notAnInstagramExport(file: path)
            }
            try stream.members { stream, key in
                switch key {
                case "messages" where try stream.peekToken() == UInt8(ascii: "["):
                    hasMessages = true
                    try part.scanMessages(&stream)
                case "participants" where try stream.peekToken() == UInt8(ascii: "n"),
                     "title" where try stream.peekToken() == UInt8(ascii: "n"),
                     "thread_path" where try stream.peekToken() == UInt8(ascii: "n"):
                    try stream.skipValue()  // null: not given
                case "participants":
                    let (bytes, _) = try stream.captureValue()
                    guard let listed = try? JSONDecoder().decode([Participant].self, from: bytes) else {
                        broken = true
                        return
                    }
                    part.participants = listed.compactMap(\.name)
                case "title", "thread_path":
                    guard try stream.peekToken() == UInt8(ascii: "\"") else {
                        broken = true
                        return try stream.skipValue()
                    }
                    let value = try stream.readString()
                    if key == "title" { part.title = value } else { part.threadPath = value }
                case "messages":
                    broken = true
                    try stream.skipValue()
                default:
                    try stream.skipValue()
                }
            }
            try stream.requireEnd()
        } catch let invalid as JSONStream.Invalid {
            throw ChatExportError.invalidJSON(file: path, reason: "line \(invalid.line): \(invalid.reason)")
        }
        guard hasMessages, !broken else { throw ChatExportError.notAnInstagramExport(file: path) }
        return part
    }

    private struct Participant: Decodable { var name: String? }

    private mutating func scanMessages(_ stream: inout JSONStream) throws {
        var previous = Int64.max
        try stream.elements { stream in
            _ = try stream.peekToken()
            if count % Self.stretch == 0 { stretchStarts.append((stream.offset, stream.line)) }
            defer { count += 1 }
            guard try stream.peekToken() == UInt8(ascii: "{") else {
                try stream.skipValue()
                skipped.append((count, "the record is not a JSON object"))
                return
            }
            var time: Int64?
            try stream.members { stream, key in
                if key == "timestamp_ms" { time = try stream.integerValue() } else { try stream.skipValue() }
            }
            guard let time else {
                skipped.append((count, "the message has no timestamp_ms; skipped"))
                return
            }
            newestFirst = newestFirst && time <= previous
            previous = time
        }
    }
}
