import Alumni
import Foundation
import GRDB

/// The ingest of one export file inside its transaction: every message is fingerprinted once, and the new ones
/// go to the reading of replies (`ReplyIntake`).
struct IngestRun {
    let db: Database
    let source: ChatExportSource
    let options: ChatIngest.Options
    let progress: (@Sendable (Int) -> Void)?
    let before: Int
    let sourceID: Int64
    var intake: ReplyIntake
    var fingerprints = MessageFingerprint()
    var report = IngestReport()
    let fingerprintStore: FingerprintStore
    /// The last message's second and its stored text form: messages of one minute share it.
    var lastTime: (second: Int, text: String, value: LocalDateTime) = (.min, "", LocalDateTime(date: CivilDate(year: 2000, month: 1, day: 1)!))
    /// The file's name, for provenance.
    let fileName: String

    init(db: Database, source: ChatExportSource, directory: SenderDirectory, options: ChatIngest.Options, interpreter: ReplyInterpreter,
         now: LocalDateTime, progress: (@Sendable (Int) -> Void)?, before: Int) throws {
        self.db = db
        self.source = source
        self.options = options
        self.progress = progress
        self.before = before
        intake = try ReplyIntake(db: db, directory: directory, interpreter: interpreter, now: now)
        fingerprintStore = try FingerprintStore(db)
        fileName = source.url.lastPathComponent
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
        try intake.finish()
        report.add(intake.report)
        report.errors += summary.issues.map { .init(file: source.url.path, position: $0.position, reason: $0.reason) }
        try db.execute(
            sql: "UPDATE chat_source SET messages = ?, new_messages = ? WHERE id = ?",
            arguments: [report.messages + report.system, report.newMessages, sourceID])
    }

    private mutating func handle(_ message: ChatMessage) throws {
        if message.kind == .system { report.system += 1 } else { report.messages += 1 }
        let seen = report.messages + report.system
        if seen % 100_000 == 0 { progress?(before + seen) }
        let fingerprint = fingerprints.next(chat: message.chat, sender: message.sender, time: message.time, text: message.text)
        let second = Int(message.time.timeIntervalSince1970)
        if second != lastTime.second {
            let value = LocalDateTime(message.time, zoneOffsetSeconds: options.timeZone.secondsFromGMT(for: message.time))
            lastTime = (second, value.description, value)
        }
        guard try fingerprintStore.insert(fingerprint, source: sourceID, sentAt: lastTime.text) else {
            report.skippedDuplicates += 1
            return
        }
        report.newMessages += 1
        guard message.kind != .system else { return }
        try intake.add(ReplyTurn.Piece(message: message, fingerprint: fingerprint, sentAt: lastTime.value, format: source.format,
                                       place: "\(fileName) \(message.position)"))
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
