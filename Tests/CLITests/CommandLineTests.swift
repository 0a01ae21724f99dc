import ArgumentParser
import Testing
@testable import CLI

/// What the command line says to a mistyped command: the option, what it must be — never "missing value" for a
/// negative number, never silence for a date the wrong way round.
@Suite struct CommandLineTests {
    /// The message `jejak` would print for these arguments ("" when they parse).
    func message(_ arguments: [String]) -> String {
        do {
            _ = try Jejak.parseAsRoot(arguments)
            return ""
        } catch {
            return Jejak.message(for: error)
        }
    }

    @Test func versionIsPrinted() {
        #expect(message(["--version"]).hasPrefix("jejak "))
    }

    @Test func aNegativeQuotaIsSaidToBeTooSmall() {
        let said = message(["classes", "add", "BAR-01", "--program", "BAR", "--quota", "-5", "--year", "2025"])
        #expect(said.contains("--quota must be at least 1"))
        #expect(!said.contains("Missing value"))
    }

    @Test func negativeCostsAndCountsAreRefused() {
        #expect(message(["campaigns", "add", "C1", "--channel", "instagram-feed", "--start", "2025-01-03", "--cost", "-250000"])
            .contains("--cost is rupiah spent: 0 or more, not -250000"))
        #expect(message(["campaigns", "outputs", "C1", "--reach", "-3"]).contains("--reach is a count: 0 or more, not -3"))
    }

    @Test func aCampaignThatEndsBeforeItStartsIsRefused() {
        #expect(message(["campaigns", "add", "C1", "--channel", "instagram-feed", "--start", "2025-02-01", "--end", "2025-01-31"])
            .contains("--end 2025-01-31 is before --start 2025-02-01"))
        #expect(message(["campaigns", "add", "C1", "--channel", "instagram-feed", "--start", "2025-02-01", "--end", "2025-02-01"]) == "")
    }
}
