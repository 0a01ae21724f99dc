import Testing
@testable import Outreach

struct MonthReadingTests {
    @Test(arguments: [
        ("Maret 2025", 2025, 3), ("mar 2025", 2025, 3), ("March 2025", 2025, 3), ("maret '25", 2025, 3), ("03/2025", 2025, 3),
        ("3-2025", 2025, 3), ("2025-03", 2025, 3), ("2025/3", 2025, 3), ("mulai 12/03/2025", 2025, 3), ("sejak Agustus, 2024", 2024, 8),
        ("bulan Des 2024", 2024, 12),
    ])
    func readsMonths(_ text: String, _ year: Int, _ month: Int) {
        #expect(MonthReading.read(text) == .init(month: YearMonth(year: year, month: month), issue: nil))
    }

    @Test(arguments: ["sejak maret", "bulan lalu", "last month", "baru seminggu", "Maret 2025 atau April 2025", "sejak 2 Maret"])
    func uncertainMonthsAreIssues(_ text: String) {
        let result = MonthReading.read(text)
        #expect(result.month == nil)
        #expect(result.issue != nil)
    }

    @Test func noMonthNoIssue() {
        #expect(MonthReading.read("sudah kerja di PT Maju Jaya") == .init(month: nil, issue: nil))
        #expect(MonthReading.read("may I ask") == .init(month: nil, issue: nil))
    }

    @Test func yearMonthArithmetic() throws {
        let start = try #require(YearMonth(year: 2024, month: 11))
        let job = try #require(YearMonth(year: 2025, month: 3))
        #expect(job.months(since: start) == 4)
        #expect(YearMonth(year: 2025, month: 13) == nil)
        #expect(job.description == "2025-03")
    }
}
