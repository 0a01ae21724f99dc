import Alumni
import Foundation

extension Funnel.Table {
    static let columns = ["reach", "registrations", "accepted", "enrolled", "graduated", "surveyed", "responded", "employed",
                          "registrations_per_1000_reach", "employed_per_1000_reach", "cost", "cost_per_employed"]

    /// Every row's cells, formatted once so the CSV, the terminal table and the report agree; a suppressed row's people
    /// counts, and the ratios built on them, are `hidden`.
    func cells(_ row: Funnel.Row, hidden: String = "") -> [String] {
        func int(_ v: Int?) -> String { v.map(String.init) ?? "" }
        func people(_ v: Int) -> String { row.suppressed ? hidden : String(v) }
        func two(_ v: Double?) -> String { row.suppressed ? hidden : v.map { String(format: "%.2f", Funnel.round2($0)) } ?? "" }
        return [int(row.reach), people(row.registrations), people(row.accepted), people(row.enrolled), people(row.graduated), people(row.surveyed),
                people(row.responded), people(row.employed), two(row.registrationsPer1000Reach), two(row.employedPer1000Reach), int(row.cost),
                row.suppressed ? hidden : row.costPerEmployed.map { String(Int($0.rounded())) } ?? ""]
    }

    public func csv(_ dialect: CSVDialect = .standard) -> String {
        var lines = [dialect.line([grouping.rawValue] + Self.columns + ["suppressed", "suppression_reason"])]
        for row in rows {
            lines.append(dialect.line([row.group] + cells(row).map(dialect.number) + [row.suppressed ? "true" : "false", row.suppressionReason?.code ?? ""]))
        }
        return dialect.prefix + lines.joined(separator: "\n") + "\n"
    }

    public func text() -> String {
        let header = [grouping.rawValue, "reach", "regist.", "accept.", "enrol.", "grad.", "surveyed", "resp.", "employed", "reg/1k", "emp/1k", "cost", "Rp/employed"]
        let table = [header] + rows.map { [$0.group + ($0.suppressionReason?.mark ?? "")] + cells($0, hidden: "—") }
        let widths = header.indices.map { c in table.map { $0[c].count }.max() ?? 0 }
        var lines = ["Funnel by \(grouping.rawValue), registrations of \(period); wave \(wave) replies"
                     + (threshold.map { "; groups under \($0) suppressed" } ?? "; NOT suppressed (staff only)")]
        for r in table { lines.append(r.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")) }
        if let threshold { lines += SuppressionReason.footnotes(rows.compactMap(\.suppressionReason), threshold: threshold, in: .en) }
        lines.append("Counts registrations; reach from Insights or typed outputs; employed = working at the wave (employee or self-employed). Hours to fill a quota: `jejak classes list`.")
        return lines.joined(separator: "\n")
    }
}
