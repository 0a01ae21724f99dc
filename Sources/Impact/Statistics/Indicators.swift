import Foundation

/// The tracer-study indicators for one group and wave (ETF/Cedefop/ILO tracer guide; the
/// Indonesian BMW headline), each proportion with its numerator, denominator and 95% Wilson
/// interval (see `WilsonInterval`).
///
/// Notation: G graduates, U unreachable, R respondents; E = employees + self-employed.
public struct Indicators: Sendable, Equatable {
    /// The counts these indicators were computed from.
    public let counts: IndicatorCounts

    /// Gross response rate = R / G. Published next to the net rate, both labelled.
    public let grossResponseRate: Proportion
    /// Net response rate = R / (G − U): only those a message could reach. Graduates never asked for consent, or
    /// who declined contact, are not in U (they have a contact); their counts are published beside it.
    public let netResponseRate: Proportion
    /// Employment rate = (employees + self-employed) / R.
    public let employmentRate: Proportion
    /// Bounds for the employment rate among all G: [E / G, (E + G − R) / G].
    /// Nil when G = 0.
    public let employmentBounds: NonResponseBounds?
    /// Unemployment rate = unemployed / (E + unemployed): the labour force among respondents,
    /// as BPS defines TPT; students and those not in the labour force are outside it.
    public let unemploymentRate: Proportion
    /// Further-education rate = studying / R (DOMAIN.md): respondents whose main status is education or training.
    /// Working students count as working (BPS); their number is `counts.workingAndStudying`, published apart.
    public let furtherEducationRate: Proportion
    /// BMW rate = (E + studying) / R: working, studying or self-employed, each person once.
    /// Because the status counts are exclusive, a working student is already in E and the
    /// `workingAndStudying` overlap is not added again.
    public let bmwRate: Proportion
    /// Median of `monthsToFirstJob` (mean of the two middle values for an even count);
    /// nil when nobody started a first job after graduation.
    public let medianMonthsToFirstJob: Double?
    /// Share under 6 months = #(months < 6) / #monthsToFirstJob.
    public let firstJobUnderSixMonths: Proportion
    /// Training–job match = matched / working respondents who answered the match question; the working who did
    /// not answer (E − matchAnswered) are reported beside it, not counted as "no".
    public let matchShare: Proportion
    /// Income at or above UMK = atLeastUMK / incomeAnswered (working respondents who answered).
    public let atLeastUMKShare: Proportion
    /// Income at or above 1.2 × UMK = atLeast1_2UMK / incomeAnswered (the IKU 1 line).
    public let atLeast1_2UMKShare: Proportion

    /// Checks the counts describe a possible group, then computes every indicator.
    /// - Throws: `IndicatorError` naming the inconsistent field.
    public init(_ c: IndicatorCounts) throws {
        try Self.validate(c)
        counts = c
        let employed = c.employed
        grossResponseRate = Proportion(c.respondents, of: c.graduates)
        netResponseRate = Proportion(c.respondents, of: c.graduates - c.unreachable)
        employmentRate = Proportion(employed, of: c.respondents)
        employmentBounds = NonResponseBounds(employed: employed, respondents: c.respondents, graduates: c.graduates)
        unemploymentRate = Proportion(c.unemployed, of: employed + c.unemployed)
        furtherEducationRate = Proportion(c.studying, of: c.respondents)
        bmwRate = Proportion(employed + c.studying, of: c.respondents)
        medianMonthsToFirstJob = Self.median(c.monthsToFirstJob)
        firstJobUnderSixMonths = Proportion(c.monthsToFirstJob.filter { $0 < 6 }.count, of: c.monthsToFirstJob.count)
        matchShare = Proportion(c.matched, of: c.matchAnswered)
        atLeastUMKShare = Proportion(c.atLeastUMK, of: c.incomeAnswered)
        atLeast1_2UMKShare = Proportion(c.atLeast1_2UMK, of: c.incomeAnswered)
    }

    /// The middle value of a list (mean of the two middle ones for an even count); nil if empty.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[mid]) }
        return Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    private static func validate(_ c: IndicatorCounts) throws {
        let fields: [(String, Int)] = [
            ("graduates", c.graduates), ("unreachable", c.unreachable), ("consentNotAsked", c.consentNotAsked),
            ("declined", c.declined), ("respondents", c.respondents),
            ("employees", c.employees), ("selfEmployed", c.selfEmployed), ("unemployed", c.unemployed),
            ("hiredNotStarted", c.hiredNotStarted), ("preparingBusiness", c.preparingBusiness), ("discouraged", c.discouraged),
            ("matchAnswered", c.matchAnswered),
            ("studying", c.studying), ("notInLabourForce", c.notInLabourForce),
            ("workingAndStudying", c.workingAndStudying), ("matched", c.matched),
            ("incomeAnswered", c.incomeAnswered), ("atLeastUMK", c.atLeastUMK), ("atLeast1_2UMK", c.atLeast1_2UMK),
            ("workingBeforeGraduation", c.workingBeforeGraduation),
        ]
        for (name, value) in fields where value < 0 { throw IndicatorError.negativeCount(field: name) }
        if c.monthsToFirstJob.contains(where: { $0 < 0 }) { throw IndicatorError.negativeCount(field: "monthsToFirstJob") }
        let subsets: [(String, Int, String, Int)] = [
            ("unreachable + consentNotAsked + declined", c.unreachable + c.consentNotAsked + c.declined, "graduates", c.graduates),
            ("hiredNotStarted + preparingBusiness + discouraged", c.hiredNotStarted + c.preparingBusiness + c.discouraged, "unemployed", c.unemployed),
            ("respondents", c.respondents, "graduates − unreachable − consentNotAsked − declined",
             c.graduates - c.unreachable - c.consentNotAsked - c.declined),
            ("workingAndStudying", c.workingAndStudying, "employees + selfEmployed", c.employed),
            ("matchAnswered", c.matchAnswered, "employees + selfEmployed", c.employed),
            ("matched", c.matched, "matchAnswered", c.matchAnswered),
            ("incomeAnswered", c.incomeAnswered, "employees + selfEmployed", c.employed),
            ("atLeastUMK", c.atLeastUMK, "incomeAnswered", c.incomeAnswered),
            ("atLeast1_2UMK", c.atLeast1_2UMK, "atLeastUMK", c.atLeastUMK),
            ("monthsToFirstJob.count + workingBeforeGraduation", c.monthsToFirstJob.count + c.workingBeforeGraduation,
             "respondents", c.respondents),
        ]
        for (part, p, whole, w) in subsets where p > w {
            throw IndicatorError.subsetTooLarge(part: part, whole: whole)
        }
        let sum = c.employed + c.unemployed + c.studying + c.notInLabourForce
        if sum != c.respondents { throw IndicatorError.statusesDoNotSumToRespondents(sum: sum, respondents: c.respondents) }
    }
}
