import Hummingbird

/// A request's context: who is asking, once `SignIn` has found out from the bearer token or the session cookie.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user; nil for anyone else.
    public var user: WebUser?
    /// The browser session (its CSRF token), when the user signed in with a password.
    public var session: SessionStore.Session?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The user, who must have `role` when one is given.
    func require(_ role: Role? = nil) throws -> WebUser {
        guard let user else { throw WebError.unauthorized }
        if let role, user.role != role {
            throw WebError.forbidden("This needs the \(role.rawValue) role; you are signed in as \(user.role.rawValue).")
        }
        return user
    }

    /// A form posted from one of this session's pages: its token must be the session's.
    func checkForm(_ token: String) throws {
        guard let session else { throw WebError.unauthorized }
        guard Secret.equal(session.csrf, token) else { throw WebError.staleForm }
    }
}
