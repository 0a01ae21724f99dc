import Alumni
import Foundation
import GRDB

/// The ingest of one export file inside its transaction.
struct IngestRun {
    /// Who a reply is about and which survey wave it answers, when that is already known.
    struct Target {
        var traineeID: Int64
        var enrollmentID: Int64?
        var wave: Int?
    }

    let db: Database
    let source: ChatExportSource
    let options: ChatIngest.Options
    let interpreter: ReplyInterpreter
    let now: LocalDateTime
    let progress: (@Sendable (Int) -> Void)?
    let before: Int
    let sourceID: Int64
    var directory: SenderDirectory
    var fingerprints = MessageFingerprint()
    var report = IngestReport()
    var unmatched: Set<String> = []
    /// In a one-to-one chat, the person the centre's own coded message was addressed to.
    var chatContext: [String: Target] = [:]
    /// Per chat title: the class it names and its name key, worked out once.
    var chats: [String: (classCode: String?, key: String)] = [:]
    /// Who each (sender, id) was found to be; cleared whenever an alias is learned.
    var senders: [Pair: Int64?] = [:]
    /// Replies repeat ("1", "masih nganggur kak"): each distinct text is interpreted once per file.
    var readings: [String: ReplyInterpretation] = [:]
    /// Whether a (chat, sender) is the other party of a one-to-one chat, worked out once.
    var counterparts: [Pair: Bool] = [:]

    /// Two strings as one dictionary key, without building a joined string per message.
    struct Pair: Hashable {
        var first: String
        var second: String?
    }
    let fingerprintStore: FingerprintStore
    /// The last message's second and its stored text form: messages of one minute share it.
    var lastTime: (second: Int, text: String) = (.min, "")

    init(db: Database, source: ChatExportSource, directory: SenderDirectory, options: ChatIngest.Options, interpreter: ReplyInterpreter,
         now: LocalDateTime, progress: (@Sendable (Int) -> Void)?, before: Int) throws {
        self.db = db
        self.source = source
        self.options = options
        self.interpreter = interpreter
        self.now = now
        self.progress = progress
        self.before = before
        self.directory = directory
        fingerprintStore = try FingerprintStore(db)
        try db.execute(
            sql: "INSERT INTO chat_source(file, format, ingested_at, messages, new_messages) VALUES (?, ?, ?, 0, 0)",
            arguments: [source.url.path, source.format.rawValue, now])
        sourceID = db.lastInsertedRowID
        report.files = 1
    }

    mutating func parse() throws {
        let summary: ChatParseSummary
        switch source.format {
        case .whatsApp:
            summary = try WhatsAppExportParser(timeZone: options.timeZone).parse(fileAt: source.url) { try handle($0) }
        case .telegram:
            summary = try TelegramExportParser(timeZone: options.timeZone).parse(
                fileAt: source.url, onMessage: { try handle($0) }, onPoll: { try store($0) })
        case .instagram:
            summary = try InstagramExportParser(accountNames: options.ownNames).parse(fileAt: source.url) { try handle($0) }
        }
        report.errors += summary.issues.map { .init(file: source.url.path, position: $0.position, reason: $0.reason) }
        report.unmatchedSenders = unmatched.count
        try db.execute(
            sql: "UPDATE chat_source SET messages = ?, new_messages = ? WHERE id = ?",
            arguments: [report.messages + report.system, report.newMessages, sourceID])
    }

    private mutating func handle(_ message: ChatMessage) throws {
        if message.kind == .system { report.system += 1 } else { report.messages += 1 }
        let seen = report.messages + report.system
        if seen % 100_000 == 0 { progress?(before + seen) }
        let fingerprint = fingerprints.next(chat: message.chat, sender: message.sender, time: message.time, text: message.text)
        let sentAt = LocalDateTime(message.time, zoneOffsetSeconds: options.timeZone.secondsFromGMT(for: message.time))
        let second = Int(message.time.timeIntervalSince1970)
        if second != lastTime.second { lastTime = (second, sentAt.description) }
        guard try fingerprintStore.insert(fingerprint, source: sourceID, sentAt: lastTime.text) else {
            report.skippedDuplicates += 1
            return
        }
        report.newMessages += 1
        guard message.kind == .text, !message.text.isEmpty else { return }

        let codes = ReplyCode.scan(message.text, prefix: interpreter.questionnaire.replyCodePrefix).matches
        let code: String? = codes.lazy.compactMap { if case .valid(let code) = $0 { code.text } else { nil } }.first
        let mistyped = code == nil && !codes.isEmpty
        let coded = try code.flatMap { try self.surveyTarget(ofCode: $0) }
        if directory.isOwn(message.sender) {
            if let coded { chatContext[message.chat] = coded }
            return
        }
        var target = coded
        var reviewReason: String?
        if let coded {
            try directory.learn(trainee: coded.traineeID, sender: message.sender, senderID: message.senderID, format: source.format, db, now: now)
            senders.removeAll()
        } else if code != nil {
            reviewReason = "the reply code in the message belongs to no survey message"
        } else if mistyped {
            reviewReason = "the message has a mistyped reply code"
        } else if let trainee = identify(message) {
            target = Target(traineeID: trainee)
        } else if let context = chatContext[message.chat], isCounterpart(message) {
            target = context
        } else if let sender = message.sender, let classCode = chatInfo(message.chat).classCode {
            switch directory.nameCount(sender, in: classCode) {
            case 1: target = directory.uniqueName(sender, in: classCode).map { Target(traineeID: $0) }
            case 0: break
            case let n: reviewReason = "the display name is shared by \(n) graduates of \(classCode)"
            }
        }
        if target != nil { report.matched += 1 } else { unmatched.insert(message.chat + "\u{1F}" + (message.sender ?? "")) }
        // In a group, a sender who is no graduate of it and gives no code is another member talking: their words are
        // not read (nor kept). One-to-one chats are read, so an unknown sender's answer reaches the review queue.
        if target == nil, reviewReason == nil, codes.isEmpty, !isOneToOne(message) { return }

        switch IngestRun.answerLike(interpret(message.text), hasCode: !codes.isEmpty) {
        case .notAnAnswer:
            if let target { try linkMessage(fingerprint, to: target.traineeID) }
        case .needsReview(_, let reason):
            try review(message, fingerprint: fingerprint, target: target, reason: reviewReason ?? reason)
        case .answer(let answer):
            guard reviewReason == nil, let target else {
                try review(message, fingerprint: fingerprint, target: nil, reason: reviewReason ?? "the sender could not be matched to a graduate")
                return
            }
            guard let (enrollmentID, wave) = try wave(for: target, at: sentAt, chatClass: chatInfo(message.chat).classCode) else {
                try review(message, fingerprint: fingerprint, target: target, reason: "no survey wave was due for this graduate at the time of the reply")
                return
            }
            try keepText(message, fingerprint: fingerprint, trainee: target.traineeID)
            try ObservationStore.record(
                enrollmentID: enrollmentID, wave: wave, observedAt: sentAt, answer: answer, fingerprint: fingerprint,
                source: "\(source.format.rawValue) \(source.url.lastPathComponent) \(message.position)", db)
            report.answers += 1
        }
    }

    /// Ordinary conversation is not a survey answer: a message in which the interpreter recognised nothing
    /// at all — no answer, no code — is let go (its text is not kept) rather than filling the review queue.
    static func answerLike(_ interpretation: ReplyInterpretation, hasCode: Bool) -> ReplyInterpretation {
        if case .needsReview(let partial, _) = interpretation, !hasCode, partial?.isEmpty ?? true { return .notAnAnswer }
        return interpretation
    }

    /// The survey message a reply code was sent in.
    private func surveyTarget(ofCode code: String) throws -> Target? {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT m.enrollment_id, m.wave, e.trainee_id FROM survey_message m JOIN enrollment e ON e.id = m.enrollment_id
                WHERE m.reply_code = ? LIMIT 1
                """), arguments: [code])
        else { return nil }
        return Target(traineeID: row["trainee_id"], enrollmentID: row["enrollment_id"], wave: row["wave"])
    }

    /// The wave an answer belongs to: the code's; else the last wave message sent before it; else the latest due.
    private func wave(for target: Target, at time: LocalDateTime, chatClass: String?) throws -> (Int64, Int)? {
        if let enrollmentID = target.enrollmentID, let wave = target.wave { return (enrollmentID, wave) }
        if let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT m.enrollment_id, m.wave FROM survey_message m JOIN enrollment e ON e.id = m.enrollment_id
                WHERE e.trainee_id = ? AND COALESCE(m.sent_at, m.prepared_at) <= ?
                ORDER BY COALESCE(m.sent_at, m.prepared_at) DESC LIMIT 1
                """), arguments: [target.traineeID, time])
        {
            return (row["enrollment_id"], row["wave"])
        }
        guard let graduation = directory.graduation(of: target.traineeID, at: time.date, chatClass: chatClass),
            let wave = SurveyWaves.latestDue(graduatedOn: graduation.graduatedOn, at: time.date)
        else { return nil }
        return (graduation.enrollmentID, wave)
    }

    /// A chat whose title is this sender: a one-to-one chat (group titles are group names).
    private mutating func isOneToOne(_ message: ChatMessage) -> Bool {
        source.format == .instagram && message.senderID != nil || isCounterpart(message)
    }

    private mutating func interpret(_ text: String) -> ReplyInterpretation {
        if let known = readings[text] { return known }
        let reading = interpreter.interpret(text)
        if readings.count > 50_000 { readings.removeAll(keepingCapacity: true) }
        readings[text] = reading
        return reading
    }

    /// The sender's trainee by phone, platform id or learned alias, remembered for the sender's next messages.
    private mutating func identify(_ message: ChatMessage) -> Int64? {
        let key = Pair(first: message.sender ?? "", second: message.senderID)
        if let known = senders[key] { return known }
        let found = directory.identify(sender: message.sender, senderID: message.senderID, format: source.format)
        senders[key] = found
        return found
    }

    private mutating func chatInfo(_ chat: String) -> (classCode: String?, key: String) {
        if let known = chats[chat] { return known }
        let info = (directory.classOf(chat: chat), NameKey.make(chat))
        chats[chat] = info
        return info
    }

    /// In a one-to-one chat the other party writes under the chat's own title.
    private mutating func isCounterpart(_ message: ChatMessage) -> Bool {
        guard let sender = message.sender else { return false }
        let key = Pair(first: message.chat, second: sender)
        if let known = counterparts[key] { return known }
        let answer = worksOutCounterpart(sender, chat: message.chat)
        counterparts[key] = answer
        return answer
    }

    private mutating func worksOutCounterpart(_ sender: String, chat: String) -> Bool {
        if NameKey.make(sender) == chatInfo(chat).key { return true }
        if let phone = PhoneNumber.e164(sender), phone == PhoneNumber.e164(chat) { return true }
        return false
    }

    private func linkMessage(_ fingerprint: Int64, to trainee: Int64) throws {
        try db.cachedStatement(sql: "UPDATE chat_message SET trainee_id = ? WHERE fingerprint = ?").execute(arguments: [trainee, fingerprint])
    }

    /// Only messages that carry an answer or wait in review keep their text.
    private func keepText(_ message: ChatMessage, fingerprint: Int64, trainee: Int64?) throws {
        try db.cachedStatement(sql: "UPDATE chat_message SET trainee_id = ?, chat = ?, sender = ?, position = ?, text = ? WHERE fingerprint = ?")
            .execute(arguments: [trainee, message.chat, message.sender, "\(source.url.lastPathComponent) \(message.position)", message.text, fingerprint])
    }

    private mutating func review(_ message: ChatMessage, fingerprint: Int64, target: Target?, reason: String) throws {
        try keepText(message, fingerprint: fingerprint, trainee: target?.traineeID)
        var enrollmentID = target?.enrollmentID
        if enrollmentID == nil, let trainee = target?.traineeID {
            enrollmentID = directory.graduation(of: trainee, at: LocalDateTime(message.time).date)?.enrollmentID
        }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO review_item(message_fingerprint, enrollment_id, reason) VALUES (?, ?, ?)")
            .execute(arguments: [fingerprint, enrollmentID, reason])
        report.needsReview += 1
    }

    private mutating func store(_ poll: ChannelPoll) throws {
        var fingerprint = MessageFingerprint()
        let key = fingerprint.next(chat: poll.chat, sender: "poll", time: poll.time, text: poll.question)
        let answers = try JSONSerialization.data(withJSONObject: poll.answers.map { ["text": $0.text, "voters": $0.voters] as [String: Any] }, options: [.sortedKeys])
        try db.execute(
            sql: """
                INSERT INTO channel_poll(fingerprint, chat, asked_at, question, answers, total_voters, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(fingerprint) DO UPDATE SET answers = excluded.answers, total_voters = excluded.total_voters
                """,
            arguments: [key, poll.chat, LocalDateTime(poll.time), poll.question, String(decoding: answers, as: UTF8.self), poll.totalVoters, sourceID])
        report.polls += 1
    }
}
