import Foundation
import Synchronization
import Testing
@testable import Alumni

/// Two admins' commands on one file, here as two connections of one process: a write waits its turn behind another
/// (never "database is locked"), says once what it waits for, and past its limit fails naming the writer.
@Suite struct WriterQueueTests {
    /// Messages a queue announced.
    final class Heard: Sendable {
        let messages = Mutex<[String]>([])
        func queue(limit: Duration = .seconds(30)) -> WriterQueue {
            WriterQueue(limit: limit, announceAfter: .milliseconds(100)) { message in self.messages.withLock { $0.append(message) } }
        }
    }

    @Test func aWriteWaitsForAnotherToFinishAndSaysOnceWhatFor() throws {
        // Given an import holding the database until another command has waited for it
        let (importing, folder) = try makeDatabase()
        let path = folder.appendingPathComponent("jejak.sqlite").path
        let heard = Heard()
        let other = try JejakDatabase(path: path, modules: [AlumniSchema.self], queue: heard.queue())
        let held = try hold(importing, note: "the import of pendaftar.csv into BAR-01", until: { !heard.messages.withLock { $0 }.isEmpty })
        // When another admin adds a programme meanwhile
        try Catalog(database: other).addProgram(code: "OTO", name: "Otomotif", sector: nil)
        // Then it waited, said once for what, and went in once the import had finished
        try held.end()
        let messages = heard.messages.withLock { $0 }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("Waiting for another jejak command to finish writing (the import of pendaftar.csv into BAR-01, started ") == true)
        #expect(messages.first?.hasSuffix(" by pid \(ProcessInfo.processInfo.processIdentifier))…") == true)
        #expect(try Catalog(database: other).programs().map(\.code) == ["OTO"])
        #expect(!FileManager.default.fileExists(atPath: WriteNote.path(beside: path)))
    }

    @Test func aWriteThatWaitsPastItsLimitChangesNothingAndNamesTheWriter() throws {
        let (importing, folder) = try makeDatabase()
        let path = folder.appendingPathComponent("jejak.sqlite").path
        let impatient = try JejakDatabase(path: path, modules: [AlumniSchema.self], queue: Heard().queue(limit: .milliseconds(300)))
        let held = try hold(importing, note: "the import of pendaftar.csv into BAR-01")
        do {
            try Catalog(database: impatient).addProgram(code: "OTO", name: "Otomotif", sector: nil)
            Issue.record("the write should have given up")
        } catch let error as AlumniError {
            guard case .databaseBusy(path, let holder?, .milliseconds(300)) = error else { throw error }
            #expect(holder.hasPrefix("the import of pendaftar.csv into BAR-01, started "))
            #expect(error.localizedDescription.contains("kept writing to it for over 300 milliseconds, so nothing was changed. Run this again once it has finished"))
        }
        try held.end()
        #expect(try Catalog(database: impatient).programs().isEmpty)
    }

    @Test func aCacheIsWrittenOnlyWhenNobodyElseWrites() throws {
        let (importing, folder) = try makeDatabase()
        let reader = try JejakDatabase(path: folder.appendingPathComponent("jejak.sqlite").path, modules: [AlumniSchema.self])
        let cache: (JejakDatabase) throws -> Bool? = { database in
            try database.writeDerivedIfFree { db in try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('cache', 'x')"); return true }
        }
        let held = try hold(importing, note: "the import of pendaftar.csv into BAR-01")
        let started = ContinuousClock.now
        #expect(try cache(reader) == nil)
        #expect(ContinuousClock.now - started < .milliseconds(500), "a cache must not wait for the lock")
        try held.end()
        #expect(try cache(reader) == true)
    }

    @Test func theWaitIsCountedFromThePauses() {
        #expect(WriterQueue.waited(beforeTry: 0) == .zero)
        #expect(WriterQueue.waited(beforeTry: 3) == .milliseconds(8))
        #expect(WriterQueue.waited(beforeTry: 11) == .milliseconds(228))
        #expect(WriterQueue.waited(beforeTry: 21) == .milliseconds(1_228))
    }

    /// A write holding the lock on a thread of its own, until `end()` or its condition (at most 10 s).
    final class Held: Sendable {
        let holding = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        let ended = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)

        /// Ends the write if it still holds, waits for it, and throws what it threw.
        func end() throws {
            released.signal()
            ended.wait()
            if let error = failure.withLock({ $0 }) { throw error }
        }
    }

    /// Begins a write on `database` with a note, holding the lock until `until()` is true or `end()`; returns once
    /// the lock is held. Threads, not tasks: a test's waiting must not hang on the tests' shared threads being busy.
    private func hold(_ database: JejakDatabase, note: String, until: @escaping @Sendable () -> Bool = { false }) throws -> Held {
        let held = Held()
        Thread.detachNewThread {
            do {
                try database.write(note: note) { _ in
                    held.holding.signal()
                    let deadline = Date().addingTimeInterval(10)
                    while !until(), Date() < deadline, held.released.wait(timeout: .now() + .milliseconds(10)) == .timedOut {}
                }
            } catch {
                held.failure.withLock { $0 = error }
                held.holding.signal()
            }
            held.ended.signal()
        }
        try #require(held.holding.wait(timeout: .now() + .seconds(30)) == .success, "the write never began")
        return held
    }
}
