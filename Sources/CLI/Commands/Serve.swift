import Alumni
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Web

extension Logger.Level: @retroactive ExpressibleByArgument {}

extension Jejak {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the figures in a browser and a JSON API.",
            discussion: """
                Officials (role official) read employment rates, campaign impact, classes and the report: aggregates only, \
                small groups suppressed as in the report. Staff (role staff) also work the review queue. Make logins with \
                `jejak users add NAME --role official|staff` (prints an API token) and `jejak users password NAME` (for the \
                browser). The API (/api/rates, /api/funnel, /api/campaigns, /api/classes, /api/review, /api/report; \
                described at /api/openapi.yaml) answers with the same JSON as the commands' --format json, given \
                `Authorization: Bearer TOKEN`. GET /healthz needs no credentials.
                The server keeps answering while imports and ingests write to the same database; it logs one line per \
                request (never a query string, NIK, phone number or message) on standard error.
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Address to listen on (0.0.0.0 for every interface: put it behind HTTPS).") var host = "127.0.0.1"
        @Option(help: "Port to listen on.") var port = 8080
        @Option(help: "trace, debug, info, notice, warning, error or critical.") var logLevel: Logger.Level = .info

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port is a number from 0 to 65535") }
        }

        func run() async throws {
            var logger = Logger(label: "jejak.web") { StreamLogHandler.standardError(label: $0) }
            logger.logLevel = logLevel
            let db = try database.open()
            let server = try await WebServer(database: db, logger: logger)
            if try UserStore(database: db).list().allSatisfy({ $0.revokedAt != nil }) {
                logger.notice("No users yet: make one with `jejak users add NAME --role official` (or staff).")
            }
            logger.notice("Serving \(database.resolvedPath) on http://\(host):\(port) — Ctrl-C stops.")
            try await server.application(host: host, port: port).runService()
        }
    }
}
