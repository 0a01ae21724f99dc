import Testing
@testable import Impact

struct WilsonIntervalTests {
    private func close(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool { abs(a - b) < tol }

    @Test func halfOfTen() throws {
        // p = 0.5, z² = 3.841458820694124, 1 + z²/n = 1.3841458820694124
        // centre = (0.5 + 0.1920729410347062) / 1.3841458820694124 = 0.5
        // half = 1.959963984540054 · √(0.025 + 0.0096036470517353) / 1.3841458820694124
        //      = 1.959963984540054 · 0.186020555 / 1.384145882 = 0.263406909
        let w = try #require(WilsonInterval(successes: 5, of: 10))
        #expect(close(w.lower, 0.236593090512564))
        #expect(close(w.upper, 0.763406909487436))
    }

    @Test func noneOfTen() throws {
        // k = 0: lower = 0, upper = z² / (n + z²) = 3.841458820694124 / 13.841458820694124 = 0.27753279986
        let w = try #require(WilsonInterval(successes: 0, of: 10))
        #expect(w.lower == 0)
        #expect(close(w.upper, 0.2775327998628892))
    }

    @Test func allOfTen() throws {
        // k = n: mirror of k = 0, lower = 1 − 0.27753279986 = 0.72246720014, upper exactly 1
        let w = try #require(WilsonInterval(successes: 10, of: 10))
        #expect(close(w.lower, 0.7224672001371107))
        #expect(w.upper == 1)
    }

    @Test func eightOfTwenty() throws {
        // p = 0.4, 1 + z²/20 = 1.19207294103; centre = (0.4 + 0.09603647052) / 1.19207294103 = 0.41611251581
        // half = 1.959963984540054 · √(0.012 + 0.00240182352) / 1.19207294103 = 0.19730598344
        let w = try #require(WilsonInterval(successes: 8, of: 20))
        #expect(close(w.lower, 0.21880653237281705))
        #expect(close(w.upper, 0.6134184992377469))
    }

    @Test func zeroTrialsIsNil() {
        #expect(WilsonInterval(successes: 0, of: 0) == nil)
    }

    @Test func impossibleCountsAreNil() {
        #expect(WilsonInterval(successes: 3, of: 2) == nil)
        #expect(WilsonInterval(successes: -1, of: 2) == nil)
    }
}
