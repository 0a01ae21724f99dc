import Foundation
import Testing

/// A centre on disk built by running `jejak` itself, as `scripts/demo.sh` does, saved as a template that each run of
/// a test copies:
///
/// - GRD-2025-01: people 0..<3000 registered, enrolled, graduated on 2025-03-14 (their wave 6 opens 2025-09-14), and
///   sent the wave 6 survey (each has a personal reply code);
/// - EXP-2025-01: people 5000..<5500, graduated the same day, for survey exports;
/// - BIG-2025-01: quota 5,000, no registrations yet: the large import goes here.
struct LargeCentre: Sendable {
    static let graduates = 0..<3000
    static let exported = 5000..<5500
    static let bigClass = "BIG-2025-01"

    let folder: URL
    let template: URL
    /// The wave 6 reply code of each graduate of GRD-2025-01, by person.
    var replyCodes: [Int: String] = [:]

    /// Builds the template in a new temporary folder (removed again if that fails).
    static func make(_ name: String) async throws -> LargeCentre {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jejak-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            return try await build(in: folder)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    private static func build(in folder: URL) async throws -> LargeCentre {
        var centre = LargeCentre(folder: folder, template: folder.appendingPathComponent("template.sqlite"))
        let db = ["--db", centre.template.path]
        try await JejakProcess.succeed(["init"] + db, in: folder)
        for (code, name) in [("GRD", "Garmen"), ("EXP", "Ekspor"), ("BIG", "Barista")] {
            try await JejakProcess.succeed(["programs", "add", code, "--name", name] + db, in: folder)
        }
        let dates = ["--year", "2025", "--opens", "2025-01-01", "--starts", "2025-02-03", "--ends", LargeInputs.graduatedOn]
        for (code, program, people) in [("GRD-2025-01", "GRD", graduates), ("EXP-2025-01", "EXP", exported)] {
            try await JejakProcess.succeed(["classes", "add", code, "--program", program, "--quota", "\(people.count)"] + dates + db, in: folder)
            let file = folder.appendingPathComponent("\(code).csv")
            try LargeInputs.registrations(people, seed: 7, to: file)
            try await JejakProcess.succeed(["register", "import", file.path, "--class", code] + db, in: folder)
            try await JejakProcess.succeed(["enroll", "--class", code, "--all-accepted", "--date", "2025-02-03"] + db, in: folder)
            try await JejakProcess.succeed(["graduate", "--class", code, "--all-enrolled", "--date", LargeInputs.graduatedOn] + db, in: folder)
        }
        try await JejakProcess.succeed(["classes", "add", bigClass, "--program", "BIG", "--quota", "5000"] + dates + db, in: folder)
        let survey = folder.appendingPathComponent("survey-GRD")
        try await JejakProcess.succeed(["survey", "export", "--wave", "6", "--channel", "whatsapp", "--class", "GRD-2025-01",
                                        "--as-of", "2025-10-01", "--out", survey.path] + db, in: folder)
        centre.replyCodes = try replyCodes(in: survey.appendingPathComponent("wave6-whatsapp.csv"))
        return centre
    }

    /// Reads the export's rows ("+6281200001234,Name,GRD-2025-01,JJK-38WZ,\"Halo …"): the person is the phone's last
    /// eight digits (`LargeInputs.phone`).
    private static func replyCodes(in csv: URL) throws -> [Int: String] {
        var codes: [Int: String] = [:]
        for line in try String(contentsOf: csv, encoding: .utf8).split(separator: "\n") where line.hasPrefix("+62") {
            let fields = line.split(separator: ",", maxSplits: 4)
            guard fields.count == 5, let person = Int(fields[0].suffix(8)), fields[3].hasPrefix("JJK-") else { continue }
            codes[person] = String(fields[3])
        }
        return codes
    }

    /// A fresh copy of the template, named `name`.sqlite in the centre's folder; its path.
    func copy(_ name: String) throws -> String {
        let path = folder.appendingPathComponent("\(name).sqlite").path
        for suffix in ["", "-wal", "-shm", ".writing"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.copyItem(atPath: template.path, toPath: path)
        if FileManager.default.fileExists(atPath: template.path + "-wal") {
            try FileManager.default.copyItem(atPath: template.path + "-wal", toPath: path + "-wal")
        }
        return path
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
