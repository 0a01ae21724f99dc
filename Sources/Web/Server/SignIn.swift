import Alumni
import Hummingbird
import Synchronization

/// Finds out who is asking — an API token in `Authorization: Bearer …`, or a browser's session cookie — and puts
/// them in the context. It refuses only wrong tokens; each route decides what it needs.
struct SignIn: RouterMiddleware {
    typealias Context = WebContext
    static let cookieName = "jejak_session"

    let users: UserStore
    let sessions: SessionStore
    let tokens = RecentTokens()

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            guard header.count > 7, header.prefix(7).lowercased() == "bearer ",
                  let user = try tokens.user(String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces), users: users)
            else { throw WebError.unauthorized }
            context.user = user
        } else if let cookie = request.cookies[Self.cookieName]?.value, let session = try sessions.session(cookie: cookie, now: .now()) {
            context.user = session.user
            context.session = session
        }
        return try await next(request, context)
    }
}

/// Tokens checked in the last few seconds, so a dashboard polling the API costs no token lookup per request.
/// A revoked token stops working within `lifetime`.
final class RecentTokens: Sendable {
    private let checked = Mutex<[String: (user: WebUser, at: ContinuousClock.Instant)]>([:])
    let lifetime: Duration = .seconds(5)

    func user(_ token: String, users: UserStore) throws -> WebUser? {
        let digest = Secret.digest(token), now = ContinuousClock.now
        if let hit = checked.withLock({ $0[digest] }), now - hit.at < lifetime { return hit.user }
        guard let user = try users.user(token: token) else { return nil }
        checked.withLock { entries in
            if entries.count > 1000 { entries.removeAll() }
            entries[digest] = (user, now)
        }
        return user
    }
}
