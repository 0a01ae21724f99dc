import Foundation
import GRDB
import Synchronization

/// How a command waits its turn to write while another jejak command writes to the same file.
///
/// SQLite lets one connection write at a time, and a long write holds the file for minutes (a million-row import,
/// a gigabyte of chat). Jejak queues writers rather than cutting long writes into batches: an import decides every
/// seat of a file before it writes any (seats go by registration time across the whole file), and a chat export is
/// read in reply turns that may cross any batch boundary, so a run interrupted between batches would end differently
/// from one that was not. Each stays one transaction, which a kill rolls back whole.
///
/// A writer that finds the database busy therefore waits — up to `limit` — and is told once, after a second, what it
/// waits for (from the `WriteNote` the long writer left). Past the limit it fails with `AlumniError.databaseBusy`,
/// naming the writer, having changed nothing. Readers never wait: SQLite's WAL mode lets them read beside a writer.
public struct WriterQueue: Sendable {
    /// The longest a write waits for another to finish (default 30 minutes: longer than any import or ingest takes).
    public var limit: Duration
    /// Receives the waiting message (once per process and writer waited for); the command line prints it on stderr.
    public var onWait: (@Sendable (String) -> Void)?
    /// How long a wait lasts before it is announced: the short waits of small writes are not worth a line.
    public var announceAfter: Duration

    public static let defaultLimit: Duration = .seconds(30 * 60)

    public init(limit: Duration = WriterQueue.defaultLimit, announceAfter: Duration = .seconds(1), onWait: (@Sendable (String) -> Void)? = nil) {
        self.limit = limit
        self.announceAfter = announceAfter
        self.onWait = onWait
    }

    /// False while a write that must not wait (a cache, `JejakDatabase.writeDerivedIfFree`) tries for the lock.
    /// Task-local so it reaches SQLite's busy handler, which runs on the thread that began the transaction.
    @TaskLocal static var waits = true

    /// SQLite's busy handler for every connection to the database at `path`: sleeps and retries until the lock is
    /// free or `limit` has passed (then SQLite reports SQLITE_BUSY, which `JejakDatabase` turns into `databaseBusy`).
    func busyCallback(path: String) -> Database.BusyCallback {
        let announced = Announcements()
        return { [limit, announceAfter, onWait] tries in
            guard WriterQueue.waits else { return false }
            let waited = Self.waited(beforeTry: tries)
            guard waited < limit else { return false }
            if let onWait, waited >= announceAfter, tries % 10 == 0 {
                let message = Self.waitingMessage(holder: path == ":memory:" ? nil : WriteNote.current(beside: path))
                if announced.first(message) { onWait(message) }
            }
            Thread.sleep(forTimeInterval: Self.pause(beforeTry: tries).seconds)
            return true
        }
    }

    /// The pauses before the first retries: short, so a brief write costs little; then a tenth of a second each.
    private static let firstPauses = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50]

    static func pause(beforeTry tries: Int) -> Duration {
        .milliseconds(tries < firstPauses.count ? firstPauses[tries] : 100)
    }

    /// The time spent waiting once `tries` pauses have passed (the busy handler keeps no clock of its own).
    static func waited(beforeTry tries: Int) -> Duration {
        let early = firstPauses.prefix(tries).reduce(0, +)
        return .milliseconds(early + max(0, tries - firstPauses.count) * 100)
    }

    /// "Waiting for another jejak command to finish writing (the import of …, started 10:42 by pid 1234)…"
    static func waitingMessage(holder: WriteNote?) -> String {
        "Waiting for another jejak command to finish writing" + (holder.map { " (\($0.description))" } ?? "") + "…"
    }
}

/// The messages already shown: each is shown once per process.
private final class Announcements: Sendable {
    private let shown = Mutex<Set<String>>([])

    /// True the first time `message` is seen.
    func first(_ message: String) -> Bool {
        shown.withLock { $0.insert(message).inserted }
    }
}

extension Duration {
    /// The duration in seconds, as `Thread.sleep` takes it.
    var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
