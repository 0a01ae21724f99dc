import Alumni
import ArgumentParser
import Foundation
import Impact

extension Jejak {
    struct AttributionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attribution",
            abstract: "Which campaign recruited each registrant, by which rule, beside what they said in the survey.",
            discussion: """
                Rules, best evidence first: the campaign code in the registration row (code); else the channel named in \
                sumber_info and that channel's campaign for the class live in the window before registration, the latest \
                one (window); else none. JSON: {"summary": {"by_code", "by_window", "unattributed"}, "registrations": \
                [{"class", "nik", "name", "method", "campaign", "source_info", "note", "heard_from"}]}.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(name: .customLong("class"), help: "Only this class.") var classCode: String?
        @Option(help: "text or json.") var format: OutputFormat = .text

        struct Output: Encodable {
            var summary: Attribution.Summary
            var registrations: [AttributionListing.Line]
        }

        func run() throws {
            let db = try database.open()
            let lines = try AttributionListing(database: db).lines(classCode: classCode, now: .now())
            let summary = Attribution.Summary(lines)
            if format == .json { return try printJSON(Output(summary: summary, registrations: lines)) }
            let total = max(summary.total, 1)
            print("Attributed by code: \(summary.byCode) (\(summary.byCode * 100 / total)%), by window: \(summary.byWindow) (\(summary.byWindow * 100 / total)%), not attributed: \(summary.unattributed) (\(summary.unattributed * 100 / total)%).")
            for line in lines {
                print([line.classCode, line.nik, line.name, line.method.rawValue, line.campaign ?? "-", line.sourceInfo ?? "-",
                       "heard: " + (line.heardFrom?.rawValue ?? "-")].joined(separator: "\t") + (line.note.map { "\t(\($0))" } ?? ""))
            }
        }
    }
}
