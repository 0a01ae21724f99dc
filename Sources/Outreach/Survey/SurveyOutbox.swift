import Alumni
import Foundation
import GRDB

/// Who gets a wave's message on a channel, with their personal reply code and text; the common
/// first step of exporting messages for staff to send and sending them through an API.
///
/// Every person prepared gets a `survey_message` row, so a reply carrying the code — or a reply that
/// comes after it — is tied to this wave, and nobody is sent the same wave twice.
public struct SurveyOutbox: Sendable {
    public struct Recipient: Sendable, Equatable {
        public var due: SurveyWaves.Due
        /// E.164 phone, Instagram handle, Telegram username or chat id.
        public var address: String
        public var code: ReplyCode
        public var message: String
    }

    public struct Unreachable: Sendable, Equatable, Encodable {
        public var due: SurveyWaves.Due
        public var reason: String

        enum CodingKeys: String, CodingKey { case nik, name, classCode = "class", reason }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(due.nik, forKey: .nik)
            try c.encode(due.name, forKey: .name)
            try c.encode(due.classCode, forKey: .classCode)
            try c.encode(reason, forKey: .reason)
        }
    }

    public struct Batch: Sendable {
        public var wave: Int
        public var channel: SurveyChannel
        public var recipients: [Recipient]
        public var unreachable: [Unreachable]
        /// Due people skipped because this wave already went to them.
        public var alreadySent: Int
    }

    let database: JejakDatabase
    public let questionnaire: Questionnaire
    let language: SurveyLanguage

    public init(database: JejakDatabase, questionnaire: Questionnaire = .default, language: SurveyLanguage = .indonesian) {
        self.database = database
        self.questionnaire = questionnaire
        self.language = language
    }

    /// Prepares the messages of `wave` on `channel` for everyone due on `asOf` who has not answered,
    /// consented to contact, and can be reached there.
    ///
    /// For `survey export` the messages are recorded as exported (staff send them); for `survey send` as queued,
    /// and only an API's acceptance (`recordSend`) makes one sent — so a run stopped by a bad token, a crash or
    /// a kill leaves the rest queued, and the next run sends exactly those.
    /// - Parameters:
    ///   - forSending: true for `survey send` (needs a Telegram chat id; skips people exported for this channel
    ///     unless `includeExported`), false for `survey export`.
    public func prepare(
        wave: Int, channel: SurveyChannel, asOf: CivilDate, classCode: String? = nil, forSending: Bool = false,
        includeExported: Bool = false, now: LocalDateTime
    ) throws -> Batch {
        try database.write { db in
            var batch = Batch(wave: wave, channel: channel, recipients: [], unreachable: [], alreadySent: 0)
            for due in try SurveyWaves.due(wave: wave, asOf: asOf, classCode: classCode, db) {
                let history = try Row.fetchAll(db, sql: "SELECT channel, delivery, reply_code FROM survey_message WHERE enrollment_id = ? AND wave = ?",
                                               arguments: [due.enrollmentID, wave])
                let mine = history.first { $0["channel"] == channel.rawValue }
                let delivery: String? = mine?["delivery"]
                if history.contains(where: { $0["delivery"] == "sent" }) || (forSending && !includeExported && delivery == "exported") {
                    batch.alreadySent += 1
                    continue
                }
                guard due.consent == true else {
                    batch.unreachable.append(.init(due: due, reason: due.consent == false ? "declined follow-up contact" : "consent to follow-up contact not recorded"))
                    continue
                }
                guard let address = address(of: due, on: channel, forSending: forSending) else {
                    let reason = forSending && channel == .telegram && due.telegram != nil
                        ? "no Telegram chat id yet (learned once a Telegram reply is matched)" : channel.missingContact
                    batch.unreachable.append(.init(due: due, reason: reason))
                    continue
                }
                let code = try replyCode(for: due, wave: wave, history: history, db)
                let state = forSending ? "queued" : "exported"
                if mine == nil {
                    try db.execute(sql: """
                        INSERT INTO survey_message(enrollment_id, wave, channel, reply_code, prepared_at, delivery)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [due.enrollmentID, wave, channel.rawValue, code.text, now, state])
                } else if !forSending {
                    // A send that never got through is handed to staff instead.
                    try db.execute(sql: "UPDATE survey_message SET delivery = 'exported', prepared_at = ? WHERE enrollment_id = ? AND wave = ? AND channel = ?",
                                   arguments: [now, due.enrollmentID, wave, channel.rawValue])
                }
                let firstName = due.name.split(separator: " ").first.map(String.init) ?? due.name
                batch.recipients.append(Recipient(
                    due: due, address: address, code: code,
                    message: questionnaire.message(in: language, name: firstName, code: code,
                                                   className: "\(due.programName) (\(due.classCode))",
                                                   monthsAfter: due.graduatedOn.months(until: asOf))))
            }
            return batch
        }
    }

    /// Records the outcome of an API send: accepted messages are sent; refused ones failed (the person is unreachable
    /// there); any other failure leaves the message queued.
    public func recordSend(_ recipient: Recipient, wave: Int, channel: SurveyChannel, result: Result<String, SendError>, at time: LocalDateTime) throws {
        try database.write { db in
            switch result {
            case .success(let id):
                try db.execute(sql: "UPDATE survey_message SET delivery = 'sent', sent_at = ?, provider_id = ?, error = NULL WHERE enrollment_id = ? AND wave = ? AND channel = ?",
                               arguments: [time, id, recipient.due.enrollmentID, wave, channel.rawValue])
            case .failure(let error):
                // Only a refusal says the person cannot be reached this way; a bad token or an outage says nothing
                // about them, so their message stays queued for the next run.
                let delivery = if case .refused = error { "failed" } else { "queued" }
                try db.execute(sql: "UPDATE survey_message SET delivery = ?, error = ? WHERE enrollment_id = ? AND wave = ? AND channel = ?",
                               arguments: [delivery, error.localizedDescription, recipient.due.enrollmentID, wave, channel.rawValue])
            }
        }
    }

    private func address(of due: SurveyWaves.Due, on channel: SurveyChannel, forSending: Bool) -> String? {
        switch channel {
        case .whatsapp: due.phone
        case .instagram: due.instagram
        case .telegram: forSending ? due.telegramChatID : (due.telegram.map { "@" + $0 } ?? due.telegramChatID)
        }
    }

    /// One code per person and wave, shared by every channel the wave goes out on.
    private func replyCode(for due: SurveyWaves.Due, wave: Int, history: [Row], _ db: Database) throws -> ReplyCode {
        if let existing = history.first?["reply_code"] as String?, let code = ReplyCode(parsing: existing, prefix: questionnaire.replyCodePrefix) {
            return code
        }
        let next = (try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM survey_message") ?? 1)
        return ReplyCode(id: next, prefix: questionnaire.replyCodePrefix)!
    }
}
