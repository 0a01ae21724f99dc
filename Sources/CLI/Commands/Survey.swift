import Alumni
import ArgumentParser
import Foundation
import Outreach

extension SurveyChannel: ExpressibleByArgument {}
extension SurveyLanguage: ExpressibleByArgument {}

/// `--wave`, `--as-of`, `--class`: which graduates a survey command is about.
struct WaveOptions: ParsableArguments {
    @Option(help: "Months after graduation: 3, 6 or 12.") var wave: Int
    @Option(help: "Count who is due as of this date (default: today).") var asOf: CivilDate?
    @Option(name: .customLong("class"), help: "Only this class.") var classCode: String?

    var date: CivilDate { asOf ?? LocalDateTime.now().date }

    func validate() throws {
        guard (1...60).contains(wave) else { throw ValidationError("--wave is months after graduation, such as 3, 6 or 12") }
    }
}

extension Jejak {
    struct Survey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tracer surveys of graduates on WhatsApp, Instagram and Telegram.",
            discussion: """
                Waves are counted from each graduate's graduation date (3, 6 and 12 months). Messages carry a \
                personal reply code so replies can be matched even from a saved contact name.
                """,
            subcommands: [Due.self, Export.self, Send.self, Ingest.self, Reread.self])

        struct Due: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List who a wave is due for and has not answered.")
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var waveOptions: WaveOptions
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let due = try SurveyWaves(database: try database.open(wave: waveOptions.wave)).due(wave: waveOptions.wave, asOf: waveOptions.date, classCode: waveOptions.classCode)
                if format == .json { return try printJSON(due) }
                print("Wave \(waveOptions.wave) due as of \(waveOptions.date): \(due.count) graduates")
                for person in due {
                    print("  \(person.nik)  \(person.name)  \(person.classCode)  graduated \(person.graduatedOn), due \(person.dueOn)"
                          + (person.consent == true ? "" : "  (no consent)"))
                }
            }
        }

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write a wave's messages for staff to send: a CSV for bulk tools, a broadcast post, and who cannot be reached.")
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var waveOptions: WaveOptions
            @Option(help: "whatsapp, instagram or telegram.") var channel: SurveyChannel
            @Option(help: "The folder to write to.") var out: String
            @Option(help: "id (Bahasa Indonesia) or en.") var lang: SurveyLanguage = .indonesian
            @Option(help: "A staff-edited questionnaire JSON (default: the built-in one).") var questionnaire: String?
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let db = try database.open(wave: waveOptions.wave)
                let questions = try questionnaire.map { try Questionnaire.load(from: URL(fileURLWithPath: $0)) } ?? .default
                let summary = try SurveyExport(outbox: SurveyOutbox(database: db, questionnaire: questions, language: lang))
                    .write(wave: waveOptions.wave, channel: channel, to: URL(fileURLWithPath: out), asOf: waveOptions.date,
                           classCode: waveOptions.classCode, now: .now())
                if format == .json { return try printJSON(summary) }
                print("Wave \(summary.wave) on \(summary.channel): \(summary.messages) messages, \(summary.unreachable) cannot be reached, \(summary.alreadySent) already sent.")
                for file in summary.files { print("  \(file)") }
            }
        }

        struct Send: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Send a wave through the WhatsApp Business Cloud API or a Telegram bot.",
                discussion: """
                    WhatsApp: JEJAK_WHATSAPP_TOKEN, JEJAK_WHATSAPP_PHONE_ID, optional JEJAK_WHATSAPP_TEMPLATE (default \
                    tracer_alumni, an approved template whose body takes the name and the reply code) and \
                    JEJAK_WHATSAPP_URL (default https://graph.facebook.com/v21.0).
                    Telegram: JEJAK_TELEGRAM_TOKEN and optional JEJAK_TELEGRAM_URL (default https://api.telegram.org); \
                    a bot reaches only people whose chat id Jejak learned from a matched Telegram reply.
                    Rate limits (HTTP 429) are honoured with Retry-After and backoff; each send is recorded, \
                    so nobody gets the same wave twice.
                    """)
            @OptionGroup var database: DatabaseOptions
            @OptionGroup var waveOptions: WaveOptions
            @Option(help: "whatsapp or telegram.") var channel: SurveyChannel
            @Option(help: "id or en (Telegram text).") var lang: SurveyLanguage = .indonesian
            @Flag(help: "Also send to people whose messages were exported for this channel.") var includeExported = false
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() async throws {
                let environment = ProcessInfo.processInfo.environment
                let sender: any MessageSender
                switch channel {
                case .whatsapp:
                    guard let token = environment["JEJAK_WHATSAPP_TOKEN"], let phoneID = environment["JEJAK_WHATSAPP_PHONE_ID"] else {
                        throw ValidationError("set JEJAK_WHATSAPP_TOKEN and JEJAK_WHATSAPP_PHONE_ID (see --help)")
                    }
                    sender = WhatsAppCloudSender(configuration: .init(
                        baseURL: URL(string: environment["JEJAK_WHATSAPP_URL"] ?? "https://graph.facebook.com/v21.0")!,
                        phoneNumberID: phoneID, accessToken: token,
                        templateName: environment["JEJAK_WHATSAPP_TEMPLATE"] ?? "tracer_alumni",
                        languageCode: lang.rawValue))
                case .telegram:
                    guard let token = environment["JEJAK_TELEGRAM_TOKEN"] else { throw ValidationError("set JEJAK_TELEGRAM_TOKEN (see --help)") }
                    sender = TelegramBotSender(configuration: .init(
                        baseURL: URL(string: environment["JEJAK_TELEGRAM_URL"] ?? "https://api.telegram.org")!, token: token))
                case .instagram:
                    throw ValidationError("Instagram has no API for this; use `jejak survey export --channel instagram`")
                }
                let outbox = SurveyOutbox(database: try database.open(wave: waveOptions.wave), language: lang)
                let summary = try await SurveySend(outbox: outbox, sender: sender).run(
                    wave: waveOptions.wave, channel: channel, asOf: waveOptions.date, classCode: waveOptions.classCode,
                    includeExported: includeExported,
                    progress: { done, total in if done % 25 == 0 || done == total { ProgressLog.report("sent \(done) of \(total)") } })
                if format == .json { return try printJSON(summary) }
                print("Wave \(waveOptions.wave) on \(channel.rawValue): \(summary.sent) sent, \(summary.failed.count) failed, \(summary.unreachable) cannot be reached, \(summary.alreadySent) already sent.")
                for failure in summary.failed { print("  \(failure.nik): \(failure.reason)") }
                if !summary.failed.isEmpty { throw ExitCode.failure }
            }
        }
    }
}
