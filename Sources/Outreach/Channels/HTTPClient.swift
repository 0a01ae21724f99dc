import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts JSON and returns the status and body; the senders turn those into `SendError`s.
struct HTTPClient: Sendable {
    var timeout: TimeInterval = 30

    func postJSON(_ url: URL, body: some Encodable, headers: [String: String] = [:]) async throws(SendError) -> (status: Int, body: Data, retryAfter: Double?) {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        do {
            request.httpBody = try JSONEncoder().encode(body)
        } catch {
            throw .configuration("the request could not be encoded")
        }
        do {
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as? HTTPURLResponse
            let retryAfter = http?.value(forHTTPHeaderField: "Retry-After").flatMap(Double.init)
            return (http?.statusCode ?? 0, data, retryAfter)
        } catch {
            throw .temporary(error.localizedDescription)
        }
    }
}
