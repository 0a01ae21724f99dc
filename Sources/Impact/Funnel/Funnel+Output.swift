import Alumni
import Foundation

extension Funnel.Table {
    static let columns = ["reach", "registrations", "accepted", "enrolled", "graduated", "surveyed", "responded", "employed",
                          "registrations_per_1000_reach", "employed_per_1000_reach", "cost", "cost_per_employed", "hours_to_fill"]

    /// Every row's cells, formatted once so the CSV, the terminal table and the report agree.
    func cells(_ row: Funnel.Row) -> [String] {
        func int(_ v: Int?) -> String { v.map(String.init) ?? "" }
        func one(_ v: Double?) -> String { v.map { String(format: "%.1f", Funnel.round1($0)) } ?? "" }
        func two(_ v: Double?) -> String { v.map { String(format: "%.2f", Funnel.round2($0)) } ?? "" }
        return [int(row.reach), int(row.registrations), int(row.accepted), int(row.enrolled), int(row.graduated), int(row.surveyed),
                int(row.responded), int(row.employed), two(row.registrationsPer1000Reach), two(row.employedPer1000Reach), int(row.cost),
                row.costPerEmployed.map { String(Int($0.rounded())) } ?? "", one(row.hoursToFill)]
    }

    public func csv() -> String {
        var lines = [([grouping.rawValue] + Self.columns).joined(separator: ",")]
        for row in rows { lines.append(([CSVFile.quote(row.group)] + cells(row)).joined(separator: ",")) }
        return lines.joined(separator: "\n") + "\n"
    }

    public func text() -> String {
        let header = [grouping.rawValue, "reach", "regist.", "accept.", "enrol.", "grad.", "surveyed", "resp.", "employed", "reg/1k", "emp/1k", "cost", "Rp/employed", "hours to fill"]
        let table = [header] + rows.map { [$0.group] + cells($0) }
        let widths = header.indices.map { c in table.map { $0[c].count }.max() ?? 0 }
        var lines = ["Funnel by \(grouping.rawValue), registrations of \(period); wave \(wave) replies"]
        for r in table { lines.append(r.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")) }
        lines.append("reach from Insights or typed outputs; employed = working at the wave (employee or self-employed); hours to fill = first registration to last seat.")
        return lines.joined(separator: "\n")
    }
}
