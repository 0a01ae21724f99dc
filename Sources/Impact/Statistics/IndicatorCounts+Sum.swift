extension IndicatorCounts {
    /// Every count that adds up across groups, with the name it is stored under (`OutcomeSummary`).
    /// `monthsToFirstJob` is a list, added apart.
    nonisolated(unsafe) static let additive: [(name: String, path: WritableKeyPath<IndicatorCounts, Int>)] = [
        ("graduates", \.graduates), ("unreachable", \.unreachable), ("consent_not_asked", \.consentNotAsked),
        ("declined", \.declined), ("respondents", \.respondents), ("employees", \.employees),
        ("self_employed", \.selfEmployed), ("unemployed", \.unemployed), ("hired_not_started", \.hiredNotStarted),
        ("preparing_business", \.preparingBusiness), ("discouraged", \.discouraged), ("studying", \.studying),
        ("not_in_labour_force", \.notInLabourForce), ("working_and_studying", \.workingAndStudying),
        ("match_answered", \.matchAnswered), ("matched", \.matched), ("income_answered", \.incomeAnswered),
        ("at_least_umk", \.atLeastUMK), ("at_least_1_2_umk", \.atLeast1_2UMK),
        ("working_before_graduation", \.workingBeforeGraduation),
    ]

    /// Nobody: the start of a sum.
    static var zero: IndicatorCounts { IndicatorCounts(graduates: 0, respondents: 0) }

    /// Two disjoint groups of people counted as one. Months to first job are appended: sort them once the sum is
    /// complete (`sorted()`), so that equal groups compare equal.
    /// Written out field by field: key paths are ten times slower, and a national table adds up thousands of tallies.
    static func += (sum: inout IndicatorCounts, group: IndicatorCounts) {
        sum.graduates += group.graduates
        sum.unreachable += group.unreachable
        sum.consentNotAsked += group.consentNotAsked
        sum.declined += group.declined
        sum.respondents += group.respondents
        sum.employees += group.employees
        sum.selfEmployed += group.selfEmployed
        sum.unemployed += group.unemployed
        sum.hiredNotStarted += group.hiredNotStarted
        sum.preparingBusiness += group.preparingBusiness
        sum.discouraged += group.discouraged
        sum.studying += group.studying
        sum.notInLabourForce += group.notInLabourForce
        sum.workingAndStudying += group.workingAndStudying
        sum.matchAnswered += group.matchAnswered
        sum.matched += group.matched
        sum.incomeAnswered += group.incomeAnswered
        sum.atLeastUMK += group.atLeastUMK
        sum.atLeast1_2UMK += group.atLeast1_2UMK
        sum.workingBeforeGraduation += group.workingBeforeGraduation
        sum.monthsToFirstJob += group.monthsToFirstJob
    }

    /// The same counts with months to first job in order.
    func sorted() -> IndicatorCounts {
        var counts = self
        counts.monthsToFirstJob.sort()
        return counts
    }
}
