import Alumni
import ArgumentParser
import Foundation
import Web

extension Jejak {
    struct Trainees: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "People and their history.", subcommands: [Show.self, Find.self, Export.self, Erase.self])

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A person's whole history, class by class (written to the audit log).")
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var decider: DeciderOption
            @OptionGroup var person: PersonArgument
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let db = try database.open()
                let history = try TraineeHistory.load(nik: try person.resolve(in: db), from: db)
                // UU 27/2022: who looked at whose data, as the server records its views.
                try AuditLog(database: db).record(who: decider.name, action: "view trainee", detail: "jejak trainees show",
                                                  people: history.trainee.id.map { [$0] } ?? [], at: .now())
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

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Everything held on one person, as JSON (the right of access, UU 27/2022).",
                discussion: """
                    The person's record, enrollments and their history, the registration rows and files they came from, \
                    survey messages sent, chat messages received, answers, review items and decisions, campaign \
                    attribution, and the audit trail of who saw or changed their data. The export is itself audited.
                    """)
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var decider: DeciderOption
            @OptionGroup var person: PersonArgument
            @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var out: String?

            func run() throws {
                let db = try database.open()
                let found = try person.resolve(in: db)
                let json = try PersonalRecords(database: db, modules: WebSchema.modules).export(nik: found, who: decider.name, at: .now())
                guard let out else { return print(json) }
                let url = URL(fileURLWithPath: out)
                if let problem = FileCheck.writeProblem(url) { throw AlumniError.cannotWrite(path: out, reason: problem) }
                do { try Data(json.utf8).write(to: url, options: .atomic) } catch { throw AlumniError.cannotWrite(path: out, reason: FileCheck.reason(error)) }
                print("Wrote everything held on \(NIK.mask(found)) to \(out).")
            }
        }

        struct Erase: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Forget who a person is, keeping their anonymous outcome (the right to erasure, UU 27/2022).",
                discussion: """
                    Removes the NIK, name, phone, Instagram and Telegram handles, the texts of their messages and review \
                    items, their aliases, the free columns of their registration forms and the employer they named. Keeps \
                    programme, class, dates, gender, birth date, kecamatan, statuses and answers, so published figures do \
                    not move. Cannot be undone except by `jejak restore` of an earlier backup; give --yes to go ahead. \
                    Audited. Consider `jejak trainees export` first.
                    """)
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var decider: DeciderOption
            @OptionGroup var person: PersonArgument
            @Flag(help: "Erase: without it, nothing is changed.") var yes = false

            func run() throws {
                let db = try database.open()
                let found = try person.resolve(in: db)
                guard yes else {
                    throw ValidationError("this erases \(NIK.mask(found))'s identity for good; run again with --yes to go ahead (nothing was changed).")
                }
                try PersonalRecords(database: db, modules: WebSchema.modules).erase(nik: found, who: decider.name, at: .now())
                print("Erased \(NIK.mask(found)): the anonymous outcome stays in the figures.")
            }
        }
    }
}
