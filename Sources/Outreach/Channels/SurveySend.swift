import Alumni
import Foundation

/// Sends a wave through an API, paced and retried, recording each send so nobody gets the same wave twice.
public struct SurveySend: Sendable {
    public struct Summary: Sendable, Encodable, Equatable {
        public var sent = 0
        public var failed: [Failure] = []
        public var unreachable = 0
        public var alreadySent = 0

        public struct Failure: Sendable, Encodable, Equatable {
            public var nik: String
            public var reason: String
        }

        enum CodingKeys: String, CodingKey {
            case sent, failed, unreachable
            case alreadySent = "already_sent"
        }
    }

    let outbox: SurveyOutbox
    let sender: any MessageSender
    let policy: RetryPolicy

    public init(outbox: SurveyOutbox, sender: any MessageSender, policy: RetryPolicy = RetryPolicy()) {
        self.outbox = outbox
        self.sender = sender
        self.policy = policy
    }

    /// - Parameter progress: called after each message with (done, total).
    public func run(
        wave: Int, channel: SurveyChannel, asOf: CivilDate, classCode: String? = nil, includeExported: Bool = false,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Summary {
        let batch = try outbox.prepare(wave: wave, channel: channel, asOf: asOf, classCode: classCode, forSending: true,
                                       includeExported: includeExported, now: .now())
        var summary = Summary(unreachable: batch.unreachable.count, alreadySent: batch.alreadySent)
        for (index, recipient) in batch.recipients.enumerated() {
            if index > 0, policy.minimumInterval > 0 {
                try? await Task.sleep(nanoseconds: UInt64(policy.minimumInterval * 1_000_000_000))
            }
            let message = OutgoingMessage(recipient: recipient.address, name: recipient.due.name.split(separator: " ").first.map(String.init) ?? recipient.due.name,
                                          replyCode: recipient.code.text, text: recipient.message)
            let result: Result<String, SendError>
            do {
                result = .success(try await policy.run { () async throws(SendError) in try await sender.send(message) })
            } catch {
                result = .failure(error)
            }
            try outbox.recordSend(recipient, wave: wave, channel: channel, result: result, at: .now())
            switch result {
            case .success: summary.sent += 1
            case .failure(let error):
                summary.failed.append(.init(nik: recipient.due.nik, reason: error.localizedDescription))
                // A bad token fails every message the same way: stop instead of hammering the API.
                if case .configuration = error { throw error }
            }
            progress?(index + 1, batch.recipients.count)
        }
        return summary
    }
}
