import Alumni
import Foundation
import Hummingbird
import Outreach

/// The review queue, for staff: each uncertain answer with its message, why it waits and what the reader
/// suggests; accept, correct or dismiss with one form. Viewing it and every decision go to the audit log, and the
/// decision is recorded with who took it and when.
struct ReviewRoutes {
    /// Items shown at once; the rest follow as these are decided.
    static let pageSize = 100
    let server: WebServer

    struct Decision: Decodable {
        var csrf: String
        var answer: String?
        var nik: String?
    }

    func register(on router: Router<WebContext>) {
        router.get("/review") { request, context in try show(request, context) }
        for action in ["accept", "resolve", "dismiss"] {
            router.post(RouterPath("/review/:id/\(action)")) { request, context in try await decide(action, request, context) }
        }
    }

    func show(_ request: Request, _ context: WebContext) throws -> Response {
        let user = try context.require(.staff)
        let query = try QueryParameters(request, allowed: ["lang", "done"])
        let lang = Page.language(of: request), words = UIText.words(lang)
        let items = try ReviewQueue(database: server.database).open()
        let shown = items.prefix(Self.pageSize)
        try server.audit(user, "view review queue", detail: "GET /review", people: shown.compactMap(\.traineeID))
        let values: [String: Any] = [
            "script": "review.js", "count": lang.number(items.count),
            "decided": try query.one("done").map { lang.pick("Tersimpan: #\($0).", "Saved: #\($0).") } ?? "",
            "items": shown.map { item -> [String: Any] in
                [
                    "id": item.id, "sentAt": item.sentAt.description, "sender": item.sender ?? "?", "chat": item.chat ?? "",
                    "person": item.nik.map { "\($0) \(item.name ?? "")" } ?? "", "wave": item.wave.map(String.init) ?? "",
                    "text": item.text, "reason": item.reason, "suggestion": item.suggestion.map(\.summary) ?? "",
                    "canAccept": item.suggestion?.status != nil && item.nik != nil,
                ]
            },
        ]
        return server.page.render("review", title: words["review"]!, request: request, context: context, values: values)
    }

    func decide(_ action: String, _ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.require(.staff)
        let form = try await URLEncodedFormDecoder().decode(Decision.self, from: request, context: context)
        try context.checkForm(form.csrf)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw WebError.notFound("No such review item.") }
        let queue = ReviewQueue(database: server.database)
        let item = try queue.open().first { $0.id == id }
        guard let item else { throw WebError.notFound("Review item #\(id) is not open: it may have been decided already.") }
        do {
            switch action {
            case "accept": try queue.accept([id], by: user.name, now: .now())
            case "dismiss": try queue.dismiss([id], by: user.name, now: .now())
            default:
                let answer = (form.answer ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !answer.isEmpty else { throw WebError.badRequest("Type the answer you read in the message, e.g. \"1 A B\" or \"masih cari kerja\".") }
                let nik = form.nik.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
                try queue.resolve(id, answer: answer, nik: nik, by: user.name, now: .now())
            }
        } catch let error as OutreachError {
            throw WebError.badRequest(error.localizedDescription)
        } catch let error as AlumniError {
            throw WebError.badRequest(error.localizedDescription)
        }
        try server.audit(user, "\(action) review item", detail: "#\(id)", people: item.traineeID.map { [$0] } ?? [])
        return Response.redirect(to: "/review?done=\(id)")
    }
}
