import Foundation

/// Which cells of a table must be hidden before it goes to officials, and why — the one rule every table,
/// chart and number meant for officials goes through (rates, the funnel, the report and its CSV, the API).
///
/// Rules (DOMAIN.md, "Suppress any cell with fewer than 5 people"):
/// 1. Primary: a cell is hidden when graduates < threshold, or respondents < threshold.
///    A cell exactly at the threshold is published. The table's total obeys the same rule.
/// 2. Complementary (only when totals are published): in any line that is published with a
///    total — the whole one-way table, or each row and each column of a two-way table — if
///    exactly one cell is hidden, the smallest remaining cell of that line (fewest
///    respondents, then fewest graduates, then key order) is hidden too, so the hidden count
///    cannot be found as total minus the others. Hiding a cell can leave a single hidden cell
///    in a crossing line, so the rule repeats until nothing changes.
/// 3. No hidden cell may be derivable from the published cells and totals by any combination
///    of lines (a two-way table's row, column and grand totals are assumed known, since the
///    one-way tables publish them). A hidden cell is derivable exactly when it lies on no cycle of
///    hidden cells through the known totals; while one does, another cell of its line is hidden.
/// 4. A line whose only cell is hidden publishes that cell as its total: the line's total is
///    listed in `totalsToSuppress`.
public struct Suppression: Sendable, Equatable {
    public static let defaultThreshold = 5

    public let threshold: Int
    /// Every hidden cell with its reason; cells not listed are published.
    public let reasons: [GroupKey: SuppressionReason]
    /// Totals that must be hidden too because they equal a single hidden cell.
    public let totalsToSuppress: Set<SuppressionLine>
    /// Why the table's grand total is hidden (nil: published).
    public let totalReason: SuppressionReason?

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

        func primary(graduates: Int, respondents: Int) -> SuppressionReason? {
            Suppression.primary(graduates: graduates, respondents: respondents, threshold: threshold)
        }
        var reasons: [GroupKey: SuppressionReason] = [:]
        for g in groups { reasons[g.key] = primary(graduates: g.graduates, respondents: g.respondents) }
        var totalReason = primary(graduates: groups.reduce(0) { $0 + $1.graduates }, respondents: groups.reduce(0) { $0 + $1.respondents })
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
                // Rule 3: a hidden cell that lines combined still determine gets a partner in its row (or column).
                let graph = HiddenCellGraph(twoWay: twoWay, freeLines: totals, grandTotalKnown: totalReason == nil)
                if !changed, let determined = graph.determinedCells(reasons.keys).min() {
                    let own: [SuppressionLine] = twoWay ? [.row(determined.row), .column(determined.column ?? "")] : [.table]
                    let inLine = own.flatMap { line in (lines.first { $0.0 == line }?.1 ?? []).filter { reasons[$0.key] == nil }.map { (line, $0) } }
                    // Best: a cell of the same row or column that puts the determined cell on a cycle; else the smallest there;
                    // else the smallest published cell anywhere.
                    let pick = inLine.sorted { Self.smallerFirst($0.1, $1.1) }.first { candidate in
                        !graph.determinedCells(Array(reasons.keys) + [candidate.1.key]).contains(determined)
                    } ?? inLine.min { Self.smallerFirst($0.1, $1.1) }
                        ?? groups.filter { reasons[$0.key] == nil }.min(by: Self.smallerFirst).map { (SuppressionLine.table, $0) }
                    if let pick {
                        reasons[pick.1.key] = .complementary(protecting: determined, line: pick.0)
                        changed = true
                    } else {
                        // Everything is hidden and still a cell is fixed by the totals: hide the totals that fix it.
                        let before = (totals.count, totalReason == nil)
                        totals.formUnion(own)
                        totalReason = totalReason ?? .complementary(protecting: determined, line: .table)
                        changed = before != (totals.count, totalReason == nil)
                    }
                }
            }
            if !twoWay, totals.contains(.table), totalReason == nil {
                totalReason = .complementary(protecting: reasons.keys.min() ?? GroupKey(""), line: .table)
            }
        }
        self.threshold = threshold
        self.reasons = reasons
        self.totalsToSuppress = totals
        self.totalReason = totalReason
    }

    /// Rule 1 alone, for a figure that stands by itself (no total it could be subtracted from): an indicator whose base
    /// is fewer than `threshold` people, a median over fewer.
    public static func primary(graduates: Int, respondents: Int, threshold: Int) -> SuppressionReason? {
        graduates < threshold ? .tooFewGraduates : respondents < threshold ? .tooFewRespondents : nil
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

/// The hidden cells as edges between the totals that constrain them, to find the ones the published numbers determine.
///
/// Each known total is a vertex: a two-way table's rows and columns, and — with the grand total known — one vertex
/// for all rows whose total is not published and one for all such columns; totals nobody knows are one free vertex.
/// A hidden cell joins its row's vertex to its column's (a one-way table's cells join "all cells" to the table total).
/// Solving the totals for the hidden cells fixes a cell exactly when its edge is a bridge: on no cycle.
struct HiddenCellGraph {
    let twoWay: Bool
    let freeLines: Set<SuppressionLine>
    let grandTotalKnown: Bool

    func determinedCells(_ hidden: some Collection<GroupKey>) -> Set<GroupKey> {
        let keys = Array(hidden)
        var index: [String: Int] = [:]
        func vertex(_ name: String) -> Int {
            if let known = index[name] { return known }
            index[name] = index.count
            return index.count - 1
        }
        let free = grandTotalKnown ? nil : "free"
        var edges: [(Int, Int)] = []
        for key in keys {
            let row: String, column: String
            if twoWay {
                row = freeLines.contains(.row(key.row)) ? (free ?? "rows") : "r:" + key.row
                column = freeLines.contains(.column(key.column ?? "")) ? (free ?? "columns") : "c:" + (key.column ?? "")
            } else {
                // A one-way table's only total is the grand total.
                let known = grandTotalKnown && !freeLines.contains(.table)
                row = known ? "cells" : "free"
                column = known ? "table" : "free"
            }
            edges.append((vertex(row), vertex(column)))
        }
        return Set(Self.bridges(vertices: index.count, edges: edges).map { keys[$0] })
    }

    /// Indices of the edges that lie on no cycle (Tarjan), in a multigraph where parallel edges form cycles.
    static func bridges(vertices: Int, edges: [(Int, Int)]) -> [Int] {
        var adjacent = Array(repeating: [(to: Int, edge: Int)](), count: vertices)
        for (i, (a, b)) in edges.enumerated() where a != b {
            adjacent[a].append((b, i))
            adjacent[b].append((a, i))
        }
        var order = Array(repeating: -1, count: vertices)
        var low = Array(repeating: 0, count: vertices)
        var counter = 0
        var result: [Int] = []
        for start in 0..<vertices where order[start] < 0 {
            // Iterative depth-first search: (vertex, edge it was reached by, next neighbour to look at).
            var stack: [(vertex: Int, via: Int, next: Int)] = [(start, -1, 0)]
            order[start] = counter; low[start] = counter; counter += 1
            while let top = stack.last {
                if top.next < adjacent[top.vertex].count {
                    stack[stack.count - 1].next += 1
                    let (to, edge) = adjacent[top.vertex][top.next]
                    if edge == top.via { continue }
                    if order[to] < 0 {
                        order[to] = counter; low[to] = counter; counter += 1
                        stack.append((to, edge, 0))
                    } else {
                        low[top.vertex] = min(low[top.vertex], order[to])
                    }
                } else {
                    stack.removeLast()
                    if let parent = stack.last {
                        low[parent.vertex] = min(low[parent.vertex], low[top.vertex])
                        if low[top.vertex] > order[parent.vertex] { result.append(top.via) }
                    }
                }
            }
        }
        return result
    }
}
