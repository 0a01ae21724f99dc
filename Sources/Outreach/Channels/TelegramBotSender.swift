import Foundation

/// Sends survey messages through the Telegram Bot API (`sendMessage`).
///
/// A bot can only write to people who have started it, by numeric chat id; Jejak learns those ids
/// from Telegram exports once a person's reply has been matched (see `ContactAliases`).
public struct TelegramBotSender: MessageSender {
    public struct Configuration: Sendable {
        /// `https://api.telegram.org` in production.
        public var baseURL: URL
        public var token: String

        public init(baseURL: URL, token: String) {
            self.baseURL = baseURL
            self.token = token
        }
    }

    let configuration: Configuration
    let client = HTTPClient()

    public init(configuration: Configuration) { self.configuration = configuration }

    public func send(_ message: OutgoingMessage) async throws(SendError) -> String {
        let url = configuration.baseURL.appendingPathComponent("bot\(configuration.token)").appendingPathComponent("sendMessage")
        let response = try await client.postJSON(url, body: ["chat_id": message.recipient, "text": message.text])
        let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        if json?["ok"] as? Bool == true, let result = json?["result"] as? [String: Any], let id = result["message_id"] as? Int {
            return String(id)
        }
        let description = (json?["description"] as? String) ?? "HTTP \(response.status)"
        let errorCode = (json?["error_code"] as? Int) ?? response.status
        switch errorCode {
        case 429:
            let retry = ((json?["parameters"] as? [String: Any])?["retry_after"] as? Double) ?? response.retryAfter
            throw .rateLimited(retryAfter: retry)
        case 401, 404: throw .configuration(description)
        case 500...599, 0: throw .temporary(description)
        default: throw .refused(description)
        }
    }
}
