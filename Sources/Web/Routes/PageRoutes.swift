import Alumni
import Foundation
import Hummingbird
import Impact

/// The pages anyone signed in may read: overview, rates explorer, campaign impact, classes and the report. They
/// show aggregates only, suppressed as in the report; figures and tables are drawn by `ReportFragments`.
struct PageRoutes {
    let server: WebServer

    func register(on router: Router<WebContext>) {
        router.get("/") { request, context in try await overview(request, context) }
        router.get("/rates") { request, context in try await rates(request, context) }
        router.get("/campaigns") { request, context in try await campaigns(request, context) }
        router.get("/classes") { request, context in
            _ = try context.require()
            _ = try QueryParameters(request, allowed: ["lang"])
            let lang = Page.language(of: request)
            let html = ReportFragments(language: lang).classes(try await server.figures.classes())
            return server.page.render("classes", title: UIText.words(lang)["classes"]!, request: request, context: context, values: ["figures": html])
        }
        router.get("/report") { request, context in try await report(request, context) }
        router.get("/report/csv") { request, context in try await reportTable(request, context) }
    }

    /// Graduates, response rates and the employment rate with its interval and bounds, and the trend by cohort.
    func overview(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.require()
        let query = try QueryParameters(request, allowed: ["period", "wave", "lang"])
        let lang = Page.language(of: request), words = UIText.words(lang)
        let waves = try await server.figures.waves()
        let wave = try RatesQuestion.wave(query, waves: waves), period = try query.period()
        let rates = try await server.figures.rates(by: [.cohort], wave: wave, period: period, asOf: LocalDateTime.now().date,
                                                   threshold: Suppression.defaultThreshold)
        let total = rates.table.total
        let f = Dictionary(uniqueKeysWithValues: total.figures.map { ($0.name, $0.value) })
        func value(_ name: String, _ show: (Double) -> String) -> String {
            if let reason = total.suppressionReason, total.suppressed { return "—" + reason.mark }
            return f[name]!.map(show) ?? "—"
        }
        func range(_ low: String, _ high: String) -> String {
            guard !total.suppressed, let a = f[low]!, let b = f[high]! else { return "—" }
            return lang.range(a, b)
        }
        let cards: [[String: String]] = [
            ["name": "graduates", "label": words["graduates"]!, "value": value("graduates") { lang.number(Int($0)) }],
            ["name": "response_rate", "label": words["grossResponse"]!, "value": value("response_rate") { lang.percent($0) },
             "detail": total.suppressed ? "" : "R = \(lang.number(total.counts.respondents))"],
            ["name": "net_response_rate", "label": words["netResponse"]!, "value": value("net_response_rate") { lang.percent($0) }],
            ["name": "employment_rate", "label": words["employmentRate"]!, "value": value("employment_rate") { lang.percent($0) },
             "detail": "\(words["interval"]!) \(range("ci_low", "ci_high")) · \(words["bounds"]!) \(range("bound_low", "bound_high"))"],
        ]
        let notes = total.suppressionReason.map { [$0.footnote(threshold: Suppression.defaultThreshold, in: lang)] } ?? []
        var values = filters(action: "/", query: query, user: user, waves: waves, wave: wave, lang: lang)
        values["cards"] = cards
        values["notes"] = notes
        values["figures"] = ReportFragments(language: lang).rates(rates.table, title: words["trendByCohort"]!)
        values["jsonHref"] = "/api/rates?" + apiQuery(request, adding: ["by=cohort"], dropping: ["by"])
        return server.page.render("overview", title: words["overview"]!, request: request, context: context, values: values)
    }

    /// The rates explorer: `jejak rates` with the same breakdowns, filters and suppression.
    func rates(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.require()
        let query = try QueryParameters(request, allowed: RatesQuestion.parameters + ["lang"])
        let lang = Page.language(of: request), words = UIText.words(lang)
        let waves = try await server.figures.waves()
        let question = try RatesQuestion(query, user: user, waves: waves)
        let rates = try await server.figures.rates(by: question.by, wave: question.wave, period: question.period, asOf: question.asOf,
                                                   threshold: question.threshold)
        var values = filters(action: "/rates", query: query, user: user, waves: waves, wave: question.wave, lang: lang, unsuppressible: true)
        values["hasBreakdowns"] = true
        values["breakdowns"] = Breakdown.allCases.map { ["value": $0.rawValue, "label": lang.breakdownName($0), "checked": question.by.contains($0)] as [String: Any] }
        let title = words["employmentRate"]! + " — " + question.by.map(lang.breakdownName).joined(separator: " · ")
        values["figures"] = ReportFragments(language: lang, threshold: question.threshold).rates(rates.table, title: title)
        values["jsonHref"] = "/api/rates?" + apiQuery(request)
        values["csvHref"] = "/api/rates?" + apiQuery(request, adding: ["format=csv"])
        return server.page.render("rates", title: words["rates"]!, request: request, context: context, values: values)
    }

    /// Campaign impact: the funnel from reach to work by campaign, channel or approach, and the employment rate of
    /// the graduates each recruited.
    func campaigns(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.require()
        let query = try QueryParameters(request, allowed: FunnelQuestion.parameters + ["lang"])
        let lang = Page.language(of: request), words = UIText.words(lang)
        let waves = try await server.figures.waves()
        let question = try FunnelQuestion(query, user: user, waves: waves)
        async let funnel = server.figures.funnel(by: question.by, wave: question.wave, period: question.period, threshold: question.threshold)
        async let rates = server.figures.rates(by: [question.breakdown], wave: question.wave, period: question.period,
                                               asOf: LocalDateTime.now().date, threshold: question.threshold)
        let fragments = ReportFragments(language: lang, threshold: question.threshold)
        var values = filters(action: "/campaigns", query: query, user: user, waves: waves, wave: question.wave, lang: lang, unsuppressible: true)
        values["hasGroupings"] = true
        values["groupings"] = Funnel.Grouping.allCases.map {
            ["value": $0.rawValue, "label": lang.breakdownName(FunnelQuestion.breakdown(of: $0)), "checked": $0 == question.by] as [String: Any]
        }
        values["funnel"] = fragments.funnel(try await funnel)
        values["rates"] = fragments.rates(try await rates.table, title: words["ratesByGroup"]! + " — " + lang.breakdownName(question.breakdown))
        values["jsonHref"] = "/api/funnel?" + apiQuery(request)
        return server.page.render("campaigns", title: words["campaigns"]!, request: request, context: context, values: values)
    }

    /// The periodic report: links to its HTML, Markdown and CSV tables for a period.
    func report(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.require()
        let query = try QueryParameters(request, allowed: ["period", "wave", "lang"])
        let lang = Page.language(of: request), words = UIText.words(lang)
        let waves = try await server.figures.waves()
        let wave = try RatesQuestion.wave(query, waves: waves)
        var values = filters(action: "/report", query: query, user: user, waves: waves, wave: wave, lang: lang)
        if let period = try query.one("period") {
            let report = try await server.figures.report(period: try query.period(), wave: wave, asOf: LocalDateTime.now().date)
            let common = "period=\(period)&wave=\(wave)&lang=\(lang.rawValue)"
            values["ready"] = true
            values["htmlHref"] = "/api/report?\(common)"
            values["mdHref"] = "/api/report?\(common)&format=md"
            values["tables"] = report.csvTables(language: lang).map { ["name": $0.name, "href": "/report/csv?\(common)&table=\($0.name)"] }
        }
        return server.page.render("report", title: words["report"]!, request: request, context: context, values: values)
    }

    /// One of the report's tables as a CSV download.
    func reportTable(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try context.require()
        let query = try QueryParameters(request, allowed: ["period", "wave", "lang", "table", "csv_dialect"])
        guard try query.one("period") != nil, let name = try query.one("table") else {
            throw WebError.badRequest("\"period\" and \"table\" are required.")
        }
        let report = try await server.figures.report(period: try query.period(), wave: try RatesQuestion.wave(query, waves: try await server.figures.waves()),
                                                     asOf: LocalDateTime.now().date)
        let tables = report.csvTables(language: try query.choice("lang", default: ReportLanguage.id), dialect: try query.choice("csv_dialect", default: CSVDialect.standard))
        guard let table = tables.first(where: { $0.name == name }) else {
            throw WebError.badRequest("\"table\" cannot be \"\(name)\".", allowed: tables.map(\.name))
        }
        var response = Response.text(table.contents, contentType: "text/csv; charset=utf-8")
        response.headers[.contentDisposition] = "attachment; filename=\"\(table.name).csv\""
        return response
    }

    /// The filter form's values: waves, period, and for staff the switch that lifts suppression.
    private func filters(action: String, query: QueryParameters, user: WebUser, waves: [Int], wave: Int, lang: ReportLanguage,
                         unsuppressible: Bool = false) -> [String: Any] {
        let months = UIText.words(lang)["months"]!
        return [
            "action": action, "hasWaves": true, "period": (try? query.one("period")) ?? "",
            "waves": waves.map { ["value": $0, "label": "\($0) \(months)", "selected": $0 == wave] as [String: Any] },
            "canUnsuppress": unsuppressible && user.role == .staff, "unsuppressed": (try? query.bool("suppress", default: true)) == false,
        ]
    }

    /// The page's query for the API: the same parameters, without the page's language.
    private func apiQuery(_ request: Request, adding: [String] = [], dropping: [String] = []) -> String {
        let kept = (request.uri.query ?? "").split(separator: "&").map(String.init).filter { item in
            let name = item.split(separator: "=").first.map(String.init) ?? ""
            return name != "lang" && !dropping.contains(name)
        }
        return (kept + adding).joined(separator: "&")
    }
}
