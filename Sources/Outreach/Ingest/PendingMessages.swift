import Alumni
import Foundation
import GRDB

/// Messages whose sender nobody could name when they were ingested — a class group's export read before
/// `jejak graduate`, a number not yet in the registry — kept with what is needed to read them again.
///
/// Every ingest reads them again first (and `jejak survey reread` does on request): those whose sender the
/// registry now knows go through the same reading as new messages. A kept text whose sender stays unknown is
/// dropped `retention.message_days` after it was ingested; its fingerprint stays, so it is never taken as new.
enum PendingMessages {
    /// Reads again the kept messages whose sender can now be named, and drops texts past the retention period.
    static func reread(_ db: Database, directory: inout SenderDirectory, interpreter: ReplyInterpreter, timeZone: TimeZone,
                       now: LocalDateTime) throws -> IngestReport {
        var report = IngestReport()
        let retention = try Settings.values(db).retentionDays
        try db.execute(sql: """
            UPDATE chat_message SET text = NULL, chat = NULL, sender = NULL, sender_id = NULL, position = NULL, pending = 0
            WHERE pending = 1 AND (SELECT s.ingested_at FROM chat_source s WHERE s.id = chat_message.source_id) < ?
              AND NOT EXISTS (SELECT 1 FROM review_item r WHERE r.message_fingerprint = chat_message.fingerprint AND r.state = 'open')
            """, arguments: [LocalDateTime(date: CivilDate(dayNumber: now.date.dayNumber - retention))])
        report.expired = db.changesCount

        let senders = try Row.fetchAll(db, sql: """
            SELECT DISTINCT s.format, m.chat, m.sender, m.sender_id FROM chat_message m JOIN chat_source s ON s.id = m.source_id
            WHERE m.pending = 1
            """)
        let known = try senders.filter { row in
            guard let format = ChatExportSource.Format(rawValue: row["format"]) else { return false }
            return try directory.canIdentify(sender: row["sender"], senderID: row["sender_id"], chat: row["chat"] ?? "", format: format, db)
        }
        guard !known.isEmpty else { return report }
        var intake = try ReplyIntake(db: db, directory: directory, interpreter: interpreter, now: now)
        let wanted = Set(known.map { "\($0["format"] as String)\u{1F}\(($0["chat"] as String?) ?? "")\u{1F}\(($0["sender"] as String?) ?? "")\u{1F}\(($0["sender_id"] as String?) ?? "")" })
        let rows = try Row.fetchCursor(db, sql: """
            SELECT m.fingerprint, m.sent_at, m.chat, m.sender, m.sender_id, m.text, m.position, s.format
            FROM chat_message m JOIN chat_source s ON s.id = m.source_id WHERE m.pending = 1 ORDER BY m.sent_at, m.id
            """)
        var pieces: [ReplyTurn.Piece] = []
        while let row = try rows.next() {
            let format: String = row["format"]
            let chat: String = row["chat"] ?? ""
            let sender: String? = row["sender"]
            let senderID: String? = row["sender_id"]
            guard wanted.contains("\(format)\u{1F}\(chat)\u{1F}\(sender ?? "")\u{1F}\(senderID ?? "")"),
                  let kind = ChatExportSource.Format(rawValue: format), let sentAt = LocalDateTime(parsing: row["sent_at"]), let text: String = row["text"]
            else { continue }
            let time = sentAt.instant(in: timeZone)
            let message = ChatMessage(chat: chat, sender: sender, senderID: senderID, time: time, text: text, kind: .text, position: row["position"] ?? "")
            pieces.append(ReplyTurn.Piece(message: message, fingerprint: row["fingerprint"], sentAt: sentAt, format: kind, place: row["position"] ?? ""))
        }
        // Cleared first: whatever stays unknown is marked pending again by the reading.
        let clear = try db.cachedStatement(sql: "UPDATE chat_message SET pending = 0 WHERE fingerprint = ?")
        for piece in pieces { try clear.execute(arguments: [piece.fingerprint]) }
        for piece in pieces { try intake.add(piece) }
        try intake.finish()
        directory = intake.directory
        report.add(intake.report)
        report.reread = pieces.count
        // Still unknown after this reading: already counted when they were first kept.
        report.pending = 0
        report.unmatchedSenders = 0
        return report
    }
}

extension LocalDateTime {
    /// The instant this wall-clock time names in `zone`.
    func instant(in zone: TimeZone) -> Date {
        let utcSeconds = (date.dayNumber * 86_400 + secondsOfDay)
        let guess = Date(timeIntervalSince1970: TimeInterval(utcSeconds))
        return Date(timeIntervalSince1970: TimeInterval(utcSeconds - zone.secondsFromGMT(for: guess)))
    }
}
