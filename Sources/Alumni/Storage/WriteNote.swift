import Foundation

/// A small file beside the database (`<db>.writing`) saying which long write holds the database now, so another
/// admin's command that has to wait can say what it waits for ("the import of pendaftar.csv into BAR-2025-01,
/// started 10:42 by pid 1234") instead of only that the database is busy.
///
/// SQLite's lock cannot say who holds it; the note can. It is written only once the write lock is held (inside the
/// transaction) and removed before the transaction ends, so it never names a writer that is still waiting. A process
/// killed mid-write leaves its note behind: a note whose process is gone is stale, and reading it removes it.
public struct WriteNote: Codable, Equatable, Sendable {
    /// What is being written, in the user's words: "the import of pendaftar.csv into BAR-2025-01".
    public var what: String
    /// The process holding the write lock.
    public var pid: Int32
    /// When the write began.
    public var startedAt: Date

    public init(what: String, pid: Int32 = ProcessInfo.processInfo.processIdentifier, startedAt: Date = Date()) {
        self.what = what
        self.pid = pid
        // Whole seconds: the note stores ISO 8601 times, and `remove` compares the stored note with this one.
        self.startedAt = Date(timeIntervalSince1970: startedAt.timeIntervalSince1970.rounded(.down))
    }

    /// The note's file for the database at `databasePath`.
    public static func path(beside databasePath: String) -> String { databasePath + ".writing" }

    /// "the import of pendaftar.csv into BAR-2025-01, started 10:42 by pid 1234" (the time is local).
    public var description: String {
        let time = Calendar.current.dateComponents([.hour, .minute], from: startedAt)
        return "\(what), started " + String(format: "%02d:%02d", time.hour ?? 0, time.minute ?? 0) + " by pid \(pid)"
    }

    /// Leaves the note beside the database. Written under a temporary name and renamed, so a reader never sees half
    /// of it. A note that cannot be written (a read-only folder) only costs the waiting message its detail.
    func leave(beside databasePath: String) {
        let target = URL(fileURLWithPath: Self.path(beside: databasePath))
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(pid)")
        guard let data = try? JSONEncoder.note.encode(self), (try? data.write(to: partial)) != nil else { return }
        if rename(partial.path, target.path) != 0 { try? FileManager.default.removeItem(at: partial) }
    }

    /// Removes the note beside the database if it is this one (a later writer's note is left alone).
    func remove(beside databasePath: String) {
        let path = Self.path(beside: databasePath)
        if Self.stored(at: path) == self { try? FileManager.default.removeItem(atPath: path) }
    }

    /// The note of the write holding the database now, or nil when there is none. A stale note (its process is gone:
    /// killed mid-write) is removed and ignored.
    public static func current(beside databasePath: String) -> WriteNote? {
        let path = Self.path(beside: databasePath)
        guard let note = stored(at: path) else { return nil }
        guard note.processIsAlive else {
            try? FileManager.default.removeItem(atPath: path)
            return nil
        }
        return note
    }

    private static func stored(at path: String) -> WriteNote? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder.note.decode(WriteNote.self, from: data)
    }

    /// True while the process that wrote the note runs (a process of another user counts as running).
    var processIsAlive: Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}

extension JSONEncoder {
    fileprivate static var note: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        return encoder
    }
}

extension JSONDecoder {
    fileprivate static var note: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
