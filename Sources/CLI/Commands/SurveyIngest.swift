import Alumni
import ArgumentParser
import Foundation
import Outreach

extension Jejak.Survey {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read replies back from WhatsApp, Telegram and Instagram chat exports.",
            discussion: """
                Accepts files, .zip files and folders, and detects each format: a WhatsApp "Export chat" .txt or .zip \
                (Android or iOS, Indonesian or English), a Telegram Desktop result.json, an Instagram "Download your \
                information" folder (messages/inbox/…/message_N.json). Senders are matched by phone, handle, Telegram id \
                or the personal reply code; a display name only when unique in the chat's class. Uncertain messages go \
                to `jejak review`. Re-ingesting an export, or a later one that overlaps it, adds nothing.
                """)
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Export files, zips or folders.", completion: .file()) var paths: [String]
        @Option(help: "Names the centre's own account appears under (repeatable).") var own: [String] = []
        @Option(help: "text or json (one object).") var format: OutputFormat = .text

        func run() throws {
            var options = ChatIngest.Options()
            if !own.isEmpty { options.ownNames = own }
            let report = try ChatIngest(database: try database.open(), options: options).ingest(
                paths.map { URL(fileURLWithPath: $0) }, now: .now(),
                progress: { ProgressLog.logger.info("\($0) messages read") })
            if format == .json {
                try printJSON(report)
            } else {
                printSummary(report)
            }
            // Files that could not be read make the run fail (after everything else went in), so scripts notice.
            if report.failedFiles > 0 { throw ExitCode.failure }
        }

        private func printSummary(_ report: IngestReport) {
            print("\(report.files) files: \(report.messages) messages (\(report.system) system lines), \(report.newMessages) new, \(report.skippedDuplicates) already ingested.")
            print("\(report.matched) from graduates; \(report.answers) answers recorded, \(report.needsReview) to review (`jejak review list`), \(report.unmatchedSenders) senders not matched.")
            if report.polls > 0 { print("\(report.polls) channel polls stored as aggregate results.") }
            // The same note on many files (an ambiguous date order, say) is printed once, with the files it concerns.
            var byReason: [(reason: String, places: [String])] = []
            for problem in report.errors {
                let place = problem.position == "file" ? problem.file : "\(problem.file) \(problem.position)"
                if let index = byReason.firstIndex(where: { $0.reason == problem.reason }) {
                    byReason[index].places.append(place)
                } else {
                    byReason.append((problem.reason, [place]))
                }
            }
            for (reason, places) in byReason {
                print("  \(places[0])" + (places.count > 1 ? " and \(places.count - 1) more" : "") + ": \(reason)")
            }
            if report.errors.count > 1 { print("  (\(report.errors.count) notes in all; --format json lists every one)") }
        }
    }
}

extension Jejak {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Messages that may be answers but were not certain enough to count.",
            subcommands: [List.self, Resolve.self, Dismiss.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Open items, oldest first.")
            @OptionGroup var database: DatabaseOptions
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let items = try ReviewQueue(database: try database.open()).open()
                if format == .json { return try printJSON(items) }
                if items.isEmpty { print("Nothing to review.") }
                for item in items {
                    print("#\(item.id)  \(item.sentAt)  \(item.sender ?? "?") in \(item.chat ?? "?")" + (item.nik.map { "  → \($0) \(item.name ?? "")" } ?? ""))
                    print("    \"\(item.text.replacingOccurrences(of: "\n", with: " / "))\"")
                    print("    why: \(item.reason)")
                }
            }
        }

        struct Resolve: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record the answer you read in a message.",
                discussion: "Example: jejak review resolve 12 --answer \"1 A\" --nik 3671…  (codes as in the survey: 1 employee, 2 self-employed, 3 looking, 4 studying, 5 neither)")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The item number.") var id: Int64
            @Option(help: "The answer, as reply codes or words.") var answer: String
            @Option(help: "Who sent it, when the sender was not matched.") var nik: String?
            @Option(help: "The wave it answers, when it cannot be worked out.") var wave: Int?

            func run() throws {
                try ReviewQueue(database: try database.open()).resolve(id, answer: answer, nik: nik, wave: wave, now: .now())
                print("Recorded the answer of review item #\(id).")
            }
        }

        struct Dismiss: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Close an item that is not an answer.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The item number.") var id: Int64

            func run() throws {
                try ReviewQueue(database: try database.open()).dismiss(id, now: .now())
                print("Dismissed review item #\(id).")
            }
        }
    }
}
