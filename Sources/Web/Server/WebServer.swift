import Alumni
import Foundation
import Hummingbird
import Logging

/// `jejak serve`: the figures in a browser and a JSON API, with roles — officials read aggregates, staff also
/// work the review queue. Pages and API call the same libraries as the command line; the server computes nothing
/// of its own.
///
/// It reads the database through WAL snapshots, so it keeps answering while staff import or ingest from the
/// command line into the same file; figures are recomputed after each write (see `FigureCache`).
public struct WebServer: Sendable {
    let database: JejakDatabase
    let figures: Figures
    let page: Page
    let users: UserStore
    let sessions: SessionStore
    let openAPI: String
    let files: [String: (type: String, body: String)]
    let logger: Logger

    /// - Parameters:
    ///   - passwordCost: bcrypt's work factor for passwords set through this server's store (tests use less).
    ///   - patience: how long a request waits for figures being recomputed before it is answered with the previous ones.
    public init(database: JejakDatabase, logger: Logger = Logger(label: "jejak.web"), passwordCost: UInt8 = 12,
                patience: Duration = .milliseconds(300)) async throws {
        self.database = database
        self.logger = logger
        figures = Figures(database: database, cache: FigureCache(patience: patience))
        page = try await Page.load()
        users = UserStore(database: database, passwordCost: passwordCost)
        sessions = SessionStore(database: database)
        openAPI = try Self.resource("openapi.yaml")
        files = [
            "jejak.css": ("text/css; charset=utf-8", try Self.resource("static/jejak.css")),
            "review.js": ("text/javascript; charset=utf-8", try Self.resource("static/review.js")),
        ]
    }

    /// Every route, with sign-in, security headers and the access log.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: SignIn(users: users, sessions: sessions))
        router.add(middleware: AccessLog(logger: logger))
        APIRoutes(server: self).register(on: router)
        LoginRoutes(server: self).register(on: router)
        PageRoutes(server: self).register(on: router)
        ReviewRoutes(server: self).register(on: router)
        router.get("/static/:file") { _, context in
            guard let name = context.parameters.get("file"), let file = files[name] else { throw WebError.notFound("No such file.") }
            var response = Response.text(file.body, contentType: file.type)
            response.headers[.cacheControl] = "max-age=3600"
            return response
        }
        return router
    }

    /// The application on `host:port`, ready to run.
    public func application(host: String, port: Int) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "jejak"), logger: logger)
    }

    /// Writes an access to people's data to the audit log.
    func audit(_ user: WebUser, _ action: String, detail: String, people: [Int64]) throws {
        try AuditLog(database: database).record(who: user.name, action: action, detail: detail, people: people, at: .now())
    }

    private static func resource(_ path: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Resources/" + path, withExtension: nil) else {
            throw WebError.notFound("\(path) is missing from the build (Sources/Web/Resources).")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
