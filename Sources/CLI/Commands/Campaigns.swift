import Alumni
import ArgumentParser
import Foundation
import Outreach

extension Channel: ExpressibleByArgument {}
extension Approach: ExpressibleByArgument {}

extension Jejak {
    struct Campaigns: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Campaigns: the posts and messages that announce classes, and their digital outputs.",
            subcommands: [Add.self, List.self, Show.self, ImportInsights.self, Outputs.self, Sources.self],
            defaultSubcommand: List.self)

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a campaign.",
                discussion: "Channels: " + Channel.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The code its registration links carry (kode_kampanye).") var code: String
            @Option(help: "Where it ran.") var channel: Channel
            @Option(help: "First day.") var start: CivilDate
            @Option(help: "Last day.") var end: CivilDate?
            @Option(help: "Classes it announced, comma-separated.") var classes: String?
            @Option(help: "informational, creative or dialogic.") var approach: Approach?
            @Option(parsing: .unconditional, help: "Cost in rupiah.") var cost: Int?
            @Option(help: "A name for reports.") var name: String?
            @Option(help: "A post's permalink (repeatable), so its Insights figures count for this campaign.") var post: [String] = []

            func validate() throws {
                if let end, end < start { throw ValidationError("--end \(end) is before --start \(start): a campaign ends on or after the day it starts") }
                if let cost, cost < 0 { throw ValidationError("--cost is rupiah spent: 0 or more, not \(cost)") }
            }

            func run() throws {
                let classList = classes?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
                try CampaignStore(database: try database.open()).add(
                    Campaign(code: code, name: name, channel: channel, startsOn: start, endsOn: end, approach: approach,
                             cost: cost, classes: classList), posts: post)
                print("Added campaign \(code) (\(channel.rawValue), from \(start)).")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List campaigns.",
                discussion: "JSON: [{\"campaign\": {...}, \"outputs\": {...}}], as `GET /api/campaigns`.")
            @OptionGroup var database: DatabaseOptions
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let store = CampaignStore(database: try database.open())
                if format == .json { return try printJSON(try store.summaries()) }
                print(["code", "channel", "approach", "starts", "ends", "classes"].joined(separator: "\t"))
                for c in try store.list() {
                    print([c.code, c.channel.rawValue, c.approach?.rawValue ?? "-", "\(c.startsOn)", c.endsOn?.description ?? "-",
                           c.classes.joined(separator: ",")].joined(separator: "\t"))
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A campaign and its summed outputs.")
            @OptionGroup var database: DatabaseOptions
            @Argument var code: String
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let shown = try CampaignStore(database: try database.open()).show(code)
                if format == .json { return try printJSON(shown) }
                let (campaign, outputs) = (shown.campaign, shown.outputs)
                print("\(campaign.code) — \(campaign.name ?? campaign.channel.label): \(campaign.channel.rawValue), \(campaign.approach?.rawValue ?? "approach not set"), \(campaign.startsOn)…\(campaign.endsOn?.description ?? "")")
                print("Classes: \(campaign.classes.isEmpty ? "-" : campaign.classes.joined(separator: ", "))")
                if let cost = campaign.cost { print("Cost: Rp \(cost)") }
                func value(_ number: Int?) -> String { number.map(String.init) ?? "—" }
                print("Outputs (\(outputs.posts) posts): reach \(value(outputs.reach)), views \(value(outputs.views)), likes \(value(outputs.likes)), comments \(value(outputs.comments)), shares \(value(outputs.shares)), saves \(value(outputs.saves)), follows \(value(outputs.follows)) (— not measured)")
            }
        }

        struct ImportInsights: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "import-insights",
                abstract: "Import a Meta Business Suite / Instagram Insights post CSV (Content export).",
                discussion: "Posts are tied to campaigns by declared permalink or post id, or by the campaign code in the caption. Re-importing a later export replaces the figures.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The CSV file.") var file: String
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let report = try InsightsImport(database: try database.open()).importFile(at: URL(fileURLWithPath: file), now: .now())
                if format == .json { return try printJSON(report) }
                print("\(file): \(report.posts) posts (\(report.new) new, \(report.updated) updated).")
                for row in report.unattributed { print("  line \(row.line): \(row.reason)") }
                for row in report.rejected { print("  line \(row.line): rejected: \(row.reason)") }
            }
        }

        struct Outputs: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Type in outputs for a channel without an export (replaces earlier typed figures).")
            @OptionGroup var database: DatabaseOptions
            @Argument var code: String
            @Option(parsing: .unconditional) var reach: Int?
            @Option(parsing: .unconditional) var views: Int?
            @Option(parsing: .unconditional) var likes: Int?
            @Option(parsing: .unconditional) var comments: Int?
            @Option(parsing: .unconditional) var shares: Int?
            @Option(parsing: .unconditional) var saves: Int?

            func validate() throws {
                for (name, value) in [("reach", reach), ("views", views), ("likes", likes), ("comments", comments), ("shares", shares), ("saves", saves)] {
                    if let value, value < 0 { throw ValidationError("--\(name) is a count: 0 or more, not \(value)") }
                }
            }

            func run() throws {
                try CampaignStore(database: try database.open()).setOutputs(
                    code, reach: reach, views: views, likes: likes, comments: comments, shares: shares, saves: saves, now: .now())
                print("Recorded outputs for \(code).")
            }
        }

        struct Sources: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "How the registration form's sumber_info wordings map onto channels.",
                subcommands: [ListSources.self, SetSource.self], defaultSubcommand: ListSources.self)

            struct ListSources: ParsableCommand {
                static let configuration = CommandConfiguration(commandName: "list", abstract: "Print the table.")
                @OptionGroup var database: DatabaseOptions

                func run() throws {
                    for entry in try SourceWording.list(in: try database.open()) {
                        print("\(entry.wording)\t\(entry.channel.rawValue)\(entry.builtIn ? "" : "\t(added)")")
                    }
                }
            }

            struct SetSource: ParsableCommand {
                static let configuration = CommandConfiguration(commandName: "set", abstract: "Add or override a wording.")
                @OptionGroup var database: DatabaseOptions
                @Argument(help: "The wording as the form writes it, e.g. \"Info dari RT\".") var wording: String
                @Argument(help: "The channel.") var channel: Channel

                func run() throws {
                    try SourceWording.set(wording, to: channel, in: try database.open())
                    print("\"\(wording)\" → \(channel.rawValue)")
                }
            }
        }
    }
}
