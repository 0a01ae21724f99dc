import Foundation
import Synthetic
import Testing

/// `jejak register import` and `jejak survey ingest` killed (SIGKILL) at seeded random moments of a large input: the
/// file stays sound (`PRAGMA integrity_check`), and running the same command again ends with exactly what one
/// uninterrupted run leaves.
///
/// `JEJAK_KILLS` sets the kills per command (default 10), `JEJAK_KILL_SEED` the seed of the moments; a failure names
/// both, so it can be run again as it was.
@Suite("Killed mid-write, then run again: the same as one uninterrupted run")
struct CrashConsistencyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let kills = environment["JEJAK_KILLS"].flatMap(Int.init).map { max(1, $0) } ?? 10
    static let seed = environment["JEJAK_KILL_SEED"].flatMap(UInt64.init) ?? 20_251_124

    @Test func aKilledRegistrationImportEndsAsOneUninterruptedImport() async throws {
        let centre = try await LargeCentre.make("kill-import")
        defer { centre.remove() }
        // Given a registration export of 30,000 rows (5,000 seats, the rest waitlisted, some rejected)
        let file = centre.folder.appendingPathComponent("pendaftar-BIG.csv")
        try LargeInputs.registrations(100_000..<130_000, seed: 11, to: file)
        // When its import is killed at random moments, and run again after each kill
        // Then each time the database is sound and holds what one import leaves
        try await killAndRunAgain(["register", "import", file.path, "--class", LargeCentre.bigClass], in: centre, stream: 1)
    }

    @Test func aKilledSurveyIngestEndsAsOneUninterruptedIngest() async throws {
        let centre = try await LargeCentre.make("kill-ingest")
        defer { centre.remove() }
        // Given two exports of the graduates' group: wave 6 replies, then a later export holding those and wave 12's
        let chats = centre.folder.appendingPathComponent("chats")
        let first = LargeInputs.whatsAppGroup(classCode: "GRD-2025-01", people: LargeCentre.graduates, messages: 8_000,
                                              from: "2025-09-15", to: "2025-12-10", seed: 21, codes: centre.replyCodes)
        let later = LargeInputs.whatsAppGroup(classCode: "GRD-2025-01", people: LargeCentre.graduates, messages: 8_000,
                                              from: "2026-03-15", to: "2026-09-10", seed: 22, codes: centre.replyCodes)
        try write(first, to: chats.appendingPathComponent("2025-12/WhatsApp Chat with Alumni GRD-2025-01.txt"))
        try write(first + later.split(separator: "\n", maxSplits: 1)[1], to: chats.appendingPathComponent("2026-09/WhatsApp Chat with Alumni GRD-2025-01.txt"))
        // When their ingest is killed at random moments, and run again after each kill
        // Then each time the database is sound and holds what one ingest leaves
        try await killAndRunAgain(["survey", "ingest", chats.path], in: centre, stream: 2)
    }

    /// Runs `command` once on a copy of the centre, then `kills` times on fresh copies: killed after a seeded random
    /// part of the uninterrupted run's time (up to 110% of it, so some kills land after the end), checked, run again.
    private func killAndRunAgain(_ command: [String], in centre: LargeCentre, stream: Int) async throws {
        let reference = try centre.copy("uninterrupted")
        let once = try await JejakProcess.succeed(command + ["--db", reference], in: centre.folder)
        let expected = try DatabaseCounts(reference)
        var rng = SeededGenerator(Self.seed, stream: stream)
        var midRun = 0
        // The uninterrupted run may have been slowed by other tests running beside it: a run that outlives its kill
        // shows how long the command takes now, and later kills aim within that.
        var duration = once.seconds
        for kill in 1...Self.kills {
            let path = try centre.copy("killed")
            let delay = Double(rng.int(0...1_100)) / 1_000 * duration
            let running = try JejakProcess.start(command + ["--db", path], in: centre.folder)
            try await Task.sleep(for: .milliseconds(Int(delay * 1_000)))
            running.kill()
            let killed = try await running.finished()
            if killed.status != 0 { midRun += 1 } else { duration = min(duration, killed.seconds) }
            let replay = "kill \(kill) of \(Self.kills) after \(String(format: "%.2f", delay)) s of \(String(format: "%.2f", duration)) s (JEJAK_KILL_SEED=\(Self.seed))"

            let (check, brokenKeys) = try DatabaseCounts.integrity(path)
            #expect(check == "ok", "\(replay): integrity_check says \(check)")
            #expect(brokenKeys == 0, "\(replay): \(brokenKeys) rows break a foreign key")
            let again = try await JejakProcess.run(command + ["--db", path], in: centre.folder)
            #expect(again.status == 0, "\(replay): run again, it exited \(again.status):\n\(again.printed)")
            #expect(!again.printed.contains("locked") && !again.errors.contains("Waiting"), "\(replay): run again, it said:\n\(again.errors)")
            let counts = try DatabaseCounts(path)
            #expect(counts == expected, "\(replay): after running again, unlike one uninterrupted run:\n\(counts.difference(from: expected))")
            #expect(!FileManager.default.fileExists(atPath: path + ".writing"), "\(replay): the killed run's note outlived the next run")
        }
        // Most kills must land while the command works, or the test proves little.
        #expect(midRun * 2 >= Self.kills, "only \(midRun) of \(Self.kills) kills landed before the command ended")
    }

    private func write(_ text: some StringProtocol, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
