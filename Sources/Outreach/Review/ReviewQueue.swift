import Alumni
import Foundation
import GRDB

/// Messages that might be answers but were not certain enough to count: an unmatched sender, a name
/// shared by two graduates, a wording the reader would have had to guess. A person decides, with the
/// reader's suggestion in front of them; every decision records who took it and when.
public struct ReviewQueue: Sendable {
    public struct Item: Sendable, Equatable, Encodable {
        public var id: Int64
        public var reason: String
        /// The reply as read: one message, or the consecutive messages the sender wrote in one go.
        public var text: String
        public var chat: String?
        /// The sender as the export shows it; a phone number is masked to its last four digits.
        public var sender: String?
        public var sentAt: LocalDateTime
        /// Where the message is: export file and position.
        public var position: String?
        /// The graduate, when the sender was matched (masked NIK and name).
        public var nik: String?
        public var name: String?
        /// The wave the message answers (nil: not yet known, or written outside every wave's window).
        public var wave: Int?
        /// What the reader would record; `jejak review accept` takes it as it is.
        public var suggestion: SurveyAnswer?
        /// The matched graduate's trainee id, for the audit log (not printed).
        public var traineeID: Int64?

        enum CodingKeys: String, CodingKey {
            case id, reason, text, chat, sender, position, nik, name, wave, suggestion
            case sentAt = "sent_at"
        }
    }

    /// Items `accept --all` left open, with why.
    public struct Skipped: Sendable, Equatable, Encodable {
        public var id: Int64
        public var reason: String
    }

    let database: JejakDatabase
    let interpreter: ReplyInterpreter

    public init(database: JejakDatabase, interpreter: ReplyInterpreter = ReplyInterpreter()) {
        self.database = database
        self.interpreter = interpreter
    }

    /// Open items, oldest message first.
    public func open() throws -> [Item] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.id, r.reason, r.reply, r.wave, r.suggestion, m.text, m.chat, m.sender, m.sent_at, m.position, t.id AS trainee_id, t.nik, t.name
                FROM review_item r JOIN chat_message m ON m.fingerprint = r.message_fingerprint
                LEFT JOIN enrollment e ON e.id = r.enrollment_id LEFT JOIN trainee t ON t.id = e.trainee_id
                WHERE r.state = 'open' ORDER BY m.sent_at, r.id
                """
            ).map { row in
                Item(id: row["id"], reason: row["reason"], text: row["reply"] ?? row["text"] ?? "", chat: row["chat"],
                     sender: (row["sender"] as String?).map(Self.maskedSender), sentAt: row["sent_at"], position: row["position"],
                     nik: (row["nik"] as String?).map(NIK.mask), name: row["name"], wave: row["wave"],
                     suggestion: (row["suggestion"] as String?).flatMap(StoredAnswer.init(json:))?.answer, traineeID: row["trainee_id"])
            }
        }
    }

    /// Records the answer a person read in the message.
    /// - Parameters:
    ///   - answer: reply codes or words, read like a reply ("1 A B", "2", "masih cari kerja").
    ///   - nik: who sent it, when the sender was not matched; the sender's name is remembered for their next messages.
    ///   - wave: which wave it answers; by default the wave of the message (its reply code's, or the window it was written in).
    ///   - by: who decided, for the record.
    public func resolve(_ id: Int64, answer: String, nik: String? = nil, wave: Int? = nil, by: String, now: LocalDateTime) throws {
        guard case .answer(let parsed) = interpreter.interpret(answer) else { throw OutreachError.unreadableAnswer(answer) }
        try database.write { db in
            try record(id, answer: parsed, nik: nik, wave: wave, by: by, now: now, db)
        }
    }

    /// Takes the reader's suggestions as they are, all or none: an item without a suggested status or without a
    /// matched graduate needs `resolve`.
    public func accept(_ ids: [Int64], by: String, now: LocalDateTime) throws {
        try database.write { db in
            for id in ids {
                let item = try Self.item(id, db)
                guard let suggestion = (item["suggestion"] as String?).flatMap(StoredAnswer.init(json:))?.answer, suggestion.status != nil else {
                    throw OutreachError.nothingToAccept(id, "it has no suggested status; use `jejak review resolve \(id) --answer …`")
                }
                guard (item["enrollment_id"] as Int64?) != nil else {
                    throw OutreachError.nothingToAccept(id, "its sender is not matched to a graduate; use `jejak review resolve \(id) --answer … --nik …`")
                }
                try record(id, answer: suggestion, nik: nil, wave: nil, by: by, now: now, db)
            }
        }
    }

    /// Accepts every open item that has a suggested status and a matched graduate, after a person checked the list;
    /// `reason` is recorded with each decision. Small talk that only the second opinion doubted is left open: its
    /// suggestion is the model's alone ("temen sebangku aku udh kerja" suggests the sender works), so each is accepted
    /// or dismissed by its number. Returns the accepted count and the items left open.
    public func acceptAll(by: String, reason: String, now: LocalDateTime) throws -> (accepted: Int, skipped: [Skipped]) {
        try database.write { db in
            var accepted = 0
            var skipped: [Skipped] = []
            for row in try Row.fetchAll(db, sql: "SELECT id, enrollment_id, suggestion, reason FROM review_item WHERE state = 'open' ORDER BY id") {
                let id: Int64 = row["id"]
                if (row["reason"] as String?)?.contains(ReplyInterpreter.smallTalkDoubted) == true {
                    skipped.append(.init(id: id, reason: "small talk the second opinion doubted: read it, then `jejak review accept \(id)` or `dismiss \(id)`"))
                    continue
                }
                guard let suggestion = (row["suggestion"] as String?).flatMap(StoredAnswer.init(json:))?.answer, suggestion.status != nil else {
                    skipped.append(.init(id: id, reason: "no suggested status"))
                    continue
                }
                guard (row["enrollment_id"] as Int64?) != nil else {
                    skipped.append(.init(id: id, reason: "sender not matched to a graduate"))
                    continue
                }
                try record(id, answer: suggestion, nik: nil, wave: nil, by: "\(by): \(reason)", now: now, db)
                accepted += 1
            }
            return (accepted, skipped)
        }
    }

    /// Closes items that are not answers, all or none (small talk glanced at is cleared a screen at a time); their
    /// messages keep no text.
    public func dismiss(_ ids: [Int64], by: String, now: LocalDateTime) throws {
        try database.write { db in
            for id in ids {
                let item = try Self.item(id, db)
                try db.execute(sql: "UPDATE review_item SET state = 'dismissed', resolved_at = ?, decided_by = ?, reply = NULL WHERE id = ?",
                               arguments: [now, by, id])
                for fingerprint in Self.messages(of: item) {
                    try db.execute(sql: "UPDATE chat_message SET text = NULL, chat = NULL, sender = NULL, sender_id = NULL, pending = 0 WHERE fingerprint = ?",
                                   arguments: [fingerprint])
                }
            }
        }
    }

    /// Records `answer` for an open item and closes it.
    private func record(_ id: Int64, answer: SurveyAnswer, nik: String?, wave: Int?, by: String, now: LocalDateTime, _ db: Database) throws {
        let item = try Self.item(id, db)
        let sentAt: LocalDateTime = item["sent_at"]
        var enrollmentID: Int64? = item["enrollment_id"]
        var itemWave: Int? = item["wave"]
        if let nik {
            let digits = try NIK.parse(nik).mapError { AlumniError.invalidNIK($0.description) }.get().digits
            guard let row = try Row.fetchOne(db, sql: """
                SELECT e.id, t.id AS trainee_id FROM enrollment e JOIN trainee t ON t.id = e.trainee_id
                WHERE t.nik = ? AND e.graduated_on <= ? ORDER BY e.graduated_on DESC LIMIT 1
                """, arguments: [digits, sentAt.date])
            else { throw OutreachError.noWave("NIK \(NIK.mask(digits)) has no graduation before this message") }
            if enrollmentID != row["id"] { itemWave = nil }
            enrollmentID = row["id"]
            if let sender: String = item["sender"], let format: String = item["format"], PhoneNumber.e164(sender) == nil {
                try db.execute(sql: "INSERT OR IGNORE INTO contact_alias(platform, key, trainee_id, learned_at) VALUES (?, ?, ?, ?)",
                               arguments: [format + "-name", NameKey.make(sender), row["trainee_id"], now])
            }
        }
        guard let enrollmentID else { throw OutreachError.noWave("say who sent it with --nik") }
        var answerWave = wave ?? itemWave
        if answerWave == nil, wave == nil,
           let graduated = try String.fetchOne(db, sql: "SELECT graduated_on FROM enrollment WHERE id = ?", arguments: [enrollmentID]).flatMap(CivilDate.init(parsing:)) {
            answerWave = try Settings.values(db).waves.wave(graduatedOn: graduated, at: sentAt.date)
        }
        let observation = try ObservationStore.record(
            enrollmentID: enrollmentID, wave: answerWave, observedAt: sentAt, answer: answer, fingerprint: item["message_fingerprint"],
            source: "review #\(id)", db)
        try db.execute(sql: """
            UPDATE review_item SET state = 'resolved', resolved_at = ?, decided_by = ?, observation_id = ?, enrollment_id = ?, wave = ?
            WHERE id = ?
            """, arguments: [now, by, observation, enrollmentID, answerWave, id])
        // Decided: no longer waiting for its sender to be known.
        for fingerprint in Self.messages(of: item) {
            try db.execute(sql: "UPDATE chat_message SET pending = 0 WHERE fingerprint = ?", arguments: [fingerprint])
        }
    }

    /// An open item with its message's time, sender and format.
    private static func item(_ id: Int64, _ db: Database) throws -> Row {
        guard let item = try Row.fetchOne(db, sql: """
            SELECT r.*, m.sent_at, m.sender, s.format FROM review_item r JOIN chat_message m ON m.fingerprint = r.message_fingerprint
            JOIN chat_source s ON s.id = m.source_id WHERE r.id = ?
            """, arguments: [id])
        else { throw OutreachError.unknownReviewItem(id) }
        guard item["state"] == "open" else { throw OutreachError.reviewAlreadyClosed(id) }
        return item
    }

    /// The fingerprints of every message the item's reply is made of.
    private static func messages(of item: Row) -> [Int64] {
        [item["message_fingerprint"]] + ((item["other_messages"] as String?) ?? "").split(separator: " ").compactMap { Int64($0) }
    }

    /// Staff see who wrote, not a full phone number.
    static func maskedSender(_ sender: String) -> String {
        PhoneNumber.e164(sender).map(PhoneNumber.masked) ?? sender
    }
}
