import Foundation
import Hummingbird
import Logging

/// One line per request: method, path, status, user and time. Never the query string or a body: they can hold a
/// NIK, a phone number or a message; and a long run of digits in a path is masked too.
struct AccessLog: RouterMiddleware {
    typealias Context = WebContext
    let logger: Logger

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        func log(_ status: Int) {
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            logger.info("\(request.method) \(Self.masked(request.uri.path)) \(status) \(context.user?.name ?? "-") \(String(format: "%.1f", ms)) ms")
        }
        do {
            let response = try await next(request, context)
            log(response.status.code)
            return response
        } catch let error as any HTTPResponseError {
            log(error.status.code)
            throw error
        } catch {
            log(500)
            throw error
        }
    }

    /// The path with every run of 8 or more digits (a NIK, a phone number) cut to its last four.
    static func masked(_ path: String) -> String {
        var out = "", digits = ""
        func flush() {
            out += digits.count >= 8 ? "…" + digits.suffix(4) : digits
            digits = ""
        }
        for c in path {
            if c.isASCII && c.isNumber { digits.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }
}
