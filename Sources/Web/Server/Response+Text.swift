import Hummingbird

extension Response {
    /// A complete text body with its content type.
    static func text(_ body: String, status: HTTPResponse.Status = .ok, contentType: String) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func json(_ body: String) -> Response { text(body, contentType: "application/json; charset=utf-8") }
    static func html(_ body: String) -> Response { text(body, contentType: "text/html; charset=utf-8") }

    /// After a form: back to a page (the browser then loads it with GET, so a reload does not post again).
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
