import Alumni
import Foundation
import GRDB

/// Reads new messages as replies: groups each sender's messages into turns, finds who wrote them, and turns each
/// reply into an observation, a review item, or chatter. A message nobody can be matched to yet is kept, to be
/// read again when the registry changes (`PendingMessages`); nothing a graduate wrote is dropped.
///
/// Fed in time order by `IngestRun` (messages of one export) and by `PendingMessages` (messages kept earlier).
struct ReplyIntake {
    /// Who a reply is about and which survey message it answers, when that is already known.
    struct Target {
        var traineeID: Int64
        var enrollmentID: Int64?
        /// The wave of the survey message whose reply code the reply carries.
        var wave: Int?
    }

    let db: Database
    let interpreter: ReplyInterpreter
    let windows: WaveWindows
    let now: LocalDateTime
    var directory: SenderDirectory
    var report = IngestReport()
    /// Distinct (chat, sender) pairs nobody could be matched to.
    var unmatched: Set<ReplyTurn.Key> = []

    /// Turns still open, by who wrote them.
    private var open: [ReplyTurn.Key: ReplyTurn] = [:]
    /// Turns begun so far: each turn's `order`.
    private var begun = 0
    /// In a one-to-one chat, the person the centre's own coded message was addressed to.
    private var chatContext: [String: Target] = [:]
    /// Per chat title: the class it names and its name key, worked out once.
    private var chats: [String: (classCode: String?, key: String)] = [:]
    /// Who each (sender, id) was found to be; cleared whenever an alias is learned.
    private var senders: [ReplyTurn.Key: Int64?] = [:]
    private struct Reading: Hashable {
        var text: String
        /// Nil when the dates cannot change the reading (`ReplyContext.matters(for:)`).
        var context: ReplyContext?
    }
    private var readings: [Reading: ReplyInterpretation] = [:]
    /// Whether a (chat, sender) is the other party of a one-to-one chat, worked out once.
    private var counterparts: [ReplyTurn.Key: Bool] = [:]
    /// `keep`'s update, prepared once: it runs for most messages of a big export, whose senders are not yet known.
    private let keepStatement: RawStatement

    init(db: Database, directory: SenderDirectory, interpreter: ReplyInterpreter, now: LocalDateTime) throws {
        self.db = db
        self.directory = directory
        self.interpreter = interpreter
        self.now = now
        windows = try Settings.values(db).waves
        keepStatement = try RawStatement(db, sql: """
            UPDATE chat_message SET trainee_id = ?, chat = ?, sender = ?, sender_id = ?, position = ?, text = ?, pending = ? WHERE fingerprint = ?
            """)
    }

    /// Takes one new message (already fingerprinted and stored as seen).
    mutating func add(_ piece: ReplyTurn.Piece) throws {
        let message = piece.message
        guard message.kind == .text, !message.text.isEmpty else {
            if message.kind == .media || message.kind == .deleted { report.chatter += 1 }
            return
        }
        if directory.isOwn(message.sender) {
            // The centre speaks: replies before it are complete, and a code it sends says who the chat is with.
            try close { $0.chat == message.chat }
            let codes = ReplyCode.scan(message.text, prefix: interpreter.questionnaire.replyCodePrefix).matches
            if let code = codes.lazy.compactMap({ if case .valid(let code) = $0 { code.text } else { nil } }).first,
               let target = try surveyTarget(ofCode: code) {
                chatContext[message.chat] = target
            }
            return
        }
        let key = ReplyTurn.Key(piece)
        if var turn = open[key] {
            if turn.extend(with: piece) {
                open[key] = turn
                return
            }
            try read(turn)
        }
        open[key] = ReplyTurn(piece, order: begun)
        begun += 1
        if open.count > 512 { try close { _ in false } }
    }

    /// Reads every open turn: at the end of a file, or of a re-read.
    mutating func finish() throws {
        try close { _ in true }
        report.unmatchedSenders = unmatched.count
    }

    /// Reads the open turns of the chats `include` selects, and any turn that can no longer grow.
    private mutating func close(_ include: (ReplyTurn.Key) -> Bool) throws {
        let latest = open.values.map(\.last.message.time).max() ?? .distantPast
        let done = open.filter { include($0.key) || latest.timeIntervalSince($0.value.last.message.time) > ReplyTurn.gap }
        for (key, turn) in done.sorted(by: { ($0.value.first.message.time, $0.value.order) < ($1.value.first.message.time, $1.value.order) }) {
            open[key] = nil
            try read(turn)
        }
    }

    // MARK: Reading one reply

    private mutating func read(_ turn: ReplyTurn) throws {
        let text = turn.text
        let first = turn.first
        let codes = ReplyCode.scan(text, prefix: interpreter.questionnaire.replyCodePrefix).matches
        let code: String? = codes.lazy.compactMap { if case .valid(let code) = $0 { code.text } else { nil } }.first
        let coded = try code.flatMap { try surveyTarget(ofCode: $0) }
        var target = coded
        var reviewReason: String?
        if let coded {
            try directory.learn(trainee: coded.traineeID, sender: first.message.sender, senderID: first.message.senderID, format: first.format, db, now: now)
            senders.removeAll()
        } else if code != nil {
            reviewReason = "the reply code in the message belongs to no survey message"
        } else if !codes.isEmpty {
            reviewReason = "the message has a mistyped reply code"
        } else if let trainee = try identify(first) {
            target = Target(traineeID: trainee)
        } else if let context = chatContext[first.message.chat], isCounterpart(first) {
            target = context
        } else if let sender = first.message.sender, let classCode = chatInfo(first.message.chat).classCode {
            let namesakes = try directory.graduates(named: sender, in: classCode, db)
            switch namesakes.count {
            case 1: target = Target(traineeID: namesakes[0])
            case 0: break
            case let n: reviewReason = "the display name is shared by \(n) graduates of \(classCode)"
            }
        }
        if target != nil { report.matched += turn.pieces.count } else { unmatched.insert(ReplyTurn.Key(first)) }

        // Looked up once per reply: it dates the reply's months, and an answer is recorded for it.
        let graduate = try graduation(ofSender: target, at: first.sentAt.date, chat: first.message.chat)
        let context = ReplyContext(repliedOn: first.sentAt.date, graduatedOn: graduate?.graduatedOn)
        guard let target, reviewReason == nil else {
            // Nobody yet: kept to be read again once the registry knows the sender (a graduation, a phone, an alias).
            try keep(turn, pending: true, trainee: nil)
            report.pending += turn.pieces.count
            // A person can say who wrote an answer in a one-to-one chat, or one whose code or name is in doubt;
            // a stranger's message in a group is read only once it is matched.
            guard reviewReason != nil || isOneToOne(first) else { return }
            switch interpret(text, context: context) {
            case .notAnAnswer: break
            case .answer(let answer): try review(turn, target: nil, graduate: nil, reason: reviewReason ?? "the sender could not be matched to a graduate", suggestion: answer)
            case .needsReview(let suggestion, let reason): try review(turn, target: nil, graduate: nil, reason: reviewReason ?? reason, suggestion: suggestion)
            }
            return
        }
        switch interpret(text, context: context) {
        case .notAnAnswer:
            report.chatter += turn.pieces.count
            try link(turn, to: target.traineeID)
        case .needsReview(let suggestion, let reason):
            try review(turn, target: target, graduate: graduate, reason: reason, suggestion: suggestion)
        case .answer(let answer):
            guard let graduate else {
                try review(turn, target: target, graduate: nil, reason: "the sender has no graduation to answer for", suggestion: answer)
                return
            }
            let wave = self.wave(of: target, graduatedOn: graduate.graduatedOn, at: first.sentAt.date)
            try keep(turn, pending: false, trainee: target.traineeID)
            let observation = try ObservationStore.record(
                enrollmentID: graduate.enrollmentID, wave: wave, observedAt: turn.last.sentAt, answer: answer, fingerprint: first.fingerprint,
                source: "\(first.format.rawValue) \(first.place)", db)
            try closeReview(of: first.fingerprint, observation: observation)
            report.answers += 1
            if wave == nil { report.outOfWave += 1 }
        }
    }

    /// The graduation a reply answers for: the enrolment its reply code was sent for, else the one of the chat's
    /// class, else the latest whose wave window holds the reply.
    private func graduation(of target: Target, at date: CivilDate, chat: String) throws -> SenderDirectory.Graduate? {
        if let enrollmentID = target.enrollmentID {
            return try directory.graduations(of: target.traineeID, db).first { $0.enrollmentID == enrollmentID }
        }
        return try directory.graduation(of: target.traineeID, at: date, chatClass: chats[chat]?.classCode, windows: windows, db)
    }

    /// The wave a reply answers: its reply code's, while that wave's window is open; else the wave whose window the
    /// reply was written in; nil (out of wave) when it falls in none.
    private func wave(of target: Target, graduatedOn: CivilDate, at date: CivilDate) -> Int? {
        if let coded = target.wave, windows.window(of: coded)?.contains(date, graduatedOn: graduatedOn) == true { return coded }
        return windows.wave(graduatedOn: graduatedOn, at: date)
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

    /// A chat whose title is this sender: a one-to-one chat (group titles are group names).
    private mutating func isOneToOne(_ piece: ReplyTurn.Piece) -> Bool {
        piece.format == .instagram && piece.message.senderID != nil || isCounterpart(piece)
    }

    /// Replies repeat ("1", "masih nganggur kak"); one read per distinct text, and per context only when the text
    /// names a month.
    private mutating func interpret(_ text: String, context: ReplyContext) -> ReplyInterpretation {
        let key = Reading(text: text, context: ReplyContext.matters(for: text) ? context : nil)
        if let known = readings[key] { return known }
        let reading = interpreter.interpret(text, context: context)
        if readings.count > 50_000 { readings.removeAll(keepingCapacity: true) }
        readings[key] = reading
        return reading
    }

    /// The graduation a matched sender's reply is read against (for months without a year).
    private func graduation(ofSender target: Target?, at date: CivilDate, chat: String) throws -> SenderDirectory.Graduate? {
        try target.flatMap { try graduation(of: $0, at: date, chat: chat) }
    }

    /// The sender's trainee by phone, platform id or learned alias, remembered for the sender's next messages.
    private mutating func identify(_ piece: ReplyTurn.Piece) throws -> Int64? {
        let key = ReplyTurn.Key(piece)
        if let known = senders[key] { return known }
        let found = try directory.identify(sender: piece.message.sender, senderID: piece.message.senderID, format: piece.format, db)
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
    private mutating func isCounterpart(_ piece: ReplyTurn.Piece) -> Bool {
        guard let sender = piece.message.sender else { return false }
        let key = ReplyTurn.Key(piece)
        if let known = counterparts[key] { return known }
        let chat = piece.message.chat
        let answer = NameKey.make(sender) == chatInfo(chat).key || PhoneNumber.e164(sender).map { $0 == PhoneNumber.e164(chat) } == true
        counterparts[key] = answer
        return answer
    }

    // MARK: Writing

    private func link(_ turn: ReplyTurn, to trainee: Int64) throws {
        let statement = try db.cachedStatement(sql: "UPDATE chat_message SET trainee_id = ?, pending = 0 WHERE fingerprint = ?")
        for piece in turn.pieces { try statement.execute(arguments: [trainee, piece.fingerprint]) }
    }

    /// Keeps the texts of a turn that carries an answer, waits in review, or waits for its sender to be known.
    private func keep(_ turn: ReplyTurn, pending: Bool, trainee: Int64?) throws {
        for piece in turn.pieces {
            keepStatement.reset()
            keepStatement.bind(1, trainee)
            keepStatement.bind(2, piece.message.chat)
            keepStatement.bind(3, piece.message.sender)
            keepStatement.bind(4, piece.message.senderID)
            keepStatement.bind(5, piece.place)
            keepStatement.bind(6, piece.message.text)
            keepStatement.bind(7, pending)
            keepStatement.bind(8, piece.fingerprint)
            try keepStatement.execute()
        }
    }

    private mutating func review(_ turn: ReplyTurn, target: Target?, graduate: SenderDirectory.Graduate?, reason: String, suggestion: SurveyAnswer?) throws {
        if target != nil { try keep(turn, pending: false, trainee: target?.traineeID) }
        var enrollmentID = target?.enrollmentID
        var wave: Int?
        if let target, let graduate {
            enrollmentID = graduate.enrollmentID
            wave = self.wave(of: target, graduatedOn: graduate.graduatedOn, at: turn.first.sentAt.date)
        }
        try db.cachedStatement(sql: """
            INSERT INTO review_item(message_fingerprint, enrollment_id, reason, wave, reply, other_messages, suggestion) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(message_fingerprint) DO UPDATE SET enrollment_id = excluded.enrollment_id, reason = excluded.reason, wave = excluded.wave,
                reply = excluded.reply, other_messages = excluded.other_messages, suggestion = excluded.suggestion WHERE state = 'open'
            """).execute(arguments: [turn.first.fingerprint, enrollmentID, reason, wave, turn.pieces.count > 1 ? turn.text : nil,
                                     turn.pieces.count > 1 ? turn.pieces.dropFirst().map { String($0.fingerprint) }.joined(separator: " ") : nil,
                                     suggestion.map { StoredAnswer($0).json }])
        report.needsReview += 1
    }

    /// An item waiting for a sender who is now known closes when the re-read records its answer.
    private func closeReview(of fingerprint: Int64, observation: Int64) throws {
        try db.cachedStatement(sql: """
            UPDATE review_item SET state = 'resolved', resolved_at = ?, decided_by = 'jejak (sender matched on re-reading)', observation_id = ?
            WHERE message_fingerprint = ? AND state = 'open'
            """).execute(arguments: [now, observation, fingerprint])
    }
}
