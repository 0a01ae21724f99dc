import Alumni
import ArgumentParser

extension Jejak {
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw an accepted or waitlisted person; a freed seat goes to the first on the waitlist.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The person's NIK.") var nik: String
        @Option(name: .customLong("class"), help: "The class code.") var classCode: String
        @Option(help: "When (default: now).") var date: CivilDate?
        @Option(help: "Why, kept in the history.") var reason: String?

        func run() throws {
            let now = LocalDateTime.now()
            let promoted = try Registry(database: try database.open())
                .withdraw(nik: nik, classCode: classCode, on: date?.noon ?? now, now: now, reason: reason)
            print("Withdrew \(try NIK.parse(nik).get().masked) from \(classCode).")
            if let promoted {
                print("Seat offered to \(promoted.nik) \(promoted.name)" + (promoted.line.map { " (registration line \($0))" } ?? "") + ".")
            } else {
                print("No seat to pass on: nobody eligible is waiting, or the person held no seat.")
            }
        }
    }
}
