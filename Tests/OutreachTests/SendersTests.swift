import Foundation
import Testing
@testable import Outreach

@Suite struct SendersTests {
    let message = OutgoingMessage(recipient: "+6281234567001", name: "Siti", replyCode: "JJK-4F7Q", text: "Halo Siti")
    let fast = RetryPolicy(maxAttempts: 4, baseDelay: 0.01, maxDelay: 0.05, minimumInterval: 0)

    @Test func whatsAppTemplateMessageAsDocumented() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .init(status: 200, body: #"{"messaging_product":"whatsapp","contacts":[{"input":"6281234567001","wa_id":"6281234567001"}],"messages":[{"id":"wamid.HBgLNjI4"}]}"#)
        }
        defer { server.stop() }
        let sender = WhatsAppCloudSender(configuration: .init(baseURL: server.baseURL.appendingPathComponent("v21.0"), phoneNumberID: "1055", accessToken: "TOKEN"))
        let id = try await sender.send(message)
        #expect(id == "wamid.HBgLNjI4")
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v21.0/1055/messages")
        #expect(request.headers["authorization"] == "Bearer TOKEN")
        let json = try #require(request.json)
        #expect(json["to"] as? String == "6281234567001")
        #expect(json["type"] as? String == "template")
        let template = try #require(json["template"] as? [String: Any])
        let parameters = (template["components"] as? [[String: Any]])?.first?["parameters"] as? [[String: Any]]
        #expect(parameters?.compactMap { $0["text"] as? String } == ["Siti", "JJK-4F7Q"])
    }

    @Test func whatsAppRateLimitIsRetriedThenSucceeds() async throws {
        let server = try LoopbackHTTPServer { _, number in
            number < 2
                ? .init(status: 429, headers: ["Retry-After": "0"], body: #"{"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429}}"#)
                : .init(status: 200, body: #"{"messages":[{"id":"wamid.OK"}]}"#)
        }
        defer { server.stop() }
        let sender = WhatsAppCloudSender(configuration: .init(baseURL: server.baseURL, phoneNumberID: "1", accessToken: "T"))
        let id = try await fast.run { () async throws(SendError) in try await sender.send(message) }
        #expect(id == "wamid.OK")
        #expect(server.requests.count == 3)
    }

    @Test func whatsAppRefusalIsNotRetried() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .init(status: 400, body: #"{"error":{"message":"(#131026) Message undeliverable","type":"OAuthException","code":131026}}"#)
        }
        defer { server.stop() }
        let sender = WhatsAppCloudSender(configuration: .init(baseURL: server.baseURL, phoneNumberID: "1", accessToken: "T"))
        await #expect(throws: SendError.refused("(#131026) Message undeliverable")) {
            try await fast.run { () async throws(SendError) in try await sender.send(message) }
        }
        #expect(server.requests.count == 1)
    }

    @Test func badTokenIsAConfigurationError() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .init(status: 401, body: #"{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}}"#)
        }
        defer { server.stop() }
        let sender = WhatsAppCloudSender(configuration: .init(baseURL: server.baseURL, phoneNumberID: "1", accessToken: "bad"))
        await #expect(throws: SendError.configuration("Invalid OAuth access token.")) { try await sender.send(message) }
    }

    @Test func telegramSendMessageAndItsRetryAfter() async throws {
        let server = try LoopbackHTTPServer { _, number in
            number == 0
                ? .init(status: 429, body: #"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 0","parameters":{"retry_after":0}}"#)
                : .init(status: 200, body: #"{"ok":true,"result":{"message_id":42,"chat":{"id":123456789,"type":"private"},"date":1740000000,"text":"Halo Siti"}}"#)
        }
        defer { server.stop() }
        let sender = TelegramBotSender(configuration: .init(baseURL: server.baseURL, token: "123:ABC"))
        let id = try await fast.run { () async throws(SendError) in
            try await sender.send(OutgoingMessage(recipient: "123456789", name: "Siti", replyCode: "JJK-4F7Q", text: "Halo Siti"))
        }
        #expect(id == "42")
        #expect(server.requests.map(\.path) == ["/bot123:ABC/sendMessage", "/bot123:ABC/sendMessage"])
        #expect(server.requests.last?.json?["chat_id"] as? String == "123456789")
    }

    @Test func telegramBlockedByUserIsRefused() async throws {
        let server = try LoopbackHTTPServer { _, _ in
            .init(status: 403, body: #"{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"#)
        }
        defer { server.stop() }
        let sender = TelegramBotSender(configuration: .init(baseURL: server.baseURL, token: "1:A"))
        await #expect(throws: SendError.refused("Forbidden: bot was blocked by the user")) { try await sender.send(message) }
    }

    @Test func unreachableServerIsTemporary() async throws {
        let (port, descriptor) = LoopbackHTTPServer.refusingPort()
        defer { close(descriptor) }
        let sender = TelegramBotSender(configuration: .init(baseURL: URL(string: "http://127.0.0.1:\(port)")!, token: "1:A"))
        await #expect {
            try await sender.send(message)
        } throws: { error in
            if case SendError.temporary = error { return true }
            return false
        }
    }
}
