import Alumni
import Foundation
import TestSupport
import Testing
@testable import Impact
import Outreach

@Suite struct RatesTableTests {
    /// A graduate outcome with defaults; only what a test cares about is given.
    func outcome(_ id: Int64, program: String = "Barista", status: LabourStatus? = nil, contact: GraduateOutcome.Contact = .reachable,
                 graduated: String = "2025-03-14", firstJob: String? = nil, match: JobMatch? = nil, income: IncomeBand? = nil,
                 channel: Channel? = nil) -> GraduateOutcome {
        GraduateOutcome(
            traineeID: id, enrollmentID: id, classCode: program.prefix(3).uppercased() + "-01", programCode: String(program.prefix(3)).uppercased(),
            programName: program, graduatedOn: day(graduated), campaignCode: channel.map { "C-\($0.rawValue)" }, channel: channel,
            approach: nil, attribution: channel == nil ? .none : .code, kecamatan: "Cipondoh", gender: .female,
            birthDate: day("2000-05-01"), contact: contact, status: status,
            firstJobMonth: firstJob.flatMap { YearMonth(parsing: $0) }, match: match, income: income, alsoStudying: false, heardFrom: nil)
    }

    @Test func handComputedGroup() throws {
        // 10 graduates, 1 unreachable, 8 respondents: 3 employees, 2 self-employed, 2 unemployed, 1 studying.
        var outcomes: [GraduateOutcome] = []
        outcomes += (1...3).map { outcome($0, status: .employee, firstJob: "2025-05", match: .matches, income: .umkToUnder1_2) }
        outcomes += (4...5).map { outcome($0, status: .selfEmployed, firstJob: "2025-10") }
        outcomes.append(outcome(6, status: .unemployed, firstJob: "2025-06"))  // a first job that ended: still counted for masa tunggu
        outcomes.append(outcome(7, status: .unemployed))
        outcomes.append(outcome(8, status: .studying))
        outcomes.append(outcome(9))
        outcomes.append(outcome(10, contact: .unreachable))
        let table = try RatesTable(outcomes: outcomes, by: [.program], wave: 6, period: .all)
        let group = try #require(table.groups.first)
        #expect(group.key.map(\.value) == ["Barista"])
        #expect(!group.suppressed)
        let f = Dictionary(uniqueKeysWithValues: group.figures.map { ($0.name, $0.value) })
        #expect(f["graduates"]! == 10 && f["respondents"]! == 8 && f["unreachable"]! == 1)
        #expect(f["employed"]! == 3 && f["self_employed"]! == 2 && f["unemployed"]! == 2 && f["studying"]! == 1)
        #expect(f["employment_rate"]! == 0.625)          // 5 / 8
        #expect(f["response_rate"]! == 0.8)              // 8 / 10
        #expect(f["net_response_rate"]! == 0.8889)       // 8 / 9
        #expect(f["unemployment_rate"]! == 0.2857)       // 2 / (5 + 2)
        #expect(f["bound_low"]! == 0.5)                  // 5 / 10
        #expect(f["bound_high"]! == 0.7)                 // (5 + 10 - 8) / 10
        // Wilson 95% for 5 of 8: centre (5 + 1.92)/(8 + 3.84) = 0.5845, half-width 0.2978.
        #expect(f["ci_low"]! == 0.3057)
        #expect(f["ci_high"]! == 0.8632)
        // Masa tunggu: graduated March; jobs began May (2 months, ×3), June (3, the one no longer working) and
        // October (7, ×2): 2 2 2 3 7 7 → median 2.5, 4 of 6 under six months.
        #expect(group.indicators.medianMonthsToFirstJob == 2.5)
        #expect(group.indicators.firstJobUnderSixMonths == Proportion(4, of: 6))
        // Match: the 3 employees answered "sesuai"; the 2 self-employed left it blank and are not in the base.
        #expect(group.indicators.matchShare == Proportion(3, of: 3))
        #expect(group.indicators.atLeastUMKShare == Proportion(3, of: 3))
    }

    @Test func smallGroupsAreSuppressedWithTheirNeighbour() throws {
        // Barista: 6 graduates all answering; Otomotif: 5 graduates, 4 respondents (below 5); Menjahit: 7 and 7.
        var outcomes = (1...6).map { outcome($0, program: "Barista", status: .employee) }
        outcomes += (7...11).map { outcome($0, program: "Otomotif", status: $0 == 11 ? nil : .unemployed) }
        outcomes += (12...18).map { outcome($0, program: "Menjahit", status: .selfEmployed) }
        let table = try RatesTable(outcomes: outcomes, by: [.program], wave: 6, period: .all)
        let suppressed = Dictionary(uniqueKeysWithValues: table.groups.map { ($0.key[0].value, $0.suppressed) })
        // Otomotif is primary; Barista, the smallest remaining, is hidden so Otomotif cannot be worked out from the total.
        #expect(suppressed == ["Barista": true, "Otomotif": true, "Menjahit": false])
        #expect(!table.total.suppressed)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(table)) as! [String: Any]
        let groups = json["groups"] as! [[String: Any]]
        let otomotif = groups.first { ($0["key"] as! [String: String])["program"] == "Otomotif" }!
        #expect(otomotif["suppressed"] as? Bool == true)
        #expect(otomotif["graduates"] is NSNull && otomotif["employment_rate"] is NSNull)
        // Staff can see everything.
        let open = try RatesTable(outcomes: outcomes, by: [.program], wave: 6, period: .all, threshold: nil)
        #expect(open.groups.allSatisfy { !$0.suppressed })
    }

    @Test func exactlyAtTheThresholdIsPublished() throws {
        let outcomes = (1...5).map { outcome($0, status: .employee) } + (6...10).map { outcome($0, program: "Otomotif", status: .unemployed) }
        let table = try RatesTable(outcomes: outcomes, by: [.program], wave: 6, period: .all)
        #expect(table.groups.allSatisfy { !$0.suppressed })
    }

    @Test func jsonCsvAndTextCarryTheSameNumbers() throws {
        let outcomes = (1...7).map { outcome($0, status: $0 < 5 ? .employee : .unemployed, channel: .instagramReels) }
            + (8...14).map { outcome($0, status: $0 < 9 ? .employee : .studying) }
        let table = try RatesTable(outcomes: outcomes, by: [.channel], wave: 6, period: ReportPeriod("2025")!)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(table)) as! [String: Any]
        #expect(json["wave"] as? Int == 6 && json["period"] as? String == "2025")
        let csvLines = table.csv().split(separator: "\n").map(String.init)
        #expect(csvLines[0].hasPrefix("channel,graduates,unreachable,consent_not_asked,declined_contact,respondents,employed,self_employed"))
        for (group, line) in zip(json["groups"] as! [[String: Any]], csvLines.dropFirst()) {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(cells[1] == String(group["graduates"] as! Int))
            let header = csvLines[0].split(separator: ",").map(String.init)
            let rate = cells[header.firstIndex(of: "employment_rate")!]
            #expect(Double(rate) == group["employment_rate"] as? Double)
        }
        #expect(table.text().contains("57.1%"))   // instagram-reels: 4 of 7
    }

    @Test func aSuppressedRowSaysWhyAndNeverPretendsToBeSmall() throws {
        // Otomotif (3 graduates) is under the threshold; Menjahit (10 graduates) is hidden only to protect it.
        var outcomes = (1...12).map { outcome($0, program: "Barista", status: .employee) }
        outcomes += (13...15).map { outcome($0, program: "Otomotif", status: .unemployed) }
        outcomes += (16...25).map { outcome($0, program: "Menjahit", status: .selfEmployed) }
        let text = try RatesTable(outcomes: outcomes, by: [.program], wave: 6, period: .all).text()
        #expect(!text.contains("<5"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.hasPrefix("Otomotif") }?.contains("—¹") == true)
        #expect(lines.first { $0.hasPrefix("Menjahit") }?.contains("—²") == true)
        #expect(lines.contains("¹ suppressed: fewer than 5 graduates or respondents."))
        #expect(lines.contains { $0.hasPrefix("² suppressed so that another hidden group") })
        // A total of 160 graduates with no replies yet is hidden for its respondents, and says so.
        let silent = try RatesTable(outcomes: (1...160).map { outcome(Int64($0)) }, by: [.program], wave: 6, period: .all)
        #expect(silent.total.suppressionReason == .tooFewRespondents)
        #expect(silent.text().split(separator: "\n").contains { $0.hasPrefix("(total)") && $0.contains("—¹") })
    }

    @Test(arguments: 0..<60)
    func everyOutputHidesTheSameCells(seed: Int) throws {
        // Random small centres: the JSON, the CSV (both dialects) and the text hide exactly the cells Suppression hides.
        var state = UInt64(seed) &+ 99
        func next(_ bound: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(bound)) }
        let programs = ["Barista", "Otomotif", "Menjahit", "Las"]
        let channels: [Channel?] = [nil, .instagramReels, .instagramFeed]
        let outcomes = (1...(5 + next(40))).map { id in
            outcome(Int64(id), program: programs[next(programs.count)], status: next(3) == 0 ? nil : LabourStatus.allCases[next(LabourStatus.allCases.count)],
                    channel: channels[next(channels.count)])
        }
        let breakdowns: [Breakdown] = seed % 2 == 0 ? [.program] : [.program, .channel]
        let table = try RatesTable(outcomes: outcomes, by: breakdowns, wave: 6, period: .all)
        let hidden = table.groups.filter(\.suppressed).map { $0.key.map(\.value) }
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(table)) as! [String: Any]
        let jsonHidden = (json["groups"] as! [[String: Any]]).filter { $0["employment_rate"] is NSNull && $0["graduates"] is NSNull }
            .map { group in breakdowns.map { (group["key"] as! [String: String])[$0.rawValue]! } }
        #expect(jsonHidden == hidden)
        for dialect in CSVDialect.allCases {
            let rows = table.csv(dialect).dropFirst(dialect.prefix.count).split(separator: "\n").dropFirst().dropLast().map {
                $0.split(separator: dialect.separator, omittingEmptySubsequences: false).map(String.init)
            }
            #expect(rows.filter { $0[breakdowns.count] == "" }.map { Array($0.prefix(breakdowns.count)) } == hidden)
        }
        let textHidden = table.text().split(separator: "\n").filter { $0.contains("—¹") || $0.contains("—²") }
        #expect(textHidden.count == hidden.count + (table.total.suppressed ? 1 : 0))
    }

    @Test func indonesianExcelDialect() throws {
        let outcomes = (1...8).map { outcome($0, status: $0 < 6 ? .employee : .unemployed) }
        let csv = try RatesTable(outcomes: outcomes, by: [.program], wave: 6, period: .all).csv(.id)
        #expect(csv.hasPrefix("\u{FEFF}program;graduates;"))
        #expect(csv.contains("Barista;8;0;0;0;8;5;0;3;0;0;1,0000;1,0000;0,6250;"))
    }

    @Test func periodsByGraduationDate() {
        #expect(ReportPeriod("2025-Q3")!.contains(day("2025-09-30")))
        #expect(!ReportPeriod("2025-Q3")!.contains(day("2025-10-01")))
        #expect(ReportPeriod("2025-07")!.first == day("2025-07-01") && ReportPeriod("2025-07")!.last == day("2025-07-31"))
        #expect(ReportPeriod("2025-Q5") == nil && ReportPeriod("2025-7") == nil && ReportPeriod("nope") == nil)
    }
}
