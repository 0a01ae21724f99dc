import Alumni
import GRDB

/// UU 27/2022 asks that personal data be kept no longer than its purpose needs. The text of a message is needed
/// until its answer is extracted: `retention.message_days` after it was ingested, the text of every message whose
/// reading is settled (recorded, or decided in review) is dropped, and the reply kept on a decided review item
/// with it. The answer stays, with its provenance: the export file, the chat, the time and the line.
/// Texts still waiting — on an open review item, or from a sender nobody could name yet (`PendingMessages`) — are
/// left to their own rules.
enum MessageRetention {
    /// Drops the settled texts older than the retention period; returns how many texts went.
    static func apply(_ db: Database, now: LocalDateTime) throws -> Int {
        let retention = try Settings.values(db).retentionDays
        let cutoff = LocalDateTime(date: CivilDate(dayNumber: now.date.dayNumber - retention))
        try db.execute(sql: """
            UPDATE chat_message SET text = NULL
            WHERE text IS NOT NULL AND pending = 0 AND source_id IN (SELECT id FROM chat_source WHERE ingested_at < ?)
              AND NOT EXISTS (SELECT 1 FROM review_item r WHERE r.message_fingerprint = chat_message.fingerprint AND r.state = 'open')
            """, arguments: [cutoff])
        var dropped = db.changesCount
        try db.execute(sql: """
            UPDATE review_item SET reply = NULL, other_messages = NULL
            WHERE state <> 'open' AND (reply IS NOT NULL OR other_messages IS NOT NULL) AND resolved_at < ?
            """, arguments: [cutoff])
        dropped += db.changesCount
        return dropped
    }
}
