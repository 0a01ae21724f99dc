import Alumni
import Foundation
import Testing
@testable import Outreach

/// Other people's published exports (shared/fixtures/exports, never copied here) go through the whole ingest:
/// every supported file lands, and ingesting them all again adds nothing. Skipped when that folder is absent.
@Suite("Real exports through ingest", .enabled(if: FixturePaths.sharedExports != nil))
struct RealExportIngestTests {
    @Test func everyExportGoesInOnceAndOnlyOnce() throws {
        let root = try #require(FixturePaths.sharedExports)
        let database = try JejakDatabase.inMemory(modules: [AlumniSchema.self, OutreachSchema.self])
        let now = LocalDateTime(parsing: "2026-01-01 09:00")!
        let first = try ChatIngest(database: database).ingest([root], now: now)
        let refusedFiles = Set(first.errors.filter { $0.reason.hasSuffix("nothing from this file was stored") || $0.reason.hasPrefix("not a chat export") }
            .map { URL(fileURLWithPath: $0.file).lastPathComponent })
        // Only the formats the WhatsApp parser deliberately does not read are refused, by name (and the exports of
        // phones set to German, French or Spanish); the chat-miner expected-output files are JSON that is neither
        // Telegram nor Instagram, and are passed over inside a folder.
        let otherLanguages = Set(WhatsAppRealExportTests.otherLanguage.keys.map { URL(fileURLWithPath: $0).lastPathComponent })
        #expect(refusedFiles.isSubset(of: otherLanguages.union(["iOS Vietnamese.txt", "WhatsApp Chat - Elon Musk (Arabic).txt", "Buddhist iOS.txt",
                                                                "Japanese iOS.txt", "MANIFEST.md"])), "\(refusedFiles)")
        #expect(first.files >= 40 - otherLanguages.count)
        #expect(first.messages > 5_000)
        // chat-analytics ships the same chat as a .txt and as a .zip: the second copy is recognised as already in.
        #expect(first.skippedDuplicates > 0)
        #expect(first.newMessages + first.skippedDuplicates == first.messages + first.system)
        // Nobody here is a graduate: nothing may be recorded as an answer.
        #expect(first.answers == 0 && first.matched == 0)
        let again = try ChatIngest(database: database).ingest([root], now: now)
        #expect(again.newMessages == 0)
        #expect(again.skippedDuplicates == first.messages + first.system)
        #expect(again.answers == 0 && again.needsReview == 0)
    }
}
