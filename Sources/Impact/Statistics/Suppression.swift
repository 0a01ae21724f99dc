import Foundation

/// Which cells of a table must be hidden before it goes to officials, and why.
///
/// Rules (DOMAIN.md, "Suppress any cell with fewer than 5 people"):
/// 1. Primary: a cell is hidden when graduates < threshold, or respondents < threshold.
///    A cell exactly at the threshold is published.
/// 2. Complementary (only when totals are published): in any line that is published with a
///    total — the whole one-way table, or each row and each column of a two-way table — if
///    exactly one cell is hidden, the smallest remaining cell of that line (fewest
///    respondents, then fewest graduates, then key order) is hidden too, so the hidden count
///    cannot be found as total minus the others. Hiding a cell can leave a single hidden cell
///    in a crossing line, so the rule repeats until nothing changes.
/// 3. A line whose only cell is hidden publishes that cell as its total: the line's total is
///    listed in `totalsToSuppress`.
///
/// This is the simple row/column rule, not an optimal (linear-programming) suppression; it
/// does not defend against combining several tables or a grand total with row totals.
public struct Suppression: Sendable, Equatable {
    public static let defaultThreshold = 5

    public let threshold: Int
    /// Every hidden cell with its reason; cells not listed are published.
    public let reasons: [GroupKey: SuppressionReason]
    /// Totals that must be hidden too because they equal a single hidden cell.
    public let totalsToSuppress: Set<SuppressionLine>

    /// - Parameters:
    ///   - groups: the cells; all one-way (no column) or all two-way.
    ///   - threshold: the smallest publishable count (default 5).
    ///   - totalsPublished: whether the table shows totals; without totals there is nothing
    ///     to subtract from and only primary suppression applies.
    /// - Throws: `SuppressionError` for mixed keys, duplicate keys, negative counts or a threshold below 1.
    public init(groups: [SuppressionGroup], threshold: Int = Suppression.defaultThreshold, totalsPublished: Bool = true) throws {
        guard threshold >= 1 else { throw SuppressionError.invalidThreshold(threshold) }
        var seen = Set<GroupKey>()
        for g in groups {
            guard seen.insert(g.key).inserted else { throw SuppressionError.duplicateKey(g.key) }
            guard g.graduates >= 0, g.respondents >= 0 else { throw SuppressionError.negativeCount(g.key) }
        }
        let twoWay = groups.contains { $0.key.column != nil }
        if twoWay, groups.contains(where: { $0.key.column == nil }) { throw SuppressionError.mixedKeys }

        var reasons: [GroupKey: SuppressionReason] = [:]
        for g in groups {
            if g.graduates < threshold {
                reasons[g.key] = .tooFewGraduates
            } else if g.respondents < threshold {
                reasons[g.key] = .tooFewRespondents
            }
        }
        var totals = Set<SuppressionLine>()
        if totalsPublished {
            let lines = Self.lines(of: groups, twoWay: twoWay)
            var changed = true
            while changed {
                changed = false
                for (line, cells) in lines {
                    let hidden = cells.filter { reasons[$0.key] != nil }
                    guard hidden.count == 1 else { continue }
                    let open = cells.filter { reasons[$0.key] == nil }
                    guard let pick = open.min(by: Self.smallerFirst) else {
                        totals.insert(line)
                        continue
                    }
                    reasons[pick.key] = .complementary(protecting: hidden[0].key, line: line)
                    changed = true
                }
            }
        }
        self.threshold = threshold
        self.reasons = reasons
        self.totalsToSuppress = totals
    }

    /// Whether the cell must be hidden.
    public func isSuppressed(_ key: GroupKey) -> Bool { reasons[key] != nil }

    /// The hidden cells in key order.
    public var suppressedKeys: [GroupKey] { reasons.keys.sorted() }

    private static func smallerFirst(_ a: SuppressionGroup, _ b: SuppressionGroup) -> Bool {
        (a.respondents, a.graduates) != (b.respondents, b.graduates)
            ? (a.respondents, a.graduates) < (b.respondents, b.graduates)
            : a.key < b.key
    }

    /// The lines published with a total, in a fixed order so results are reproducible.
    private static func lines(of groups: [SuppressionGroup], twoWay: Bool) -> [(SuppressionLine, [SuppressionGroup])] {
        guard twoWay else { return [(.table, groups)] }
        let rows = Dictionary(grouping: groups, by: \.key.row)
        let columns = Dictionary(grouping: groups) { $0.key.column ?? "" }
        return rows.keys.sorted().map { (SuppressionLine.row($0), rows[$0]!) }
            + columns.keys.sorted().map { (SuppressionLine.column($0), columns[$0]!) }
    }
}
