import Foundation
import Testing
@testable import Alumni

/// The note a long write leaves beside the database: what, since when, by which process; gone when the write ends,
/// and ignored once its process is gone.
@Suite struct WriteNoteTests {
    @Test func saysWhatWhenAndWhichProcess() {
        var calendar = Calendar.current
        calendar.timeZone = .current
        let started = calendar.date(from: DateComponents(year: 2026, month: 11, day: 23, hour: 10, minute: 42, second: 30))!
        let note = WriteNote(what: "the import of data.csv into BAR-2025-01", pid: 1234, startedAt: started)
        #expect(note.description == "the import of data.csv into BAR-2025-01, started 10:42 by pid 1234")
    }

    @Test func isThereWhileTheWriteRunsAndGoneAfterEvenWhenItFails() throws {
        let (database, folder) = try makeDatabase()
        let path = folder.appendingPathComponent("jejak.sqlite").path
        var seen: WriteNote?
        try database.write(note: "the import of data.csv into BAR-01") { _ in seen = WriteNote.current(beside: path) }
        #expect(seen?.what == "the import of data.csv into BAR-01")
        #expect(seen?.pid == ProcessInfo.processInfo.processIdentifier)
        #expect(WriteNote.current(beside: path) == nil)

        struct Refused: Error {}
        #expect(throws: Refused.self) { try database.write(note: "the import of bad.csv into BAR-01") { _ in throw Refused() } }
        #expect(!FileManager.default.fileExists(atPath: WriteNote.path(beside: path)))
    }

    @Test func aNoteLeftByAKilledProcessIsIgnoredAndRemoved() throws {
        let (_, folder) = try makeDatabase()
        let path = folder.appendingPathComponent("jejak.sqlite").path
        // Given the note of a process that ended without removing it (killed mid-write)
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        WriteNote(what: "the import of data.csv into BAR-01", pid: ended.processIdentifier).leave(beside: path)
        #expect(FileManager.default.fileExists(atPath: WriteNote.path(beside: path)))
        // Then nobody is said to be writing, and the note is gone
        #expect(WriteNote.current(beside: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: WriteNote.path(beside: path)))
    }
}
