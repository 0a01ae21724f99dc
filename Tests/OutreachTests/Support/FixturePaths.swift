import Foundation

/// Where test inputs live: our own fixtures (bundled) and the shared real exports (never copied).
enum FixturePaths {
    /// A file or folder under `Tests/OutreachTests/Fixtures/`.
    static func own(_ relativePath: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent(relativePath)
    }

    /// `shared/fixtures/exports`, found by walking up from this file to a sibling `shared/`
    /// (the repository's `../shared`); nil when absent, so those tests skip.
    static let sharedExports: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        var candidates: [URL] = []
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("shared/fixtures/exports"))
            folder.deleteLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    /// One of our own WhatsApp exports under `Fixtures/whatsapp/`.
    static func whatsApp(_ name: String) -> URL { own("whatsapp/" + name) }

    /// A real WhatsApp export under the shared fixtures, when that folder exists.
    static func realWhatsApp(_ relativePath: String) -> URL? {
        sharedExports?.appendingPathComponent("whatsapp/\(relativePath)")
    }

    static func shared(_ relativePath: String) -> URL? {
        guard let url = sharedExports?.appendingPathComponent(relativePath),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }
}

/// Expected rows in chat-miner's `expected_target.json`.
struct ChatMinerTarget: Decodable, Equatable {
    var timestamp: String
    var author: String
    var message: String

    static func load(_ url: URL) throws -> [ChatMinerTarget] {
        try JSONDecoder().decode([ChatMinerTarget].self, from: Data(contentsOf: url))
    }

    /// chat-miner's timestamp format: UTC, no zone, seconds.
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
