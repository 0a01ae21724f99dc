import Foundation

/// Sends survey messages through the WhatsApp Business Cloud API as template messages.
///
/// Business-initiated WhatsApp conversations must use an approved template; ours takes two
/// body parameters, the person's name and their reply code (see the README for the template text).
public struct WhatsAppCloudSender: MessageSender {
    public struct Configuration: Sendable {
        /// `https://graph.facebook.com/v21.0` in production.
        public var baseURL: URL
        public var phoneNumberID: String
        public var accessToken: String
        public var templateName: String
        public var languageCode: String

        public init(baseURL: URL, phoneNumberID: String, accessToken: String, templateName: String = "tracer_alumni", languageCode: String = "id") {
            self.baseURL = baseURL
            self.phoneNumberID = phoneNumberID
            self.accessToken = accessToken
            self.templateName = templateName
            self.languageCode = languageCode
        }
    }

    let configuration: Configuration
    let client = HTTPClient()

    public init(configuration: Configuration) { self.configuration = configuration }

    public func send(_ message: OutgoingMessage) async throws(SendError) -> String {
        let url = configuration.baseURL.appendingPathComponent(configuration.phoneNumberID).appendingPathComponent("messages")
        let to = message.recipient.hasPrefix("+") ? String(message.recipient.dropFirst()) : message.recipient
        let body = TemplateRequest(
            to: to,
            template: .init(
                name: configuration.templateName, language: .init(code: configuration.languageCode),
                components: [.init(parameters: [.init(text: message.name), .init(text: message.replyCode)])]))
        let response = try await client.postJSON(url, body: body, headers: ["Authorization": "Bearer \(configuration.accessToken)"])
        let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        if (200..<300).contains(response.status),
            let id = (json?["messages"] as? [[String: Any]])?.first?["id"] as? String
        {
            return id
        }
        let error = json?["error"] as? [String: Any]
        let code = error?["code"] as? Int
        let text = (error?["message"] as? String) ?? "HTTP \(response.status)"
        // 130429 and 131056 are WhatsApp's throughput and pair rate limits; 4 and 80007 the app/account limits.
        if response.status == 429 || [4, 80007, 130429, 131056].contains(code ?? 0) {
            throw .rateLimited(retryAfter: response.retryAfter)
        }
        if response.status == 401 || response.status == 403 || code == 190 { throw .configuration(text) }
        if response.status >= 500 || response.status == 0 { throw .temporary(text) }
        throw .refused(text)
    }
}

/// The Cloud API's template message body, as its documentation gives it.
private struct TemplateRequest: Encodable {
    struct Template: Encodable {
        struct Language: Encodable { var code: String }
        struct Component: Encodable {
            var type = "body"
            var parameters: [Parameter]
        }
        struct Parameter: Encodable {
            var type = "text"
            var text: String
        }
        var name: String
        var language: Language
        var components: [Component]
    }

    var messaging_product = "whatsapp"
    var recipient_type = "individual"
    var to: String
    var type = "template"
    var template: Template
}
