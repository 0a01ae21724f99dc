import Alumni
import Foundation
import Hummingbird
import HummingbirdTesting
import Impact
import Outreach
import TestSupport
import Web

/// The small centre of the Impact tests with the server's tables, two review items (one with markup in its text),
/// an official and a staff user (tokens and passwords), and a server over it.
struct WebFixture {
    static let password = "rahasia-123"

    let database: JejakDatabase
    let server: WebServer
    let officialToken: String
    let staffToken: String

    static func make(onDisk: Bool = false) async throws -> WebFixture {
        let database = try makeSmallCentre(onDisk: onDisk, modules: WebSchema.modules)
        // Two one-to-one chats with contacts no graduate can be matched to: they wait for staff.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("21/09/25 09.00 - Pak Joko: sudah kerja di bengkel <b>Maju</b>".utf8)
            .write(to: folder.appendingPathComponent("WhatsApp Chat with Pak Joko.txt"))
        try Data("21/09/25 09.05 - Bu Sari: 3".utf8).write(to: folder.appendingPathComponent("WhatsApp Chat with Bu Sari.txt"))
        _ = try ChatIngest(database: database).ingest([folder], now: LocalDateTime(parsing: "2025-10-01 09:00")!)
        let users = UserStore(database: database, passwordCost: 4)
        let now = LocalDateTime(parsing: "2025-10-01 09:00")!
        let official = try users.add(name: "ofi", role: .official, now: now)
        let staff = try users.add(name: "budi", role: .staff, now: now)
        try users.setPassword(name: "ofi", password: password)
        try users.setPassword(name: "budi", password: password)
        let server = try await WebServer(database: database, passwordCost: 4, patience: .seconds(30))
        return WebFixture(database: database, server: server, officialToken: official.token, staffToken: staff.token)
    }

    /// Runs `body` against the router (no sockets).
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await server.application(host: "127.0.0.1", port: 0).test(.router, body)
    }
}

extension HTTPFields {
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The JSON body as a dictionary.
    var object: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }

    /// The values of the Set-Cookie headers.
    var cookies: [String] { headers[values: .setCookie] }
}
