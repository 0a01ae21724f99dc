import Alumni
import ArgumentParser

extension Jejak {
    struct ConsentCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "consent",
            abstract: "Record a person giving or withdrawing consent to follow-up contact (UU 27/2022).",
            discussion: """
                A withdrawal stops every survey message to the person from that moment (the law allows 3×24 hours), \
                whatever an older registration export says if it is imported again. `jejak trainees show NIK` shows \
                the consent and its date.
                """,
            subcommands: [Withdraw.self, Give.self])

        /// Who said what, and when: the same for both answers.
        struct Statement: ParsableArguments {
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var person: PersonArgument
            @Option(help: "When they said so (default: today).") var date: CivilDate?

            /// Records the answer and returns the masked NIK it was recorded for.
            func record(_ record: (ConsentBook) -> (String, CivilDate) throws -> Void) throws -> String {
                let db = try database.open()
                let full = try person.resolve(in: db)
                try record(ConsentBook(database: db))(full, date ?? LocalDateTime.now().date)
                return NIK.mask(full)
            }
        }

        struct Withdraw: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The person no longer wants to be contacted.")
            @OptionGroup var statement: Statement

            func run() throws {
                let masked = try statement.record { book in { try book.withdraw(nik: $0, on: $1) } }
                print("Consent withdrawn for \(masked): no survey message will be sent to them.")
            }
        }

        struct Give: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The person agrees to be contacted for tracer surveys.")
            @OptionGroup var statement: Statement

            func run() throws {
                let masked = try statement.record { book in { try book.give(nik: $0, on: $1) } }
                print("Consent recorded for \(masked).")
            }
        }
    }
}
