import Synthetic
import Alumni
import Foundation

/// `jejak-demo-data [--out DIR] [--seed N]`: writes the synthetic demo under `data/`.
///
/// Deterministic: the same seed writes the same bytes, so `data/` in the repository can be checked
/// against a fresh run. Every person is generated; no real names or NIKs.
@main
enum DemoData {
    static func main() throws {
        var arguments = CommandLine.arguments.dropFirst()
        var out = "data"
        var seed: UInt64 = 20_250_106
        while let flag = arguments.popFirst() {
            switch flag {
            case "--out": out = arguments.popFirst() ?? out
            case "--seed": seed = arguments.popFirst().flatMap(UInt64.init) ?? seed
            default:
                FileHandle.standardError.write(Data("usage: jejak-demo-data [--out DIR] [--seed N]\n".utf8))
                exit(64)
            }
        }
        let folder = URL(fileURLWithPath: out)
        try write(to: folder, seed: seed)
        print("Wrote the demo data to \(folder.path).")
    }

    static func write(to folder: URL, seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let registrations = folder.appendingPathComponent("registrations")
        try FileManager.default.createDirectory(at: registrations, withIntermediateDirectories: true)

        var people: [DemoPerson] = (1...520).map { DemoPerson.make(serial: $0, using: &rng) }
        var classLines = ["program,program_name,sector,class,year,quota,opens,starts,ends"]
        var withdrawals: [(classCode: String, nik: String, date: CivilDate)] = []
        for demoClass in DemoClass.all {
            classLines.append([demoClass.programCode, demoClass.programName, demoClass.sector, demoClass.code,
                               "\(demoClass.year)", "\(demoClass.quota)", "\(demoClass.opens)", "\(demoClass.starts)",
                               "\(demoClass.ends)"].joined(separator: ","))
            // Each class draws from the same pool, so some people register for two classes of one year.
            rng.shuffle(&people)
            var export = RegistrationExport(demoClass: demoClass)
            export.add(Array(people.prefix(demoClass.registrations)), using: &rng)
            try export.fileContents(using: &rng).write(to: registrations.appendingPathComponent("\(demoClass.code).csv"))
            if demoClass.code == "BAR-2025-01", let nik = export.firstCleanNIK {
                withdrawals.append((demoClass.code, nik, demoClass.starts))
            }
        }
        try write(classLines, to: folder.appendingPathComponent("classes.csv"))
        try write(["class,nik,date,reason"] + withdrawals.map { "\($0.classCode),\($0.nik),\($0.date),diterima bekerja sebelum kelas mulai" },
                  to: folder.appendingPathComponent("withdrawals.csv"))
        try DemoCampaigns.write(classes: DemoClass.all, to: folder, using: &rng)

        let graduates = try DemoReplay.graduates(classes: DemoClass.all, registrations: registrations, withdrawals: withdrawals)
        var chats = DemoChats()
        chats.draw(graduates, using: &rng)
        let chatFolder = folder.appendingPathComponent("chats")
        try? FileManager.default.removeItem(at: chatFolder)
        try chats.write(to: chatFolder, using: &rng)
        try write(chats.truth, to: folder.appendingPathComponent("truth.csv"))
    }

    private static func write(_ lines: [String], to url: URL) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }
}
