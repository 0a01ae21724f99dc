import Alumni
import ArgumentParser

extension Jejak {
    struct Trainees: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "People and their history.", subcommands: [Show.self])

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A person's whole history, class by class.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The person's NIK.") var nik: String
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let history = try TraineeHistory.load(nik: nik, from: try database.open())
                if format == .json { return try printJSON(history) }
                let t = history.trainee
                print("\(t.maskedNIK)  \(t.name)  \(t.gender?.rawValue ?? "-")  \(t.kecamatan ?? "-")  phone \(t.phone.map(PhoneNumber.masked) ?? "-")  consent \(t.consent.map { $0 ? "ya" : "tidak" } ?? "-")")
                for record in history.classes {
                    print("\(record.classCode) (\(record.program), \(record.year)): \(record.status.rawValue)")
                    for event in record.events {
                        print("  \(event.happenedOn)  \(event.status.rawValue)" + (event.reason.map { " — \($0)" } ?? ""))
                    }
                    for warning in record.warnings { print("  warning: \(warning)") }
                }
            }
        }
    }
}
