import Alumni
import ArgumentParser
import Foundation

/// `--format text|json`: text for people, JSON (one object) for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints a value as one pretty JSON object with sorted keys.
func printJSON(_ value: some Encodable) throws {
    print(try JSONOutput.string(value))
}
