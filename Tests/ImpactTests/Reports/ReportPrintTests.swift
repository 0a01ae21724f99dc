import Alumni
import Foundation
import TestSupport
import Testing
@testable import Impact

/// The report as an official receives it: laid out by a real browser at the width of an A4 page, in one language.
@Suite struct ReportPrintTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    func report() throws -> ImpactReport {
        try ImpactReport.build(database: makeSmallCentre(), period: ReportPeriod("2025")!, wave: 6, asOf: smallCentreAsOf,
                               now: LocalDateTime(parsing: "2025-10-01 09:00")!)
    }

    /// Lays `html` out in headless Chromium at `width` CSS pixels and returns the elements wider than the page.
    func overflowing(_ html: String, width: Int) throws -> String {
        let probe = """
            <script>
            const limit = document.body.getBoundingClientRect().right + 1;
            const wide = [...document.querySelectorAll('table, figure, svg, p, h1, h2, h3')]
              .filter(e => e.getBoundingClientRect().right > limit || e.scrollWidth > e.clientWidth + 1)
              .map(e => e.tagName + ':' + (e.getAttribute('aria-label') || e.textContent.slice(0, 40)));
            document.body.setAttribute('data-overflow', wide.length ? wide.join(' | ') : 'none');
            </script>
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).html")
        try Data(html.replacingOccurrences(of: "</body>", with: probe + "</body>").utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
                             "--window-size=\(width),2000", "--dump-dom", file.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let start = dom.range(of: "data-overflow=\"")?.upperBound, let end = dom[start...].firstIndex(of: "\"") else {
            Issue.record("the browser did not run the probe")
            return ""
        }
        return String(dom[start..<end])
    }

    @Test(.enabled(if: chromium != nil, "needs Debian's chromium"), arguments: [ReportLanguage.id, .en])
    func everyTableAndChartFitsTheWidthOfAnA4Page(language: ReportLanguage) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).html")
        try report().write(.html, language: language, to: file)
        // A4 less the 12 mm margins is 186 mm: 703 CSS pixels.
        let wide = try overflowing(String(contentsOf: file, encoding: .utf8), width: 703)
        #expect(wide == "none", "wider than the page: \(wide)")
    }

    @Test(arguments: [ReportLanguage.id, .en])
    func aReportReadsInOneLanguage(language: ReportLanguage) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).md")
        try report().write(.md, language: language, to: file)
        let text = try String(contentsOf: file, encoding: .utf8)
        let words = Set(text.split { !$0.isLetter }.map(String.init))
        let foreign = language == .id
            ? ["Reach", "Likes", "Views", "Shares", "Saves", "Comments", "Cost", "Channel", "Graduates", "Respondents", "employment", "suppressed", "Wave", "unattributed"]
            : ["Jangkauan", "Suka", "Tayangan", "Biaya", "Kanal", "Lulusan", "Responden", "disembunyikan", "bekerja", "Gelombang", "teratribusi"]
        #expect(words.intersection(foreign).isEmpty, "\(words.intersection(foreign).sorted())")
    }

    @Test func moneyIsWrittenAsRupiah() {
        #expect(ReportLanguage.id.rupiah(250_000) == "Rp\u{00A0}250.000")
        #expect(ReportLanguage.en.rupiah(1_250_000) == "Rp\u{00A0}1,250,000")
        #expect(ReportLanguage.id.rupiah(nil) == "—")
    }
}
