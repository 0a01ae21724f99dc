import Foundation
import Outreach

/// Times Jejak's WhatsApp parser alone — no database, no matching — for the parse-only comparison with the
/// Python parsers, which also only parse. Every message's text is touched so nothing is optimised away.
enum ParseOnly {
    static func run(_ file: URL) throws -> String {
        let start = Date()
        var bytes = 0
        let summary = try WhatsAppExportParser().parse(fileAt: file) { message in bytes &+= message.text.utf8.count }
        let seconds = Date().timeIntervalSince(start)
        return "messages=\(summary.messages) system=\(summary.system) text_bytes=\(bytes) parse_s=\(String(format: "%.3f", seconds))"
    }
}
