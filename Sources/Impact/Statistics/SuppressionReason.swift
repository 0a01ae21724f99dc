import Foundation

/// Why a cell is hidden; reports print it so officials see suppression is a rule, not missing data.
public enum SuppressionReason: Sendable, Equatable, Hashable {
    /// Fewer graduates than the threshold: even the head-count identifies people.
    case tooFewGraduates
    /// Enough graduates but fewer respondents than the threshold: any rate would describe
    /// identifiable individuals.
    case tooFewRespondents
    /// Hidden only so that a primary-suppressed cell in the same `line` cannot be recovered
    /// by subtracting the published cells from the published total.
    case complementary(protecting: GroupKey, line: SuppressionLine)

    public var isPrimary: Bool {
        if case .complementary = self { return false }
        return true
    }
}

/// A set of cells that is published with a total: the whole one-way table, or one row or
/// one column of a two-way table.
public enum SuppressionLine: Sendable, Equatable, Hashable, CustomStringConvertible {
    case table
    case row(String)
    case column(String)

    public var description: String {
        switch self {
        case .table: return "the table"
        case .row(let r): return "row \(r)"
        case .column(let c): return "column \(c)"
        }
    }
}
