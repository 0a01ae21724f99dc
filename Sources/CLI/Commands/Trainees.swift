import Alumni
import ArgumentParser

extension Jejak {
    struct Trainees: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "People and their history.", subcommands: [Show.self, Find.self])

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A person's whole history, class by class.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The person's NIK, or its last four digits (as lists show it) with --class, or part of the name.") var nik: String
            @Option(name: .customLong("class"), help: "Look only among this class's people.") var classCode: String?
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let db = try database.open()
                let history = try TraineeHistory.load(nik: try TraineeSearch(database: db).nik(nik, classCode: classCode), from: db)
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

        struct Find: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Find people by the last four digits of their NIK or part of their name.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "Four or more digits (the end of a NIK), or part of a name: \"0226\", \"siti\".") var text: String
            @Option(name: .customLong("class"), help: "Only this class's people.") var classCode: String?
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let found = try TraineeSearch(database: try database.open()).find(text, classCode: classCode)
                if format == .json { return try printJSON(found) }
                if found.isEmpty { print("Nobody matches \"\(text)\".") }
                for person in found { print("\(person.nik)  \(person.name)  \(person.classes.joined(separator: ", "))") }
            }
        }
    }
}
