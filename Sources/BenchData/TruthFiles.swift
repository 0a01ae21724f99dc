import Alumni
import Foundation

/// What really happened, for checking Jejak's figures: `truth.csv` (every graduate, every wave, their true
/// status and whether they answered), and the Google-Form-like alternative workflow the pandas script reads:
/// `graduates.csv` and `responses.csv` (one row per answer message, the latest per wave counts).
final class TruthFiles {
    let truth: TextOut
    let graduates: TextOut
    let responses: TextOut
    private(set) var answers = 0

    init(folder: URL) throws {
        truth = try TextOut(folder.appendingPathComponent("truth.csv"))
        truth.line(["nik", "class", "program", "wave", "status", "reply"])
        graduates = try TextOut(folder.appendingPathComponent("graduates.csv"))
        graduates.line(["nik", "class", "program", "program_name", "graduated_on", "kecamatan", "gender"])
        responses = try TextOut(folder.appendingPathComponent("responses.csv"))
        responses.line(["timestamp", "nik", "wave", "kegiatan_utama"])
    }

    func add(_ person: BenchPerson, in plannedClass: PlannedClass, outcomes: [WaveOutcome]) {
        graduates.line([person.nik, plannedClass.code, plannedClass.programme.code, plannedClass.programme.name,
                        plannedClass.graduatedOn.description, person.kecamatan, person.gender.rawValue])
        for outcome in outcomes {
            truth.line([person.nik, plannedClass.code, plannedClass.programme.code, String(outcome.wave),
                        outcome.status.jejakName, outcome.reply])
            for message in outcome.messages {
                responses.line([message.time.description, person.nik, String(outcome.wave), outcome.status.formLabel])
                answers += 1
            }
        }
    }

    func close() throws {
        try truth.close()
        try graduates.close()
        try responses.close()
    }
}
