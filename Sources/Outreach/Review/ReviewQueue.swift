import Alumni
import Foundation
import GRDB

/// Messages that might be answers but were not certain enough to count: an unmatched sender, a name
/// shared by two graduates, a wording the interpreter would have had to guess. A person decides.
public struct ReviewQueue: Sendable {
    public struct Item: Sendable, Equatable, Encodable {
        public var id: Int64
        public var reason: String
        public var text: String
        public var chat: String?
        public var sender: String?
        public var sentAt: LocalDateTime
        /// Where the message is: export file and position.
        public var position: String?
        /// The graduate, when the sender was matched (masked NIK and name).
        public var nik: String?
        public var name: String?

        enum CodingKeys: String, CodingKey {
            case id, reason, text, chat, sender, position, nik, name
            case sentAt = "sent_at"
        }
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
                SELECT r.id, r.reason, m.text, m.chat, m.sender, m.sent_at, m.position, t.nik, t.name
                FROM review_item r JOIN chat_message m ON m.fingerprint = r.message_fingerprint
                LEFT JOIN enrollment e ON e.id = r.enrollment_id LEFT JOIN trainee t ON t.id = e.trainee_id
                WHERE r.state = 'open' ORDER BY m.sent_at, r.id
                """
            ).map { row in
                Item(id: row["id"], reason: row["reason"], text: row["text"] ?? "", chat: row["chat"], sender: row["sender"],
                     sentAt: row["sent_at"], position: row["position"],
                     nik: (row["nik"] as String?).map(NIK.mask), name: row["name"])
            }
        }
    }

    /// Records the answer a person read in the message.
    /// - Parameters:
    ///   - answer: reply codes or words, read like a reply ("1 A B", "2", "masih cari kerja").
    ///   - nik: who sent it, when the sender was not matched; the sender's name is remembered for their next messages.
    ///   - wave: which wave it answers, when it cannot be worked out.
    public func resolve(_ id: Int64, answer: String, nik: String? = nil, wave: Int? = nil, now: LocalDateTime) throws {
        guard case .answer(let parsed) = interpreter.interpret(answer) else { throw OutreachError.unreadableAnswer(answer) }
        try database.write { db in
            guard let item = try Row.fetchOne(db, sql: """
                SELECT r.*, m.sent_at, m.sender, s.format FROM review_item r JOIN chat_message m ON m.fingerprint = r.message_fingerprint
                JOIN chat_source s ON s.id = m.source_id WHERE r.id = ?
                """, arguments: [id])
            else { throw OutreachError.unknownReviewItem(id) }
            guard item["state"] == "open" else { throw OutreachError.reviewAlreadyClosed(id) }
            let sentAt: LocalDateTime = item["sent_at"]
            var enrollmentID: Int64? = item["enrollment_id"]
            var graduatedOn: CivilDate?
            if let nik {
                let digits = try NIK.parse(nik).mapError { AlumniError.invalidNIK($0.description) }.get().digits
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT e.id, t.id AS trainee_id, e.graduated_on FROM enrollment e JOIN trainee t ON t.id = e.trainee_id
                    WHERE t.nik = ? AND e.graduated_on <= ? ORDER BY e.graduated_on DESC LIMIT 1
                    """, arguments: [digits, sentAt.date])
                else { throw OutreachError.noWave("NIK \(NIK.mask(digits)) has no graduation before this message") }
                enrollmentID = row["id"]
                graduatedOn = CivilDate(parsing: row["graduated_on"])
                if let sender: String = item["sender"], let format: String = item["format"], PhoneNumber.e164(sender) == nil {
                    try db.execute(sql: "INSERT OR IGNORE INTO contact_alias(platform, key, trainee_id, learned_at) VALUES (?, ?, ?, ?)",
                                   arguments: [format + "-name", NameKey.make(sender), row["trainee_id"], now])
                }
            }
            guard let enrollmentID else { throw OutreachError.noWave("say who sent it with --nik") }
            if graduatedOn == nil {
                graduatedOn = try String.fetchOne(db, sql: "SELECT graduated_on FROM enrollment WHERE id = ?",
                                                  arguments: [enrollmentID]).flatMap(CivilDate.init(parsing:))
            }
            guard let wave = wave ?? graduatedOn.flatMap({ SurveyWaves.latestDue(graduatedOn: $0, at: sentAt.date) }) else {
                throw OutreachError.noWave("no wave was due when the message was sent; give --wave")
            }
            let observation = try ObservationStore.record(
                enrollmentID: enrollmentID, wave: wave, observedAt: sentAt, answer: parsed, fingerprint: item["message_fingerprint"],
                source: "review #\(id)", db)
            try db.execute(sql: "UPDATE review_item SET state = 'resolved', resolved_at = ?, observation_id = ?, enrollment_id = ? WHERE id = ?",
                           arguments: [now, observation, enrollmentID, id])
        }
    }

    /// Closes an item that is not an answer; the message keeps no text.
    public func dismiss(_ id: Int64, now: LocalDateTime) throws {
        try database.write { db in
            guard let state = try String.fetchOne(db, sql: "SELECT state FROM review_item WHERE id = ?", arguments: [id]) else {
                throw OutreachError.unknownReviewItem(id)
            }
            guard state == "open" else { throw OutreachError.reviewAlreadyClosed(id) }
            try db.execute(sql: "UPDATE review_item SET state = 'dismissed', resolved_at = ? WHERE id = ?", arguments: [now, id])
            try db.execute(sql: "UPDATE chat_message SET text = NULL, chat = NULL, sender = NULL WHERE fingerprint = (SELECT message_fingerprint FROM review_item WHERE id = ?)",
                           arguments: [id])
        }
    }
}
