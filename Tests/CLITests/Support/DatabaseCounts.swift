import Foundation
import GRDB

/// What a database holds, counted: two databases with the same counts hold the same outcome of the same commands.
///
/// Counted are the records a command decides — enrolments by class and status and their history, registration rows
/// by outcome, trainees, messages (pending, with text, matched), answers by wave and status, review items by state,
/// aliases learned, survey messages, attribution. Left out are the logs of runs (`registration_import`, `chat_source`,
/// the audit log), which rightly gain a line for every run, killed or not, and caches.
struct DatabaseCounts: Equatable, CustomStringConvertible {
    var values: [String: Int]

    static let queries: [(label: String, sql: String)] = [
        ("enrollment", "SELECT c.code || ' ' || e.status, COUNT(*) FROM enrollment e JOIN training_class c ON c.id = e.class_id GROUP BY 1"),
        ("enrollment_event", "SELECT status, COUNT(*) FROM enrollment_event GROUP BY 1"),
        ("trainee", "SELECT 'all', COUNT(*) FROM trainee"),
        ("trainee with phone", "SELECT 'all', COUNT(*) FROM trainee WHERE phone IS NOT NULL"),
        ("registration_row", "SELECT outcome, COUNT(*) FROM registration_row GROUP BY 1"),
        ("chat_message", "SELECT 'all', COUNT(*) FROM chat_message"),
        ("chat_message pending", "SELECT 'all', COUNT(*) FROM chat_message WHERE pending = 1"),
        ("chat_message with text", "SELECT 'all', COUNT(*) FROM chat_message WHERE text IS NOT NULL"),
        ("chat_message matched", "SELECT 'all', COUNT(*) FROM chat_message WHERE trainee_id IS NOT NULL"),
        ("contact_alias", "SELECT platform, COUNT(*) FROM contact_alias GROUP BY 1"),
        ("observation", "SELECT IFNULL(wave, 'none') || ' ' || IFNULL(status, 'none') || ' ' || source, COUNT(*) FROM observation GROUP BY 1"),
        ("observation superseded", "SELECT 'all', COUNT(*) FROM observation WHERE superseded_by IS NOT NULL"),
        ("review_item", "SELECT state, COUNT(*) FROM review_item GROUP BY 1"),
        ("survey_message", "SELECT wave || ' ' || channel || ' ' || delivery, COUNT(*) FROM survey_message GROUP BY 1"),
        ("channel_poll", "SELECT 'all', COUNT(*) FROM channel_poll"),
        ("attribution", "SELECT 'all', COUNT(*) FROM attribution"),
    ]

    /// Counts the database at `path` (opened on its own, as after the commands ended).
    init(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        values = try queue.read { db in
            var values: [String: Int] = [:]
            for (label, sql) in Self.queries {
                for row in try Row.fetchAll(db, sql: sql) {
                    values["\(label): \(row[0] as String)"] = row[1]
                }
            }
            return values
        }
    }

    /// SQLite's own check of the file ("ok") and the foreign keys no row may break (none).
    static func integrity(_ path: String) throws -> (check: String, foreignKeyViolations: Int) {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; "),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
    }

    var description: String {
        values.keys.sorted().map { "\($0) = \(values[$0]!)" }.joined(separator: "\n")
    }

    /// The lines where `other` differs from this one, to show in a failure.
    func difference(from other: DatabaseCounts) -> String {
        Set(values.keys).union(other.values.keys).sorted().compactMap { key in
            values[key] == other.values[key] ? nil : "\(key): \(other.values[key].map(String.init) ?? "none") → \(values[key].map(String.init) ?? "none")"
        }.joined(separator: "\n")
    }
}
