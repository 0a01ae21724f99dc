import Alumni
import Foundation
import Testing
@testable import Outreach

/// Ingest reads a wording once per file unless its dates can change the reading (`ReplyContext.matters(for:)`).
struct ReplyContextTests {
    @Test(arguments: ["sejak Mei kak", "kerja dr bln agustus", "udah 2 bln jalan", "mulai Desember", "sebulan lalu keterima", "SEPT 2025"])
    func textsNamingMonthsNeedTheirDates(_ text: String) {
        #expect(ReplyContext.matters(for: text))
    }

    @Test(arguments: ["masih nganggur kak", "1", "kerja di PT Sinar Jaya", "udh keterima, mulai senin depan"])
    func textsWithoutMonthsDoNot(_ text: String) {
        #expect(!ReplyContext.matters(for: text))
    }

    /// Every held-out labelled reply whose dates are said not to matter reads the same against two far-apart contexts.
    @Test func aReplyWhoseDatesDoNotMatterReadsTheSameOnAnyDay() throws {
        let folder = FixturePaths.own("replies")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("-test.jsonl") }
        let interpreter = ReplyInterpreter()
        let november = ReplyContext(repliedOn: CivilDate(year: 2025, month: 11, day: 20)!, graduatedOn: CivilDate(year: 2025, month: 4, day: 11))
        let march = ReplyContext(repliedOn: CivilDate(year: 2026, month: 3, day: 2)!, graduatedOn: CivilDate(year: 2025, month: 9, day: 1))
        var checked = 0
        var dated = 0
        for file in files {
            for line in try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                let text = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["text"] as? String ?? ""
                guard !ReplyContext.matters(for: text) else { dated += 1; continue }
                #expect(interpreter.interpret(text, context: november) == interpreter.interpret(text, context: march), "\(text)")
                checked += 1
            }
        }
        #expect(checked > 2_000)
        #expect(dated > 200)
    }
}
