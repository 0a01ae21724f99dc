import Alumni
import ArgumentParser

extension Jejak {
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change the centre's settings.",
            discussion: "Keys:\n" + Settings.Key.allCases.map { "  \($0.rawValue): \($0.help)" }.joined(separator: "\n"),
            subcommands: [Show.self, Set.self, Reset.self], defaultSubcommand: Show.self)

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print every setting and its value.")
            @OptionGroup var database: DatabaseOptions

            func run() throws {
                let values = try Settings(database: try database.open()).values()
                for key in Settings.Key.allCases { print("\(key.rawValue) = \(values.text(key))") }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Change a setting.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The key, e.g. domicile.kecamatan.") var key: String
            @Argument(help: "The new value.") var value: String

            func run() throws {
                guard let key = Settings.Key(rawValue: key) else {
                    throw ValidationError("unknown key \(key); keys: " + Settings.Key.allCases.map(\.rawValue).joined(separator: ", "))
                }
                try Settings(database: try database.open()).set(key, to: value)
                print("\(key.rawValue) = \(value)")
            }
        }

        struct Reset: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Return a setting to its default.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The key.") var key: String

            func run() throws {
                guard let key = Settings.Key(rawValue: key) else { throw ValidationError("unknown key \(key)") }
                try Settings(database: try database.open()).set(key, to: nil)
                print("\(key.rawValue) reset to its default")
            }
        }
    }
}
