/// The JSON API, declared once: its routes are registered from this list, each request's parameters are checked
/// against it, and a test holds `openapi.yaml` to it.
struct APIEndpoint: Sendable {
    enum Access: Sendable {
        /// No credentials needed.
        case anyone
        /// Any signed-in user (staff or official).
        case signedIn
        /// Staff only: the endpoint returns people.
        case staff
    }

    var path: String
    var access: Access
    var parameters: [String]

    static let rates = APIEndpoint(path: "/api/rates", access: .signedIn, parameters: RatesQuestion.parameters + ["format", "csv_dialect"])
    static let funnel = APIEndpoint(path: "/api/funnel", access: .signedIn, parameters: FunnelQuestion.parameters)
    static let campaigns = APIEndpoint(path: "/api/campaigns", access: .signedIn, parameters: [])
    static let classes = APIEndpoint(path: "/api/classes", access: .signedIn, parameters: [])
    static let review = APIEndpoint(path: "/api/review", access: .staff, parameters: [])
    static let report = APIEndpoint(path: "/api/report", access: .signedIn, parameters: ["period", "format", "lang", "wave", "as_of"])
    static let openAPI = APIEndpoint(path: "/api/openapi.yaml", access: .anyone, parameters: [])
    static let health = APIEndpoint(path: "/healthz", access: .anyone, parameters: [])

    static let all: [APIEndpoint] = [rates, funnel, campaigns, classes, review, report, openAPI, health]
}
