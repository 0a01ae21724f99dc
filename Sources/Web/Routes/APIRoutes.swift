import Alumni
import Foundation
import Hummingbird
import Impact
import Outreach

/// `/api/…`: the CLI's `--format json` over HTTP — the same numbers, the same JSON, the same suppression.
struct APIRoutes {
    let server: WebServer

    func register(on router: Router<WebContext>) {
        router.get(RouterPath(APIEndpoint.health.path)) { request, context in try await health(request, context) }
        router.get(RouterPath(APIEndpoint.openAPI.path)) { request, _ in
            _ = try QueryParameters(request, allowed: APIEndpoint.openAPI.parameters)
            return Response.text(server.openAPI, contentType: "application/yaml; charset=utf-8")
        }
        router.get(RouterPath(APIEndpoint.rates.path)) { request, context in try await rates(request, context) }
        router.get(RouterPath(APIEndpoint.funnel.path)) { request, context in try await funnel(request, context) }
        router.get(RouterPath(APIEndpoint.campaigns.path)) { request, context in
            try check(APIEndpoint.campaigns, request, context)
            return Response.json(try JSONOutput.string(try await server.figures.campaigns()) + "\n")
        }
        router.get(RouterPath(APIEndpoint.classes.path)) { request, context in
            let user = try check(APIEndpoint.classes, request, context)
            let threshold = user.role == .staff ? nil : Suppression.defaultThreshold
            return Response.json(try JSONOutput.string(try await server.figures.classes().map { ClassFigures($0, threshold: threshold) }) + "\n")
        }
        router.get(RouterPath(APIEndpoint.review.path)) { request, context in
            let user = try check(APIEndpoint.review, request, context)
            let items = try ReviewQueue(database: server.database).open()
            try server.audit(user, "view review queue", detail: "GET /api/review", people: items.compactMap(\.traineeID))
            return Response.json(try JSONOutput.string(items) + "\n")
        }
        router.get(RouterPath(APIEndpoint.report.path)) { request, context in try await report(request, context) }
    }

    /// Checks credentials and parameters against the endpoint's declaration; returns the user.
    @discardableResult
    func check(_ endpoint: APIEndpoint, _ request: Request, _ context: WebContext) throws -> WebUser {
        let user = try context.require(endpoint.access == .staff ? .staff : nil)
        _ = try QueryParameters(request, allowed: endpoint.parameters)
        return user
    }

    /// 200 when the database answers; no credentials needed (for a load balancer or a monitor).
    func health(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try QueryParameters(request, allowed: APIEndpoint.health.parameters)
        _ = try server.database.dataVersion()
        return Response.json("{\"status\": \"ok\"}\n")
    }

    func rates(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try check(APIEndpoint.rates, request, context)
        let query = try QueryParameters(request, allowed: APIEndpoint.rates.parameters)
        let question = try RatesQuestion(query, user: user, waves: try await server.figures.waves())
        let format = try query.choice("format", default: RatesQuery.Format.json)
        let dialect = try query.choice("csv_dialect", default: CSVDialect.standard)
        let rates = try await server.figures.rates(by: question.by, wave: question.wave, period: question.period, asOf: question.asOf,
                                                   threshold: question.threshold)
        switch format {
        case .json: return Response.json(rates.json)
        case .csv: return Response.text(try RatesQuery.render(rates.table, format: .csv, dialect: dialect), contentType: "text/csv; charset=utf-8")
        case .table: return Response.text(try RatesQuery.render(rates.table, format: .table), contentType: "text/plain; charset=utf-8")
        }
    }

    func funnel(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try check(APIEndpoint.funnel, request, context)
        let question = try FunnelQuestion(try QueryParameters(request, allowed: APIEndpoint.funnel.parameters), user: user, waves: try await server.figures.waves())
        let table = try await server.figures.funnel(by: question.by, wave: question.wave, period: question.period, threshold: question.threshold)
        return Response.json(try JSONOutput.string(table) + "\n")
    }

    /// The report as one HTML page or Markdown text, as `jejak report` writes it.
    func report(_ request: Request, _ context: WebContext) async throws -> Response {
        try check(APIEndpoint.report, request, context)
        let query = try QueryParameters(request, allowed: APIEndpoint.report.parameters)
        guard try query.one("period") != nil else {
            throw WebError.badRequest("\"period\" is required: a year (2025), a quarter (2025-Q3) or a month (2025-07).")
        }
        let format = try query.choice("format", default: ReportFormat.html)
        guard format != .csv else { throw WebError.badRequest("\"format\" is html or md here; the CSV tables are at /report/csv.", allowed: ["html", "md"]) }
        let lang = try query.choice("lang", default: ReportLanguage.id)
        let report = try await server.figures.report(period: try query.period(), wave: try RatesQuestion.wave(query, waves: try await server.figures.waves()),
                                                     asOf: try query.asOf())
        return ReportResponse.document(report, format: format, language: lang)
    }
}

/// The report as a response: HTML with the inline style it carries (it must open offline), or Markdown.
enum ReportResponse {
    static func document(_ report: ImpactReport, format: ReportFormat, language: ReportLanguage) -> Response {
        if format == .md { return Response.text(report.document(.md, language: language), contentType: "text/markdown; charset=utf-8") }
        var response = Response.html(report.document(.html, language: language))
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
        return response
    }
}
