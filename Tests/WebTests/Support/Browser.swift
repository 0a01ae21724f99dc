import Foundation
import Hummingbird
import HummingbirdTesting

/// A browser's side of the pages, over a test client: keeps cookies, signs in through the form, posts forms with
/// the page's CSRF token.
final class FormBrowser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    func get(_ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers())
        keep(response)
        return response
    }

    func post(_ uri: String, form: [(String, String)]) async throws -> TestResponse {
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = form.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        keep(response)
        return response
    }

    /// Signs in through the login form; returns the form's answer.
    @discardableResult
    func signIn(_ name: String, _ password: String) async throws -> TestResponse {
        let form = try await get("/login")
        return try await post("/login", form: [("name", name), ("password", password), ("csrf", Self.csrf(in: form.text) ?? "")])
    }

    /// The CSRF token in a page's first form.
    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    private func headers() -> HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    private func keep(_ response: TestResponse) {
        for header in response.cookies {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty || header.contains("Max-Age=0") { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair[1] }
        }
    }
}
