import Alumni
import ArgumentParser

extension Jejak {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the database, or bring an existing one up to date.",
            discussion: "Safe to run again. A database written by a newer Jejak is refused and left unchanged.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(create: true)
            print("Database \(database.resolvedPath) is ready (\(try db.appliedMigrations().count) migrations applied).")
        }
    }
}
