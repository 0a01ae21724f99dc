import Alumni
import Impact

/// `jejak rates`'s arguments as query parameters, checked the same way for `/api/rates` and the rates page.
struct RatesQuestion {
    static let parameters = ["by", "wave", "period", "as_of", "threshold", "suppress"]

    var by: [Breakdown]
    var wave: Int
    var period: ReportPeriod
    var asOf: CivilDate
    /// nil: unsuppressed (staff only).
    var threshold: Int?

    /// - Parameter defaultBy: the breakdown when none is given.
    init(_ query: QueryParameters, user: WebUser, waves: [Int], defaultBy: [Breakdown] = [.program]) throws {
        by = try query.all("by").map { text in
            guard let breakdown = Breakdown(rawValue: text) else {
                throw WebError.badRequest("\"by\" cannot be \"\(text)\".", allowed: Breakdown.allCases.map(\.rawValue))
            }
            return breakdown
        }
        if by.isEmpty { by = defaultBy }
        wave = try Self.wave(query, waves: waves)
        period = try query.period()
        asOf = try query.asOf()
        threshold = try Self.threshold(query, user: user)
    }

    /// A configured wave (`survey.waves`); 6 by default.
    static func wave(_ query: QueryParameters, waves: [Int]) throws -> Int {
        guard let text = try query.one("wave") else { return waves.contains(6) ? 6 : waves.first ?? 6 }
        guard let wave = Int(text), waves.contains(wave) else {
            throw WebError.badRequest("\"wave\" is one of the configured survey waves (months after graduation), not \"\(text)\".",
                                      allowed: waves.map(String.init))
        }
        return wave
    }

    /// The suppression threshold: 5 by default; lower, or `suppress=false`, only for staff.
    static func threshold(_ query: QueryParameters, user: WebUser) throws -> Int? {
        let threshold = try query.int("threshold", default: Suppression.defaultThreshold, in: 1...1000)
        let suppress = try query.bool("suppress", default: true)
        if user.role == .official && (!suppress || threshold < Suppression.defaultThreshold) {
            throw WebError.forbidden("Officials see groups of \(Suppression.defaultThreshold) or more only; small groups are for staff.")
        }
        return suppress ? threshold : nil
    }
}
