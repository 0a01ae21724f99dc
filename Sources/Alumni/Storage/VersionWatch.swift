import Foundation
import Synchronization

/// Tells cheaply whether a database file may have changed: a write commits by appending to the WAL (or, after a
/// checkpoint, to the file itself), which changes its size or modification time. A server asking thousands of
/// times a second for the data version reads it only when one of those changed, or when `maxAge` has passed (file
/// times are only as fine as the kernel's clock tick, so a second write within one tick is caught by the age).
final class VersionWatch: Sendable {
    private struct Seen {
        var files: [Int64]
        var version: String
        var at: ContinuousClock.Instant
    }

    private let paths: [String]
    private let maxAge: Duration
    private let seen = Mutex<Seen?>(nil)

    init(path: String, maxAge: Duration = .seconds(1)) {
        paths = [path, path + "-wal"]
        self.maxAge = maxAge
    }

    /// The version `read` returns, read again only when the files changed or the last reading is too old.
    func version(_ read: () throws -> String) throws -> String {
        let files = paths.flatMap(Self.stamp)
        let now = ContinuousClock.now
        if let last = seen.withLock({ $0 }), last.files == files, now - last.at < maxAge { return last.version }
        let version = try read()
        seen.withLock { $0 = Seen(files: files, version: version, at: now) }
        return version
    }

    /// Size, modification time (ns) and inode of a file; zeros when it does not exist.
    private static func stamp(_ path: String) -> [Int64] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [0, 0, 0] }
        return [Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec), Int64(info.st_ino)]
    }
}
