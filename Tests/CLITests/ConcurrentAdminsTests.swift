import Foundation
import Testing

/// Several admins on one database file at once: a long registration import, a survey ingest, review decisions and a
/// survey export write, while `jejak rates` and `jejak report` read. Nobody sees "database is locked", the writers
/// queued behind the import say once what they wait for, the readers never wait, and the file ends as if the
/// commands had run one after another.
@Suite("Concurrent admins on one database file")
struct ConcurrentAdminsTests {
    static let asOf = "2025-10-01"

    @Test func writersQueueBehindALongImportReadersReadAndNothingIsLost() async throws {
        // Given a centre whose earlier ingest left review items, and whose figures were computed once
        let centre = try await LargeCentre.make("concurrent")
        defer { centre.remove() }
        let folder = centre.folder
        let earlier = folder.appendingPathComponent("earlier/WhatsApp Chat with Alumni GRD-2025-01.txt")
        try FileManager.default.createDirectory(at: earlier.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(LargeInputs.whatsAppGroup(classCode: "GRD-2025-01", people: 0..<1500, messages: 3_000,
                                           from: "2025-09-15", to: "2025-12-10", seed: 31, codes: centre.replyCodes).utf8).write(to: earlier)
        try await JejakProcess.succeed(["survey", "ingest", earlier.path, "--db", centre.template.path], in: folder)
        try await JejakProcess.succeed(["rates", "--by", "program", "--wave", "6", "--as-of", Self.asOf, "--db", centre.template.path], in: folder)
        let reviewed = try await acceptableReviewItems(centre)
        try #require(reviewed.count >= 20, "the earlier ingest should leave review items with a suggestion")
        // … a registration export of 150,000 rows (its import holds the write lock for well over SQLite's old 10 s)
        let big = folder.appendingPathComponent("pendaftar-besar.csv")
        try LargeInputs.registrations(200_000..<350_000, seed: 12, to: big)
        // … and the group's replies from the other graduates
        let replies = folder.appendingPathComponent("later/WhatsApp Chat with Alumni GRD-2025-01.txt")
        try FileManager.default.createDirectory(at: replies.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(LargeInputs.whatsAppGroup(classCode: "GRD-2025-01", people: 1500..<3000, messages: 4_000,
                                           from: "2025-09-15", to: "2025-12-10", seed: 32, codes: centre.replyCodes).utf8).write(to: replies)
        let importing = ["register", "import", big.path, "--class", LargeCentre.bigClass]
        let writers: [[String]] = [
            ["survey", "ingest", replies.path],
            ["review", "accept"] + reviewed.map(String.init) + ["--by", "staf-2"],
            ["survey", "export", "--wave", "6", "--channel", "whatsapp", "--class", "EXP-2025-01", "--as-of", Self.asOf],
        ]
        let readers: [[String]] = [
            ["rates", "--by", "program", "--wave", "6", "--as-of", Self.asOf],
            ["report", "--period", "2025", "--format", "md", "--as-of", Self.asOf],
        ]

        // When the import starts, and once it holds the database the other writers start, and readers read meanwhile
        let together = try centre.copy("together")
        let db = ["--db", together]
        let exportTogether = folder.appendingPathComponent("export-together").path
        let longImport = try JejakProcess.start(importing + db, in: folder)
        try await waitForNote(beside: together, of: longImport)
        let queued = try writers.map { command in
            try JejakProcess.start(command + db + (command[1] == "export" ? ["--out", exportTogether] : []), in: folder)
        }
        // (a round of reads that ended while the import's note was still there read beside the import all along)
        var reads: [(outcome: JejakProcess.Outcome, besideImport: Bool)] = []
        repeat {
            let round = try readers.enumerated().map { index, command in
                try JejakProcess.start(command + db + (command[0] == "report" ? ["--out", "\(folder.path)/report-\(reads.count + index).md"] : []), in: folder)
            }
            var outcomes: [JejakProcess.Outcome] = []
            for reader in round { outcomes.append(try await reader.finished()) }
            let besideImport = FileManager.default.fileExists(atPath: together + ".writing") && longImport.isRunning
            reads += outcomes.map { ($0, besideImport) }
            try await Task.sleep(for: .milliseconds(500))
        } while longImport.isRunning
        let imported = try await longImport.finished()
        var written: [JejakProcess.Outcome] = []
        for writer in queued { written.append(try await writer.finished()) }

        // Then every command succeeded and none said the database was locked
        for (command, outcome) in zip([importing] + writers + Array(repeating: readers, count: reads.count / readers.count).flatMap { $0 },
                                      [imported] + written + reads.map(\.outcome)) {
            #expect(outcome.status == 0, "jejak \(command.joined(separator: " ")) exited \(outcome.status):\n\(outcome.printed)")
            #expect(!outcome.printed.lowercased().contains("locked"), "jejak \(command.joined(separator: " ")) said:\n\(outcome.printed)")
        }
        // … each queued writer said once what it waited for
        for (command, outcome) in zip(writers, written) {
            let waiting = outcome.errors.components(separatedBy: "Waiting for another jejak command to finish writing (the import of pendaftar-besar.csv into BIG-2025-01, started ")
            #expect(waiting.count == 2, "jejak \(command[0]) \(command[1]) should say once that it waits for the import; it said:\n\(outcome.errors)")
        }
        // … and the readers did not wait for the import: they read beside it. (A reader that finds the attribution of
        // registrations stale once the import committed refreshes it, and that write may wait its turn.)
        let besideImport = reads.filter(\.besideImport).map(\.outcome)
        #expect(!besideImport.isEmpty, "no rates and report ended before the import did")
        for read in besideImport { #expect(!read.errors.contains("Waiting"), "a reader waited for the import:\n\(read.errors)") }
        #expect(!FileManager.default.fileExists(atPath: together + ".writing"))

        // … and the database holds what the same commands leave when run one after another
        let oneByOne = try centre.copy("one-by-one")
        let exportOneByOne = folder.appendingPathComponent("export-one-by-one").path
        for command in [importing] + writers {
            try await JejakProcess.succeed(command + ["--db", oneByOne] + (command[1] == "export" ? ["--out", exportOneByOne] : []), in: folder)
        }
        // (the attribution of the new registrations is derived by the first reader after the import, in both)
        for path in [together, oneByOne] {
            try await JejakProcess.succeed(readers[0] + ["--db", path], in: folder)
        }
        let expected = try DatabaseCounts(oneByOne)
        let counts = try DatabaseCounts(together)
        #expect(counts == expected, "together, unlike one after another:\n\(counts.difference(from: expected))")
        #expect(try exportedLines(exportTogether) == exportedLines(exportOneByOne))
        #expect(try DatabaseCounts.integrity(together).check == "ok")
    }

    /// The ids of open review items that `jejak review accept` takes (a suggested status and a matched sender).
    private func acceptableReviewItems(_ centre: LargeCentre) async throws -> [Int64] {
        let listed = try await JejakProcess.succeed(["review", "list", "--format", "json", "--db", centre.template.path], in: centre.folder)
        let items = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]] ?? []
        return items.compactMap { item in
            guard item["nik"] is String, let suggestion = item["suggestion"] as? [String: Any], suggestion["status"] is String else { return nil }
            return (item["id"] as? NSNumber)?.int64Value
        }.prefix(200).map { $0 }
    }

    /// Waits until the import holds the database (its note is beside the file).
    private func waitForNote(beside path: String, of process: JejakProcess) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while !FileManager.default.fileExists(atPath: path + ".writing") {
            try #require(process.isRunning && ContinuousClock.now < deadline, "the import never began writing")
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The lines of every file a survey export wrote, by file name.
    private func exportedLines(_ folder: String) throws -> [String: Int] {
        var lines: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            lines[name] = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8).split(separator: "\n").count
        }
        return lines
    }
}
