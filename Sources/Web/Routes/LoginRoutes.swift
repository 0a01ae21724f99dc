import Alumni
import Foundation
import Hummingbird

/// Signing in with a name and password (set by `jejak users password`), and out again.
///
/// The session cookie is HttpOnly and SameSite=Strict. The sign-in form carries a token that must match a cookie
/// set with the form (so another site cannot sign a browser in), and every later form carries the session's token.
struct LoginRoutes {
    static let formCookie = "jejak_login"
    let server: WebServer

    struct LoginForm: Decodable {
        var name: String
        var password: String
        var csrf: String
    }

    struct SignedForm: Decodable {
        var csrf: String
    }

    func register(on router: Router<WebContext>) {
        router.get("/login") { request, context in
            _ = try QueryParameters(request, allowed: ["lang"])
            if context.user != nil { return Response.redirect(to: "/") }
            return try loginPage(request, context, failed: false)
        }
        router.post("/login") { request, context in
            let form = try await URLEncodedFormDecoder().decode(LoginForm.self, from: request, context: context)
            guard let expected = request.cookies[Self.formCookie]?.value, Secret.equal(expected, form.csrf) else { throw WebError.staleForm }
            let users = server.users
            guard let user = try await Blocking.run({ try users.user(name: form.name, password: form.password) }) else {
                server.logger.notice("sign-in refused")
                return try loginPage(request, context, failed: true)
            }
            let (cookie, _) = try server.sessions.open(for: user, now: .now())
            var response = Response.redirect(to: "/")
            response.setCookie(Cookie(name: SignIn.cookieName, value: cookie, maxAge: SessionStore.lifetimeSeconds, path: "/", httpOnly: true, sameSite: .strict))
            response.setCookie(Cookie(name: Self.formCookie, value: "", maxAge: 0, path: "/login", httpOnly: true, sameSite: .strict))
            return response
        }
        router.post("/logout") { request, context in
            let form = try await URLEncodedFormDecoder().decode(SignedForm.self, from: request, context: context)
            try context.checkForm(form.csrf)
            if let cookie = request.cookies[SignIn.cookieName]?.value { try server.sessions.close(cookie: cookie) }
            var response = Response.redirect(to: "/login")
            response.setCookie(Cookie(name: SignIn.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }

    private func loginPage(_ request: Request, _ context: WebContext, failed: Bool) throws -> Response {
        let token = Secret.random()
        let lang = Page.language(of: request)
        var response = server.page.render("login", title: UIText.words(lang)["signIn"]!, request: request, context: context,
                                          values: ["loginCSRF": token, "failed": failed])
        if failed { response.status = .unauthorized }
        response.setCookie(Cookie(name: Self.formCookie, value: token, maxAge: 3600, path: "/login", httpOnly: true, sameSite: .strict))
        return response
    }
}
