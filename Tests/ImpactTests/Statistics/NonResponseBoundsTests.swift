import Testing
@testable import Impact

struct NonResponseBoundsTests {
    @Test func typicalWave() throws {
        // G = 40, R = 25, employed = 15: lower = 15/40 = 0.375; upper = (15 + 40 − 25)/40 = 30/40 = 0.75
        let b = try #require(NonResponseBounds(employed: 15, respondents: 25, graduates: 40))
        #expect(b.lower == 0.375)
        #expect(b.upper == 0.75)
    }

    @Test func everyoneAnswered() throws {
        // R = G: no uncertainty from non-response, lower = upper = 6/8 = 0.75
        let b = try #require(NonResponseBounds(employed: 6, respondents: 8, graduates: 8))
        #expect(b.lower == 0.75)
        #expect(b.upper == 0.75)
    }

    @Test func nobodyAnswered() throws {
        // R = 0: lower = 0/10 = 0, upper = (0 + 10 − 0)/10 = 1
        let b = try #require(NonResponseBounds(employed: 0, respondents: 0, graduates: 10))
        #expect(b.lower == 0)
        #expect(b.upper == 1)
    }

    @Test func noGraduatesIsNil() {
        #expect(NonResponseBounds(employed: 0, respondents: 0, graduates: 0) == nil)
    }

    @Test func impossibleCountsAreNil() {
        #expect(NonResponseBounds(employed: 5, respondents: 4, graduates: 10) == nil)
        #expect(NonResponseBounds(employed: 1, respondents: 11, graduates: 10) == nil)
    }
}
