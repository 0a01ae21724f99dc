import Alumni
import Foundation
import Testing
import ZIPFoundation
@testable import Outreach

/// Every parser of outside input, fed mutated copies of valid inputs: it may refuse an input (a thrown error, a
/// reported row), never crash, never hang. A crash ends the test process, so the seed and iteration that found it
/// are printed before each run of a target; keep such an input as a regression test beside the parser's own.
@Suite("Fuzzing the parsers (seeded mutations; JEJAK_FUZZ_ITERATIONS for longer runs)")
struct ParserFuzzTests {
    /// A slow input is a hang in the making: each must be read well within this.
    static let perInputLimit: TimeInterval = 5

    func fuzz(_ name: String, seeds: [Data], seed: UInt64, _ body: (Data) throws -> Void) {
        var mutator = ByteMutator(seed: seed)
        var read = 0
        for iteration in 0..<ByteMutator.iterations {
            let input = Data(mutator.mutate(Array(seeds[iteration % seeds.count])))
            let start = Date()
            do { try body(input); read += 1 } catch {}
            let seconds = Date().timeIntervalSince(start)
            if seconds > Self.perInputLimit { Issue.record("\(name): iteration \(iteration) of seed \(seed) took \(seconds) s") }
        }
        #expect(read > 0, "\(name): every mutated input was refused, so the fuzzing never got past the first check")
    }

    func files(_ folder: String, extension ext: String) throws -> [Data] {
        let root = FixturePaths.own(folder)
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return try paths.filter { $0.hasSuffix("." + ext) }.sorted().map { try Data(contentsOf: root.appendingPathComponent($0)) }
    }

    @Test func whatsAppText() throws {
        let parser = WhatsAppExportParser()
        fuzz("WhatsApp", seeds: try files("whatsapp", extension: "txt"), seed: 1) { data in
            _ = try parser.parse(data: data, chatName: "fuzz") { _ in }
        }
    }

    /// A phone's `.zip` (the chat, stored or deflated, beside a photo): damaged tables of contents, entries and
    /// compressed streams must be refused with a message, never crash the ingest.
    @Test func whatsAppZip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try files("whatsapp", extension: "txt").first { String(decoding: $0, as: UTF8.self).contains(" - ") } ?? Data()
        var seeds: [Data] = []
        for (name, method) in [("stored.zip", CompressionMethod.none), ("deflated.zip", .deflate)] {
            let url = folder.appendingPathComponent(name)
            let archive = try Archive(url: url, accessMode: .create)
            try archive.addEntry(with: "WhatsApp Chat with Fuzz.txt", type: .file, uncompressedSize: Int64(text.count), compressionMethod: method) { position, size in
                text.subdata(in: Int(position)..<Int(position) + size)
            }
            let photo = Data(repeating: 0xFF, count: 64)
            try archive.addEntry(with: "IMG-20250101-WA0001.jpg", type: .file, uncompressedSize: Int64(photo.count), compressionMethod: method) { position, size in
                photo.subdata(in: Int(position)..<Int(position) + size)
            }
            seeds.append(try Data(contentsOf: url))
        }
        let parser = WhatsAppExportParser()
        let file = folder.appendingPathComponent("WhatsApp Chat - Fuzz.zip")
        fuzz("WhatsApp zip", seeds: seeds, seed: 8) { data in
            try data.write(to: file)
            _ = try parser.parse(fileAt: file) { _ in }
        }
    }

    @Test func telegramJSON() throws {
        let parser = TelegramExportParser()
        fuzz("Telegram", seeds: try files("telegram", extension: "json"), seed: 2) { data in
            _ = try parser.parse(data: data, sourceName: "fuzz.json", onMessage: { _ in })
        }
    }

    @Test func instagramJSON() throws {
        let parser = InstagramExportParser()
        fuzz("Instagram", seeds: try files("instagram", extension: "json"), seed: 3) { data in
            _ = try parser.parse(data: data, sourceName: "message_1.json", threadFolder: "someone_123") { _ in }
        }
    }

    @Test func registrationCSV() throws {
        let database = try JejakDatabase.inMemory(modules: [AlumniSchema.self])
        let catalog = Catalog(database: database)
        try catalog.addProgram(code: "BAR", name: "Barista")
        try catalog.addClass(code: "BAR-01", programCode: "BAR", year: 2025, quota: 5)
        let csv = """
            waktu_daftar,nik,nama,jenis_kelamin,tanggal_lahir,no_hp,kecamatan,sumber_info,kode_kampanye,persetujuan_kontak
            2025-01-06 08:00,3671051203980001,Siti Rahma,P,12/03/1998,081234567890,Cipondoh,Instagram Feed,BAR-IG,ya
            06/01/2025 08.01,"3671051203980002","Budi, S.",L,1998-03-12,+62 812-3456-7891,Periuk,"Teman \"\"kantor\"\"",,tidak
            """
        let importer = RegistrationImporter(database: database)
        let at = LocalDateTime(parsing: "2025-01-07 09:00")!
        fuzz("registration CSV", seeds: [Data(csv.utf8), Data(csv.replacingOccurrences(of: ",", with: ";").utf8)], seed: 4) { data in
            _ = try importer.importFile(try RegistrationFile(csv: try CSVFile(data: data, name: "fuzz.csv")), classCode: "BAR-01", now: at)
        }
    }

    @Test func insightsCSV() throws {
        let database = try JejakDatabase.inMemory(modules: [AlumniSchema.self, OutreachSchema.self])
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("insights.csv")
        let importer = InsightsImport(database: database)
        let at = LocalDateTime(parsing: "2025-01-07 09:00")!
        fuzz("Insights CSV", seeds: try files("insights", extension: "csv"), seed: 5) { data in
            try data.write(to: file)
            _ = try importer.importFile(at: file, now: at)
        }
    }

    @Test func replyReaderAndAnswerCodes() throws {
        let interpreter = ReplyInterpreter()
        let seeds = ["1", "1 A B", "jawab: 1, di PT Indofood", "no 3 kak", "JJK-7Q2F 2", "udh kerja di bengkel sejak Mei 🙏",
                     "kerja belum kak, kuliah juga tidak", "1️⃣", "keterima, mulai senin depan"].map { Data($0.utf8) }
        let context = ReplyContext(repliedOn: CivilDate(parsing: "2025-11-20")!, graduatedOn: CivilDate(parsing: "2025-04-11"))
        // The first reply read as words loads the bundled model once (seconds in a debug build on a busy machine): not
        // the slow input the limit is there to catch.
        _ = interpreter.interpret("udh kerja di bengkel")
        fuzz("reply reader", seeds: seeds, seed: 6) { data in
            let text = String(decoding: data, as: UTF8.self)
            _ = interpreter.interpret(text, context: context)
            _ = interpreter.interpret(text)
            _ = ReplyCode.scan(text)
        }
    }
}
