import Alumni
import ArgumentParser
import Foundation
import Outreach

extension Jejak.Survey {
    struct Reread: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read again the messages kept because their sender was not known yet.",
            discussion: """
                A class group's export read before `jejak graduate`, or a number not yet in the registry: such messages \
                are kept and read again by every ingest. Run this after the registry changed (graduation, a new phone \
                or handle) to read them now. Texts whose sender stays unknown are dropped `retention.message_days` \
                after their ingest.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "text or json (one object).") var format: OutputFormat = .text

        func run() throws {
            let report = try ChatIngest(database: try database.open()).reread(now: .now())
            if format == .json { return try printJSON(report) }
            print("\(report.reread) kept messages read again: \(report.answers) answers recorded, \(report.needsReview) to review, \(report.chatter) chatter.")
            if report.expired > 0 { print("\(report.expired) message texts passed the retention period (retention.message_days); dropped, answers kept.") }
        }
    }

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
                progress: { ProgressLog.report("\($0) messages read") })
            if format == .json {
                try printJSON(report)
            } else {
                printSummary(report)
            }
            // Files that could not be read make the run fail (after everything else went in), so scripts notice.
            if report.failedFiles > 0 { throw ExitCode.failure }
        }

        private func printSummary(_ report: IngestReport) {
            let refused = report.failedFiles > 0 ? ", \(report.failedFiles) not read (below)" : ""
            print("\(report.files) of \(report.files + report.failedFiles) files read\(refused): \(report.messages) messages (\(report.system) system lines), \(report.newMessages) new, \(report.skippedDuplicates) already ingested.")
            print("\(report.matched) from graduates; \(report.answers) answers recorded, \(report.needsReview) to review (`jejak review list`), \(report.chatter) ignored as chatter.")
            if report.outOfWave > 0 { print("\(report.outOfWave) answers were written outside every wave's window: kept, counted in no wave (`jejak config show`).") }
            if report.pending > 0 || report.unmatchedSenders > 0 {
                print("\(report.pending) messages from \(report.unmatchedSenders) senders not matched yet: kept, and read again when the registry knows them.")
            }
            if report.reread > 0 { print("\(report.reread) messages kept earlier were read again now that their sender is known.") }
            if report.expired > 0 { print("\(report.expired) message texts passed the retention period (retention.message_days); dropped, answers kept.") }
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

/// `--by`: who takes a decision, recorded with it.
struct DeciderOption: ParsableArguments {
    @Option(help: "Who decides, for the record (default: $JEJAK_USER, else $USER).") var by: String?

    var name: String {
        let environment = ProcessInfo.processInfo.environment
        return by ?? environment["JEJAK_USER"] ?? environment["USER"] ?? "staff"
    }
}

extension Jejak {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Messages that may be answers but were not certain enough to count.",
            discussion: """
                Each item shows the message, why it was not recorded, and what the reader suggests. Take a suggestion \
                as it is with `accept`, give the answer yourself with `resolve`, or `dismiss` what is no answer. \
                Every decision is recorded with who took it and when; an answer keeps the wave of its message.
                """,
            subcommands: [List.self, Accept.self, Resolve.self, Dismiss.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Open items, oldest first.")
            @OptionGroup var database: DatabaseOptions
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let items = try ReviewQueue(database: try database.open()).open()
                if format == .json { return try printJSON(items) }
                if items.isEmpty { print("Nothing to review.") }
                for item in items {
                    print("#\(item.id)  \(item.sentAt)  \(item.sender ?? "?") in \(item.chat ?? "?")" + (item.nik.map { "  → \($0) \(item.name ?? "")" } ?? "")
                          + (item.wave.map { "  wave \($0)" } ?? ""))
                    print("    \"\(item.text.replacingOccurrences(of: "\n", with: " / "))\"")
                    print("    why: \(item.reason)")
                    if let suggestion = item.suggestion, !suggestion.isEmpty { print("    suggested: \(suggestion.summary)") }
                }
            }
        }

        struct Accept: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record the reader's suggestions as they are.",
                discussion: """
                    `jejak review accept 12 15` takes the suggestions of items 12 and 15 (all or none). \
                    `jejak review accept --all --reason "checked the list on 2 Dec"` takes every suggestion with a status \
                    whose sender is matched, and lists the items left open.
                    """)
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "Item numbers.") var ids: [Int64] = []
            @Flag(help: "Every open item with a suggested status and a matched sender.") var all = false
            @Option(help: "Why the batch was accepted (required with --all).") var reason: String?
            @OptionGroup var decider: DeciderOption

            func validate() throws {
                if all, !ids.isEmpty { throw ValidationError("give item numbers or --all, not both") }
                if !all, ids.isEmpty { throw ValidationError("give item numbers, or --all with --reason") }
                if all, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                    throw ValidationError("--all needs --reason \"…\": say what was checked, for the record")
                }
            }

            func run() throws {
                let queue = ReviewQueue(database: try database.open())
                if all {
                    let (accepted, skipped) = try queue.acceptAll(by: decider.name, reason: reason ?? "", now: .now())
                    print("Accepted \(accepted) suggestions; \(skipped.count) items left open.")
                    for item in skipped { print("  #\(item.id): \(item.reason)") }
                } else {
                    try queue.accept(ids, by: decider.name, now: .now())
                    print("Accepted the suggestions of " + ids.map { "#\($0)" }.joined(separator: ", ") + ".")
                }
            }
        }

        struct Resolve: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record the answer you read in a message.",
                discussion: "Example: jejak review resolve 12 --answer \"1 A\" --nik 3671…  (codes as in the survey: 1 employee, 2 self-employed, 3 looking, 4 studying, 5 neither, 6 hired not started, 7 preparing a business, 8 discouraged)")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The item number.") var id: Int64
            @Option(help: "The answer, as reply codes or words.") var answer: String
            @Option(help: "Who sent it, when the sender was not matched.") var nik: String?
            @Option(help: "The wave it answers (default: the wave of the message).") var wave: Int?
            @OptionGroup var decider: DeciderOption

            func run() throws {
                try ReviewQueue(database: try database.open()).resolve(id, answer: answer, nik: nik, wave: wave, by: decider.name, now: .now())
                print("Recorded the answer of review item #\(id).")
            }
        }

        struct Dismiss: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Close items that are not answers; their text is dropped.",
                discussion: "`jejak review dismiss 12 15 18` closes items 12, 15 and 18 (all or none): small talk glanced at in `jejak review list`.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "Item numbers.") var ids: [Int64]
            @OptionGroup var decider: DeciderOption

            func run() throws {
                try ReviewQueue(database: try database.open()).dismiss(ids, by: decider.name, now: .now())
                print("Dismissed " + ids.map { "#\($0)" }.joined(separator: ", ") + ".")
            }
        }
    }
}
