import Testing
@testable import Impact

struct IndicatorsTests {
    private func close(_ a: Double?, _ b: Double, _ tol: Double = 1e-9) -> Bool { a.map { abs($0 - b) < tol } ?? false }

    /// G = 40, U = 5, R = 25: 10 employees, 5 self-employed, 4 unemployed, 4 studying, 2 NILF (sum 25).
    /// 11 of the 15 working answered the match question, 9 of them "sesuai".
    private let wave = IndicatorCounts(
        graduates: 40, unreachable: 5, respondents: 25,
        employees: 10, selfEmployed: 5, unemployed: 4, studying: 4, notInLabourForce: 2,
        workingAndStudying: 2, matchAnswered: 11, matched: 9, incomeAnswered: 12, atLeastUMK: 8, atLeast1_2UMK: 3,
        monthsToFirstJob: [0, 2, 7, 3, 5, 12, 1, 4], workingBeforeGraduation: 3)

    @Test func responseRates() throws {
        let i = try Indicators(wave)
        // gross = R/G = 25/40 = 0.625; net = R/(G − U) = 25/35 = 0.714285…
        #expect(i.grossResponseRate == Proportion(25, of: 40))
        #expect(i.grossResponseRate.value == 0.625)
        #expect(i.netResponseRate == Proportion(25, of: 35))
        #expect(close(i.netResponseRate.value, 25.0 / 35.0))
    }

    @Test func labourRates() throws {
        let i = try Indicators(wave)
        // employment = (10 + 5)/25 = 0.6
        #expect(i.employmentRate == Proportion(15, of: 25))
        #expect(i.employmentRate.value == 0.6)
        // unemployment = 4/(15 + 4) = 4/19
        #expect(i.unemploymentRate == Proportion(4, of: 19))
        // further education = studying / R = 4/25 (DOMAIN.md); the 2 working students count as working
        #expect(i.furtherEducationRate == Proportion(4, of: 25))
        // BMW = (15 working + 4 studying, working students already counted)/25 = 19/25 = 0.76
        #expect(i.bmwRate == Proportion(19, of: 25))
        #expect(i.bmwRate.value == 0.76)
    }

    @Test func employmentCarriesIntervalAndBounds() throws {
        let i = try Indicators(wave)
        // Wilson for 15/25 exists; bounds: 15/40 = 0.375 and (15 + 40 − 25)/40 = 0.75
        #expect(i.employmentRate.interval == WilsonInterval(successes: 15, of: 25))
        #expect(i.employmentBounds == NonResponseBounds(employed: 15, respondents: 25, graduates: 40))
        #expect(i.employmentBounds?.lower == 0.375)
        #expect(i.employmentBounds?.upper == 0.75)
    }

    @Test func timeToFirstJob() throws {
        let i = try Indicators(wave)
        // sorted: 0 1 2 3 4 5 7 12 → median = (3 + 4)/2 = 3.5; under 6: 0,1,2,3,4,5 = 6 of 8
        #expect(i.medianMonthsToFirstJob == 3.5)
        #expect(i.firstJobUnderSixMonths == Proportion(6, of: 8))
    }

    @Test func oddMedian() {
        // sorted 1 6 9 → 6
        #expect(Indicators.median([9, 1, 6]) == 6)
        #expect(Indicators.median([]) == nil)
    }

    @Test func matchAndIncome() throws {
        let i = try Indicators(wave)
        // match = 9 / 11 who answered it (not 9/15: the 4 working who left it blank are not "no"); ≥ UMK = 8/12; ≥ 1.2 UMK = 3/12
        #expect(i.matchShare == Proportion(9, of: 11))
        #expect(i.atLeastUMKShare == Proportion(8, of: 12))
        #expect(i.atLeast1_2UMKShare.value == 0.25)
    }

    @Test func noRespondents() throws {
        // R = 0: every respondent-based rate has denominator 0 → no value, no interval; bounds [0, 1]
        let i = try Indicators(IndicatorCounts(graduates: 12, unreachable: 2, respondents: 0))
        #expect(i.grossResponseRate.value == 0)
        #expect(i.employmentRate.value == nil)
        #expect(i.employmentRate.interval == nil)
        #expect(i.unemploymentRate.value == nil)
        #expect(i.bmwRate.value == nil)
        #expect(i.medianMonthsToFirstJob == nil)
        #expect(i.firstJobUnderSixMonths.value == nil)
        #expect(i.employmentBounds?.lower == 0)
        #expect(i.employmentBounds?.upper == 1)
    }

    @Test func allEmployed() throws {
        // 8 of 8 employed: employment 1, unemployment 0/8 = 0, Wilson upper 1, bounds 8/10 and (8 + 10 − 8)/10 = 1
        let i = try Indicators(IndicatorCounts(graduates: 10, respondents: 8, employees: 6, selfEmployed: 2))
        #expect(i.employmentRate.value == 1)
        #expect(i.employmentRate.interval?.upper == 1)
        #expect(i.unemploymentRate == Proportion(0, of: 8))
        #expect(i.employmentBounds?.lower == 0.8)
        #expect(i.employmentBounds?.upper == 1)
    }

    @Test func consentNotAskedIsNotUnreachable() throws {
        // A registration form without a consent column: 20 graduates with phones were never asked and not messaged,
        // 2 have no phone, 6 answered in the class group. U = 2, so net = 6/18, not 6/6.
        let i = try Indicators(IndicatorCounts(graduates: 20, unreachable: 2, consentNotAsked: 12, respondents: 6, employees: 4, unemployed: 2))
        #expect(i.netResponseRate == Proportion(6, of: 18))
        #expect(i.counts.consentNotAsked == 12)
    }

    @Test func openUnemploymentCountsEveryKind() throws {
        // BPS: looking, hired not started, preparing a business and discouraged are all open unemployment.
        let i = try Indicators(IndicatorCounts(graduates: 12, respondents: 10, employees: 6, unemployed: 4, hiredNotStarted: 1,
                                               preparingBusiness: 1, discouraged: 1))
        #expect(i.unemploymentRate == Proportion(4, of: 10))
        #expect(throws: IndicatorError.subsetTooLarge(part: "hiredNotStarted + preparingBusiness + discouraged", whole: "unemployed")) {
            try Indicators(IndicatorCounts(graduates: 12, respondents: 10, employees: 8, unemployed: 2, hiredNotStarted: 2, discouraged: 1))
        }
    }

    @Test func everyoneUnreachable() throws {
        // G = U = 7: net response rate has denominator 0 → nil; gross = 0/7
        let i = try Indicators(IndicatorCounts(graduates: 7, unreachable: 7, respondents: 0))
        #expect(i.netResponseRate.value == nil)
        #expect(i.netResponseRate.interval == nil)
        #expect(i.grossResponseRate.value == 0)
    }

    @Test func noGraduates() throws {
        let i = try Indicators(IndicatorCounts(graduates: 0, respondents: 0))
        #expect(i.grossResponseRate.value == nil)
        #expect(i.employmentBounds == nil)
    }

    @Test func statusesMustSumToRespondents() {
        #expect(throws: IndicatorError.statusesDoNotSumToRespondents(sum: 3, respondents: 4)) {
            try Indicators(IndicatorCounts(graduates: 10, respondents: 4, employees: 3))
        }
    }

    @Test func subsetsAreChecked() {
        #expect(throws: IndicatorError.subsetTooLarge(part: "respondents", whole: "graduates − unreachable − consentNotAsked − declined")) {
            try Indicators(IndicatorCounts(graduates: 10, unreachable: 5, respondents: 6, unemployed: 6))
        }
        #expect(throws: IndicatorError.subsetTooLarge(part: "matched", whole: "matchAnswered")) {
            try Indicators(IndicatorCounts(graduates: 10, respondents: 2, employees: 2, matchAnswered: 2, matched: 3))
        }
        #expect(throws: IndicatorError.subsetTooLarge(part: "matchAnswered", whole: "employees + selfEmployed")) {
            try Indicators(IndicatorCounts(graduates: 10, respondents: 2, employees: 2, matchAnswered: 3))
        }
        #expect(throws: IndicatorError.negativeCount(field: "studying")) {
            try Indicators(IndicatorCounts(graduates: 10, respondents: 0, employees: 1, studying: -1))
        }
    }

    @Test func errorMessageNamesFields() {
        let e = IndicatorError.subsetTooLarge(part: "atLeastUMK", whole: "incomeAnswered")
        #expect(e.errorDescription == "atLeastUMK cannot be larger than incomeAnswered")
    }
}
