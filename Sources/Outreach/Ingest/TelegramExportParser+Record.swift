import Foundation

/// Turning one decoded Telegram record into a message, a poll or an issue.
extension TelegramExportParser {
    enum Outcome {
        case message(ChatMessage)
        case poll(ChannelPoll)
        case issue(String)
    }

    func interpret(_ record: TelegramMessageRecord, in chat: ChatContext, position: String, reader: ISOLocalDateReader) -> Outcome {
        if let malformed = record.malformed { return .issue(malformed) }
        if record.type == "unsupported" {
            return .issue("Telegram could not export this record (type \"unsupported\"); skipped")
        }
        let time: Date
        switch readTime(record, reader: reader) {
        case .success(let date): time = date
        case .failure(let reason): return .issue(reason.message)
        }

        if let poll = record.poll {
            return .poll(ChannelPoll(
                chat: chat.name, time: time,
                question: poll.question?.flattened ?? "",
                answers: (poll.answers ?? []).map { .init(text: $0.text?.flattened ?? "", voters: $0.voters ?? 0) },
                totalVoters: poll.total_voters ?? 0,
                closed: poll.closed ?? false,
                position: position))
        }

        let text = record.text ?? ""
        if record.type == "service" {
            return .message(ChatMessage(
                chat: chat.name, sender: SenderName.clean(record.actor),
                senderID: senderID(record.actorID, in: chat), time: time,
                text: text.isEmpty ? (record.action ?? "") : text, kind: .system, position: position))
        }
        return .message(ChatMessage(
            chat: chat.name, sender: SenderName.clean(record.from),
            senderID: senderID(record.fromID, in: chat), time: time,
            text: text, kind: text.isEmpty && record.hasMedia ? .media : .text, position: position))
    }

    /// `date_unixtime` (UTC seconds) when present, else `date` read in `timeZone`.
    private func readTime(_ record: TelegramMessageRecord, reader: ISOLocalDateReader) -> Result<Date, TimeProblem> {
        if let unix = record.dateUnixtime {
            guard let seconds = Int64(unix) else { return .failure(.badUnixTime(unix)) }
            return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        guard let date = record.date else { return .failure(.missing) }
        guard let parsed = reader.date(from: date) else { return .failure(.badDate(date)) }
        return .success(parsed)
    }

    /// The id rule in the type's documentation.
    private func senderID(_ id: TelegramPeerID?, in chat: ChatContext) -> String? {
        guard let id else { return nil }
        guard id.isBareNumber else { return id.raw }
        return (chat.isChannel ? "channel" : "user") + id.raw
    }

    struct TimeProblem: Error {
        var message: String
        static let missing = TimeProblem(message: "the record has no date (neither date_unixtime nor date); skipped")
        static func badUnixTime(_ value: String) -> TimeProblem {
            TimeProblem(message: "date_unixtime \"\(value)\" is not a number of seconds; skipped")
        }
        static func badDate(_ value: String) -> TimeProblem {
            TimeProblem(message: "date \"\(value)\" is not an ISO date such as 2024-05-01T09:30:00; skipped")
        }
    }
}
