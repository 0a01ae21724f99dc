import Foundation
import GRDB
import Testing
@testable import Alumni
@testable import Outreach

/// `outreach.v5-messages-in-arrival-order` rebuilds `chat_message` around a row id: every message, text and review
/// link of an older file must come through, and a fingerprint must still be seen only once.
@Suite struct MessagesInArrivalOrderMigrationTests {
    @Test func anOlderFileKeepsEveryMessageAndReviewLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jejak-v5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        let modules: [any SchemaModule.Type] = [AlumniSchema.self, OutreachSchema.self]

        // A file as the release before this migration left it.
        do {
            let old = try DatabaseQueue(path: path)
            try JejakDatabase.migrator(modules).migrate(old, upTo: "outreach.v4-current-answer-index")
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO chat_source(id, file, format, ingested_at, messages, new_messages) VALUES (1, 'a.txt', 'whatsapp', '2025-11-20T10:00:00', 3, 3);
                    INSERT INTO chat_message(fingerprint, source_id, sent_at, chat, sender, position, text, pending)
                        VALUES (-9000000000000000000, 1, '2025-11-20T09:00:00', 'Alumni', 'Budi', 'a.txt:3', 'udah kerja kak', 1),
                               (42, 1, '2025-11-20T08:00:00', NULL, NULL, NULL, NULL, 0),
                               (9000000000000000000, 1, '2025-11-20T08:30:00', 'Alumni', 'Sari', 'a.txt:2', 'gitu deh', 0);
                    INSERT INTO review_item(message_fingerprint, reason) VALUES (9000000000000000000, 'no survey answer recognised');
                    """)
            }
        }

        let database = try JejakDatabase(path: path, modules: modules)
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT fingerprint, sent_at, sender, text, pending FROM chat_message ORDER BY fingerprint")
            #expect(rows.map { $0["fingerprint"] as Int64 } == [-9000000000000000000, 42, 9000000000000000000])
            #expect(rows.map { $0["text"] as String? } == ["udah kerja kak", nil, "gitu deh"])
            #expect(rows.map { $0["pending"] as Int } == [1, 0, 0])
            let reviewed = try String.fetchOne(db, sql: "SELECT m.text FROM review_item r JOIN chat_message m ON m.fingerprint = r.message_fingerprint")
            #expect(reviewed == "gitu deh")
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
        try database.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO chat_message(fingerprint, source_id, sent_at) VALUES (42, 1, '2025-11-21T08:00:00')")
            #expect(db.changesCount == 0)
            try db.execute(sql: "INSERT OR IGNORE INTO chat_message(fingerprint, source_id, sent_at) VALUES (43, 1, '2025-11-21T08:00:00')")
            #expect(db.changesCount == 1)
        }
    }
}
