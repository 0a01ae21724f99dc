import Alumni
import Foundation
import HTTPTypes
import Hummingbird

/// What the server refuses, and why. API paths get a JSON body (`{"error": …, "allowed": […]}`); pages get a short
/// HTML page, and a browser that is not signed in is sent to the sign-in page. Every text is escaped.
enum WebError: Error, HTTPResponseError, LocalizedError {
    /// An unknown parameter or value: says what is allowed.
    case badRequest(String, allowed: [String]? = nil)
    /// No credentials, or wrong ones.
    case unauthorized
    /// Signed in, but not allowed (an official asking for people).
    case forbidden(String)
    case notFound(String)
    /// A form without its session's CSRF token.
    case staleForm

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .unauthorized: .unauthorized
        case .forbidden, .staleForm: .forbidden
        case .notFound: .notFound
        }
    }

    var errorDescription: String? { message }

    var message: String {
        switch self {
        case .badRequest(let message, _): message
        case .unauthorized: "Sign in first: send `Authorization: Bearer TOKEN` (from `jejak users add`), or sign in at /login."
        case .forbidden(let message): message
        case .notFound(let message): message
        case .staleForm: "This form has expired: reload the page and try again."
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/healthz" {
            var allowed: [String]? = nil
            if case .badRequest(_, let list) = self { allowed = list }
            // Markup characters travel as JSON escapes, so nothing a caller typed can be read as HTML.
            let json = try JSONOutput.string(ErrorBody(error: message, allowed: allowed)).replacingOccurrences(of: "&", with: "\\u0026")
                .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            var response = Response.text(json + "\n", status: status, contentType: "application/json; charset=utf-8")
            if case .unauthorized = self { response.headers[HTTPField.Name("WWW-Authenticate")!] = "Bearer realm=\"jejak\"" }
            return response
        }
        if case .unauthorized = self {
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        return Response.text(Page.errorPage(status: status, message: message), status: status, contentType: "text/html; charset=utf-8")
    }
}

/// The JSON body of an API error.
private struct ErrorBody: Encodable {
    var error: String
    var allowed: [String]?
}
