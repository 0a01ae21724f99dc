import Alumni
import ArgumentParser

extension Jejak {
    struct Programs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vocational programmes (kejuruan) such as Barista or Otomotif.",
            subcommands: [Add.self, List.self], defaultSubcommand: List.self)

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a programme.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "A short code, e.g. BAR.") var code: String
            @Option(help: "The name, e.g. Barista.") var name: String
            @Option(help: "The sector, e.g. Pariwisata.") var sector: String?

            func run() throws {
                let program = try Catalog(database: try database.open()).addProgram(code: code, name: name, sector: sector)
                print("Added program \(program.code) (\(program.name)).")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List programmes.")
            @OptionGroup var database: DatabaseOptions

            func run() throws {
                for program in try Catalog(database: try database.open()).programs() {
                    print([program.code, program.name, program.sector ?? ""].joined(separator: "\t"))
                }
            }
        }
    }
}
