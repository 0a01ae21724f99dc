import Alumni
import Foundation
import TestSupport
import Testing
@testable import Impact

@Suite struct ImpactReportTests {
    func build() throws -> ImpactReport {
        try ImpactReport.build(database: makeSmallCentre(), period: ReportPeriod("2025")!, wave: 6, asOf: smallCentreAsOf,
                               now: LocalDateTime(parsing: "2025-10-01 09:00")!)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func coverageAndHeadlineAsComputedByHand() throws {
        let report = try build()
        #expect(report.graduates == 12)
        #expect(report.attribution == .init(byCode: 9, byWindow: 2, unattributed: 1))
        let six = try #require(report.coverage.first { $0.wave == 6 })
        #expect((six.graduates, six.respondents, six.grossResponseRate) == (12, 11, 0.9167))
        // 6 of 11 respondents working.
        #expect(report.headline.indicators.employmentRate == Proportion(6, of: 11))
        // Wave 12 is not due yet on 2025-10-01.
        #expect(report.coverage.first { $0.wave == 12 }?.graduates == 0)
    }

    @Test(arguments: [ReportLanguage.id, .en])
    func everyFormatCarriesTheSameNumbersAndNoExternalURL(language: ReportLanguage) throws {
        let report = try build()
        let out = try folder()
        try report.write(.html, language: language, to: out.appendingPathComponent("r.html"))
        try report.write(.md, language: language, to: out.appendingPathComponent("r.md"))
        try report.write(.csv, language: language, to: out.appendingPathComponent("csv"))
        let html = try String(contentsOf: out.appendingPathComponent("r.html"), encoding: .utf8)
        let markdown = try String(contentsOf: out.appendingPathComponent("r.md"), encoding: .utf8)
        let csvData = try Data(contentsOf: out.appendingPathComponent("csv/rates_program.csv"))
        #expect(csvData.starts(with: [0xEF, 0xBB, 0xBF]))
        let csv = String(decoding: csvData.dropFirst(3), as: UTF8.self)
        for text in [html, markdown] {
            #expect(!text.contains("://") && !text.contains("http"))
        }
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains("<svg"))
        // Barista 4 of 5 = 80%, Otomotif 2 of 6 = 33.3%: the same in HTML, Markdown, CSV and `rates --format json`.
        let barista = language == .id ? "80,0%" : "80.0%"
        let otomotif = language == .id ? "33,3%" : "33.3%"
        for text in [html, markdown] {
            #expect(text.contains(barista) && text.contains(otomotif))
        }
        #expect(csv.contains("Barista,6,5,3,1,1,0,0.8000,"))
        #expect(csv.contains("Otomotif,6,6,2,0,4,0,0.3333,"))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report.byProgram)) as! [String: Any]
        var rates: [String: Double] = [:]
        for group in json["groups"] as! [[String: Any]] {
            rates[(group["key"] as! [String: String])["program"]!] = group["employment_rate"] as? Double
        }
        #expect(rates == ["Barista": 0.8, "Otomotif": 0.3333])
        // The comparison with official rates says the populations differ.
        #expect(html.contains(language == .id ? "populasi berbeda" : "different populations"))
        #expect(html.contains(language == .id ? "5,92%" : "5.92%"))
    }

    @Test func smallGroupsAreSuppressedInTheReport() throws {
        // With a threshold of 6, Barista (5 respondents) is hidden, and so is Otomotif, which would reveal it.
        let report = try ImpactReport.build(database: makeSmallCentre(), period: ReportPeriod("2025")!, wave: 6, asOf: smallCentreAsOf,
                                            threshold: 6, now: LocalDateTime(parsing: "2025-10-01 09:00")!)
        #expect(report.byProgram.groups.allSatisfy { $0.suppressed })
        let out = try folder().appendingPathComponent("r.md")
        try report.write(.md, language: .id, to: out)
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.contains("| Barista | —¹ | —¹"))
        #expect(markdown.contains("¹ disembunyikan: kurang dari 6 lulusan atau responden."))
        #expect(!markdown.contains("80,0%") && !markdown.contains("<6"))
    }

    @Test func aReportToAMissingFolderSaysSoAndWritesNothing() throws {
        let report = try build()
        let target = try folder().appendingPathComponent("nonexistent/dir/x.html")
        #expect(throws: ReportError.cannotWrite(path: target.path, reason: "the folder \(target.deletingLastPathComponent().path) does not exist; create it first (mkdir -p \(target.deletingLastPathComponent().path))")) {
            try report.write(.html, language: .id, to: target)
        }
        let file = try folder().appendingPathComponent("laporan.html")
        try Data().write(to: file)
        #expect(throws: ReportError.self) { try report.write(.csv, language: .id, to: file) }
        #expect(ReportError.cannotWrite(path: "/x", reason: "r").localizedDescription.contains("Nothing was written"))
    }
}
