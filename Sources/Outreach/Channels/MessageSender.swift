import Foundation

/// One survey message ready to go to one person.
public struct OutgoingMessage: Sendable, Equatable {
    /// E.164 phone (WhatsApp) or chat id (Telegram).
    public var recipient: String
    public var name: String
    /// The personal reply code the message carries.
    public var replyCode: String
    /// The full text, for channels that send free text (Telegram).
    public var text: String

    public init(recipient: String, name: String, replyCode: String, text: String) {
        self.recipient = recipient
        self.name = name
        self.replyCode = replyCode
        self.text = text
    }
}

/// A channel Jejak can send through. The real senders talk HTTPS to an API; tests point them at a loopback server.
public protocol MessageSender: Sendable {
    /// Sends one message and returns the provider's message id.
    func send(_ message: OutgoingMessage) async throws(SendError) -> String
}

/// Why a send failed, and whether trying again can help.
public enum SendError: Error, Equatable, LocalizedError {
    /// The API asked us to slow down (HTTP 429 or its own rate-limit code); wait `retryAfter` seconds if given.
    case rateLimited(retryAfter: Double?)
    /// A temporary fault (5xx, network); worth retrying.
    case temporary(String)
    /// The API refused this message (invalid number, not on WhatsApp, bot blocked); retrying will not help.
    case refused(String)
    /// Token or configuration is wrong; every further send would fail the same way.
    case configuration(String)

    public var errorDescription: String? {
        switch self {
        case .rateLimited(let after): "rate limited by the API" + (after.map { " (retry after \($0) s)" } ?? "")
        case .temporary(let reason): "temporary failure: \(reason)"
        case .refused(let reason): "refused: \(reason)"
        case .configuration(let reason): "configuration problem: \(reason); check the endpoint and token"
        }
    }
}
