import Foundation

/// A questionnaire file that cannot be used, with the file and the field path
/// ("questions[3].options[1].value") so the staff member who edited it can find the spot.
public enum QuestionnaireError: Error, Equatable, LocalizedError {
    case unreadable(file: String)
    /// Not JSON at all.
    case invalidJSON(file: String, detail: String)
    case missingField(file: String, field: String)
    /// The field holds the wrong kind of value (text where a number belongs, an unknown key).
    case wrongType(file: String, field: String, expected: String)
    case invalidValue(file: String, field: String, problem: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file): return "\(file): the file cannot be read"
        case .invalidJSON(let file, let detail): return "\(file): not valid JSON (\(detail))"
        case .missingField(let file, let field): return "\(file): field \(field) is missing"
        case .wrongType(let file, let field, let expected): return "\(file): field \(field) must be \(expected)"
        case .invalidValue(let file, let field, let problem): return "\(file): field \(field) \(problem)"
        }
    }

    /// The field the error is about, if any.
    public var field: String? {
        switch self {
        case .unreadable, .invalidJSON: return nil
        case .missingField(_, let f), .wrongType(_, let f, _), .invalidValue(_, let f, _): return f
        }
    }

    init(decoding error: DecodingError, file: String) {
        func path(_ keys: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            var s = ""
            for k in keys + (last.map { [$0] } ?? []) {
                if let i = k.intValue { s += "[\(i)]" } else { s += s.isEmpty ? k.stringValue : ".\(k.stringValue)" }
            }
            return s.isEmpty ? "(top level)" : s
        }
        switch error {
        case .keyNotFound(let key, let context):
            self = .missingField(file: file, field: path(context.codingPath, key))
        case .typeMismatch(let type, let context):
            self = .wrongType(file: file, field: path(context.codingPath), expected: Self.describe(type))
        case .valueNotFound(let type, let context):
            self = .wrongType(file: file, field: path(context.codingPath), expected: Self.describe(type))
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self = .invalidJSON(file: file, detail: (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription)
        case .dataCorrupted(let context):
            self = .invalidValue(file: file, field: path(context.codingPath), problem: "has an unknown value (\(context.debugDescription))")
        @unknown default:
            self = .invalidJSON(file: file, detail: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type: return "a whole number"
        default: return "\(type)"
        }
    }
}
