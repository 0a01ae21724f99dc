import Testing
@testable import Impact

/// For any table, nothing hidden can be worked out from what is published: each hidden cell is checked against the
/// linear system of the published totals, solved here by elimination (not by the graph the rule itself uses).
struct SuppressionPropertyTests {
    /// A small deterministic generator, so a failing table can be printed and replayed.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Whether `cell` is fixed by the known totals: the unit vector of the cell lies in the span of the constraint rows.
    static func derivable(_ cell: Int, of unknowns: Int, constraints: [[Double]]) -> Bool {
        rank(constraints + [unit(cell, unknowns)]) == rank(constraints)
    }

    static func unit(_ i: Int, _ n: Int) -> [Double] { (0..<n).map { $0 == i ? 1 : 0 } }

    static func rank(_ rows: [[Double]]) -> Int {
        var m = rows
        var rank = 0
        guard let width = m.first?.count else { return 0 }
        for column in 0..<width {
            guard let pivot = (rank..<m.count).first(where: { abs(m[$0][column]) > 1e-9 }) else { continue }
            m.swapAt(rank, pivot)
            for r in 0..<m.count where r != rank && abs(m[r][column]) > 1e-9 {
                let factor = m[r][column] / m[rank][column]
                for c in 0..<width { m[r][c] -= factor * m[rank][c] }
            }
            rank += 1
        }
        return rank
    }

    /// The published totals as equations over the hidden cells: a two-way table's rows, columns and grand total,
    /// a one-way table's total — each unless hidden.
    static func constraints(_ s: Suppression, hidden: [GroupKey], twoWay: Bool) -> [[Double]] {
        var lines: [(GroupKey) -> Bool] = []
        if s.totalReason == nil && !s.totalsToSuppress.contains(.table) { lines.append { _ in true } }
        if twoWay {
            for row in Set(hidden.map(\.row)) where !s.totalsToSuppress.contains(.row(row)) { lines.append { $0.row == row } }
            for column in Set(hidden.compactMap(\.column)) where !s.totalsToSuppress.contains(.column(column)) { lines.append { $0.column == column } }
        }
        return lines.map { inLine in hidden.map { inLine($0) ? 1 : 0 } }
    }

    @Test(arguments: 0..<400)
    func noHiddenCellCanBeWorkedOut(seed: Int) throws {
        var numbers = Numbers(state: UInt64(seed) &* 7919 &+ 17)
        let twoWay = seed % 3 != 0
        var groups: [SuppressionGroup] = []
        let rows = 1 + numbers.next(5), columns = twoWay ? 1 + numbers.next(4) : 1
        for r in 0..<rows {
            for c in 0..<columns where !(twoWay && numbers.next(8) == 0) {  // some two-way cells are empty (not listed)
                // Mostly small counts, so primary suppression is common.
                let graduates = numbers.next(3) == 0 ? 5 + numbers.next(40) : numbers.next(9)
                let respondents = graduates == 0 ? 0 : numbers.next(graduates + 1)
                groups.append(twoWay ? SuppressionGroup(row: "r\(r)", column: "c\(c)", graduates: graduates, respondents: respondents)
                                     : SuppressionGroup("r\(r)", graduates: graduates, respondents: respondents))
            }
        }
        let s = try Suppression(groups: groups)
        // Every cell under the threshold is hidden.
        for g in groups where g.graduates < 5 || g.respondents < 5 { #expect(s.isSuppressed(g.key)) }
        let hidden = s.suppressedKeys
        let equations = Self.constraints(s, hidden: hidden, twoWay: twoWay)
        for (i, key) in hidden.enumerated() {
            #expect(!Self.derivable(i, of: hidden.count, constraints: equations), "cell \(key) of table \(groups) can be worked out")
        }
    }

    @Test func aCellBetweenTwoProtectedBlocksGetsAPartner() throws {
        // Two blocks of four small cells (rows A,B × X,Y and C,D × Z,W) and one more small cell A×Z joining them.
        // Every row and column holding a hidden cell holds two, yet A×Z = (row A total − A×X − A×Y published …) is
        // fixed by combining the lines: it lies on no cycle. One more cell must go.
        var groups: [SuppressionGroup] = []
        let small: Set<String> = ["AX", "AY", "BX", "BY", "CZ", "CW", "DZ", "DW", "AZ"]
        for r in ["A", "B", "C", "D"] {
            for c in ["X", "Y", "Z", "W"] {
                let size = small.contains(r + c) ? 3 : 20
                groups.append(SuppressionGroup(row: r, column: c, graduates: size, respondents: size))
            }
        }
        let s = try Suppression(groups: groups)
        #expect(s.suppressedKeys.count == 10)
        let hidden = s.suppressedKeys
        let equations = Self.constraints(s, hidden: hidden, twoWay: true)
        #expect(hidden.indices.allSatisfy { !Self.derivable($0, of: hidden.count, constraints: equations) })
    }
}
