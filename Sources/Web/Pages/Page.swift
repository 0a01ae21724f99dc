import Alumni
import Foundation
import Hummingbird
import Impact
import Mustache

/// Server-rendered pages: mustache templates from the target's resources, filled with words in the reader's
/// language and figures drawn by the report's code. Mustache escapes every value; only the figure fragments (built
/// and escaped by `ReportFragments`) go in raw.
struct Page: Sendable {
    /// The menu: path, word, and whether officials see it.
    static let menu: [(path: String, word: String, staffOnly: Bool)] = [
        ("/", "overview", false), ("/rates", "rates", false), ("/campaigns", "campaigns", false), ("/classes", "classes", false),
        ("/review", "review", true), ("/report", "report", false),
    ]
    static let languageCookie = "jejak_lang"

    let library: MustacheLibrary

    /// Loads the templates from the target's resources.
    static func load() async throws -> Page {
        guard let folder = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources") else {
            throw WebError.notFound("The page templates are missing from the build (Sources/Web/Resources/templates).")
        }
        return Page(library: try await MustacheLibrary(directory: folder.path))
    }

    /// The reader's language: `?lang=` (remembered in a cookie), else the cookie, else Bahasa Indonesia.
    static func language(of request: Request) -> ReportLanguage {
        askedLanguage(request) ?? request.cookies[languageCookie].flatMap { ReportLanguage(rawValue: $0.value) } ?? .id
    }

    private static func askedLanguage(_ request: Request) -> ReportLanguage? {
        (request.uri.query ?? "").split(separator: "&").first { $0.hasPrefix("lang=") }.flatMap { ReportLanguage(rawValue: String($0.dropFirst(5))) }
    }

    /// A whole page: the layout's frame (menu, user, language switch) around `template` filled with `values`.
    func render(_ template: String, title: String, request: Request, context: WebContext, values: [String: Any] = [:]) -> Response {
        let lang = Self.language(of: request)
        let words = UIText.words(lang)
        let path = request.uri.path
        var frame: [String: Any] = [
            "lang": lang.rawValue, "t": words, "title": title,
            "nav": Self.menu.filter { !$0.staffOnly || context.user?.role == .staff }.map {
                ["href": $0.path, "label": words[$0.word] ?? $0.word, "current": $0.path == path] as [String: Any]
            },
            "otherLang": lang == .id ? "en" : "id", "otherLangName": lang == .id ? "English" : "Bahasa Indonesia",
            "langHref": Self.switchLanguage(request, to: lang == .id ? .en : .id),
        ]
        if let user = context.user {
            frame["user"] = ["name": user.name, "roleName": words[user.role.rawValue] ?? user.role.rawValue]
            frame["csrf"] = context.session?.csrf ?? ""
        }
        frame.merge(values) { _, new in new }
        var response = Response.html(library.render(frame, withTemplate: template) ?? "")
        if let asked = Self.askedLanguage(request) {
            response.setCookie(Cookie(name: Self.languageCookie, value: asked.rawValue, maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// The same page in the other language.
    static func switchLanguage(_ request: Request, to lang: ReportLanguage) -> String {
        let kept = (request.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("lang=") }
        return request.uri.path + "?" + (kept + ["lang=\(lang.rawValue)"]).joined(separator: "&")
    }

    /// A short page for an error: its status and what to do, escaped.
    static func errorPage(status: HTTPResponse.Status, message: String) -> String {
        let text = message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(status.code) — Jejak</title><link rel="stylesheet" href="/static/jejak.css"></head>
            <body><main><h1>\(status.code) \(status.reasonPhrase)</h1><p>\(text)</p><p><a href="/">Jejak</a></p></main></body></html>

            """
    }
}
