import Alumni
import Foundation
import GRDB

/// Reads chat exports back in: every message is fingerprinted once, senders are matched to graduates,
/// and replies become dated employment observations or wait in the review queue — never guessed.
///
/// Each file is one transaction: a truncated zip or invalid JSON fails that file without writing any of
/// it, while the other files still go in. Re-ingesting an export, or a later one that overlaps it, adds nothing.
/// A file is not cut into smaller commits: messages are read in reply turns (one sender's messages minutes apart),
/// and a turn cut by a commit and a kill would be read as two on the next run. A killed ingest keeps the files it
/// finished; the next run skips their messages by fingerprint and reads the rest.
public struct ChatIngest: Sendable {
    public struct Options: Sendable {
        /// The zone WhatsApp's wall-clock times are read in.
        public var timeZone: TimeZone
        /// Names the centre's own account appears under; its messages are never answers.
        public var ownNames: [String]

        public init(
            timeZone: TimeZone = TimeZone(identifier: "Asia/Jakarta")!,
            ownNames: [String] = ["BLK Kota Tangerang", "blk_kotatangerang", "Admin BLK", "BLK Tangerang"]
        ) {
            self.timeZone = timeZone
            self.ownNames = ownNames
        }
    }

    let database: JejakDatabase
    let options: Options
    let interpreter: ReplyInterpreter

    public init(database: JejakDatabase, options: Options = Options(), interpreter: ReplyInterpreter = ReplyInterpreter()) {
        self.database = database
        self.options = options
        self.interpreter = interpreter
    }

    /// Ingests files, `.zip`s and folders.
    ///
    /// Messages kept from earlier ingests because nobody could name their sender are read again first (the
    /// registry may have changed since), and once more at the end (this run may have learned who they are).
    /// - Parameter progress: called now and then with the number of messages read so far.
    public func ingest(_ paths: [URL], now: LocalDateTime, progress: (@Sendable (Int) -> Void)? = nil) throws -> IngestReport {
        var report = IngestReport()
        let (sources, refused) = ChatExportSource.discover(paths)
        report.errors += refused.map { .init(file: $0.file, position: "file", reason: $0.reason) }
        report.failedFiles = refused.count
        // The class codes are read once; senders are looked up as they come, and each file that lands keeps the class
        // names it read (the aliases it learned are in the database).
        var directory = try database.read { db in try SenderDirectory(db, ownNames: options.ownNames) }
        report.add(try reread(&directory, now: now))
        for source in sources {
            let name = source.url.path
            do {
                let (fileReport, learned) = try database.write(note: "the ingest of \(source.url.lastPathComponent)") { db in
                    var run = try IngestRun(db: db, source: source, directory: directory, options: options, interpreter: interpreter, now: now,
                                            progress: progress, before: report.messages + report.system)
                    try run.parse()
                    return (run.report, run.intake.directory)
                }
                directory = learned
                report.add(fileReport)
            } catch {
                // A database that stayed busy past the wait fails the whole run: the next file would wait as long.
                if case AlumniError.databaseBusy = error { throw error }
                report.errors.append(.init(file: name, position: "file",
                                           reason: "\(Self.reason(error, file: source.url)) — nothing from this file was stored"))
                report.failedFiles += 1
            }
        }
        if !sources.isEmpty { report.add(try reread(&directory, now: now)) }
        return report
    }

    /// The error's message without the file name it starts with: reports print the file beside it already.
    static func reason(_ error: any Error, file: URL) -> String {
        let message = error.localizedDescription
        for prefix in [file.path + ": ", file.lastPathComponent + ": ", "\"" + file.lastPathComponent + "\" "] where message.hasPrefix(prefix) {
            return String(message.dropFirst(prefix.count))
        }
        return message
    }

    /// Reads again the messages kept because their sender was not known (`jejak survey reread`).
    public func reread(now: LocalDateTime) throws -> IngestReport {
        var directory = try database.read { db in try SenderDirectory(db, ownNames: options.ownNames) }
        return try reread(&directory, now: now)
    }

    private func reread(_ directory: inout SenderDirectory, now: LocalDateTime) throws -> IngestReport {
        var current = directory
        let report = try database.write { db in
            var report = try PendingMessages.reread(db, directory: &current, interpreter: interpreter, timeZone: options.timeZone, now: now)
            report.expired += try MessageRetention.apply(db, now: now)
            return report
        }
        directory = current
        return report
    }
}

extension IngestReport {
    mutating func add(_ other: IngestReport) {
        files += other.files
        messages += other.messages
        system += other.system
        newMessages += other.newMessages
        matched += other.matched
        answers += other.answers
        outOfWave += other.outOfWave
        chatter += other.chatter
        pending += other.pending
        reread += other.reread
        expired += other.expired
        needsReview += other.needsReview
        unmatchedSenders += other.unmatchedSenders
        skippedDuplicates += other.skippedDuplicates
        polls += other.polls
        failedFiles += other.failedFiles
        errors += other.errors
    }
}
