import Alumni
import Hummingbird
import Impact

/// A request's query string, checked against the parameters its route takes: an unknown name, a repeated single
/// value or a value out of range is a 400 that says what is allowed — never silently ignored.
struct QueryParameters {
    private let pairs: [(name: String, value: String)]

    /// Parses the query (`+` as a space, percent-escapes decoded) and refuses names not in `allowed`.
    init(_ request: Request, allowed: [String]) throws {
        var pairs: [(String, String)] = []
        for item in (request.uri.query ?? "").split(separator: "&") where !item.isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = parts[0], let value = parts.count > 1 ? parts[1] : "" else {
                throw WebError.badRequest("The query string is not valid URL encoding.")
            }
            guard allowed.contains(name) else {
                throw WebError.badRequest("Unknown parameter \"\(name)\".", allowed: allowed)
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    /// Every value given for `name`, in order (empty values dropped: an empty form field means "not given").
    func all(_ name: String) -> [String] { pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value) }

    /// The one value of `name`, or nil.
    func one(_ name: String) throws -> String? {
        let values = all(name)
        guard values.count <= 1 else { throw WebError.badRequest("\"\(name)\" is given \(values.count) times; give it once.") }
        return values.first
    }

    func int(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = try one(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw WebError.badRequest("\"\(name)\" must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    /// One of a fixed set of values (an enum's raw values).
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default value: T) throws -> T where T.RawValue == String {
        guard let text = try one(name) else { return value }
        guard let chosen = T(rawValue: text) else {
            throw WebError.badRequest("\"\(name)\" cannot be \"\(text)\".", allowed: T.allCases.map(\.rawValue))
        }
        return chosen
    }

    func bool(_ name: String, default value: Bool) throws -> Bool {
        guard let text = try one(name) else { return value }
        switch text.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw WebError.badRequest("\"\(name)\" is true or false.", allowed: ["true", "false"])
        }
    }

    /// `period`: a year, quarter or month; all graduates when absent.
    func period() throws -> ReportPeriod {
        guard let text = try one("period") else { return .all }
        guard let period = ReportPeriod(text) else {
            throw WebError.badRequest("\"period\" is a year (2025), a quarter (2025-Q3) or a month (2025-07), not \"\(text)\".")
        }
        return period
    }

    /// `as_of`: waves count once due by this date; today when absent.
    func asOf() throws -> CivilDate {
        guard let text = try one("as_of") else { return LocalDateTime.now().date }
        guard let date = CivilDate(parsing: text) else { throw WebError.badRequest("\"as_of\" is a date such as 2026-11-23, not \"\(text)\".") }
        return date
    }
}
