import Alumni
import ArgumentParser

extension Jejak {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who saw or changed whose personal data, and when (UU 27/2022).",
            discussion: """
                Every view of the review queue in the server (page or API) and every review decision taken there, with the \
                people concerned (NIKs masked to their last four digits). JSON: [{"at", "who", "action", "detail", "people"}].
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only events from this date on.") var since: CivilDate?
        @Option(help: "text or json.") var format: OutputFormat = .text

        func run() throws {
            let events = try AuditLog(database: try database.open()).events(since: since)
            if format == .json { return try printJSON(events) }
            if events.isEmpty { print("No events.") }
            for event in events {
                print([event.at.description, event.who, event.action, event.detail ?? "-", event.people.joined(separator: " ")].joined(separator: "\t"))
            }
        }
    }
}
