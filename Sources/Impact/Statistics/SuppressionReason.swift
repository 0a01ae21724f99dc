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

extension SuppressionReason {
    /// What tables print for the reason: `under_threshold` or `complementary`.
    public var code: String { isPrimary ? "under_threshold" : "complementary" }

    /// The footnote mark a hidden cell carries: ¹ under the threshold, ² hidden to protect another.
    public var mark: String { isPrimary ? "¹" : "²" }

    /// The footnote explaining the mark.
    public func footnote(threshold: Int, in language: ReportLanguage) -> String {
        isPrimary
            ? language.pick("¹ disembunyikan: kurang dari \(threshold) lulusan atau responden.",
                            "¹ suppressed: fewer than \(threshold) graduates or respondents.")
            : language.pick("² disembunyikan agar kelompok lain yang tersembunyi tidak dapat dihitung dari total.",
                            "² suppressed so that another hidden group cannot be worked out from the totals.")
    }

    /// The footnotes for the reasons present, ¹ before ².
    public static func footnotes(_ reasons: some Sequence<SuppressionReason>, threshold: Int, in language: ReportLanguage) -> [String] {
        let present = Set(reasons.map(\.isPrimary))
        return [true, false].filter(present.contains).map { ($0 ? SuppressionReason.tooFewGraduates : .complementary(protecting: GroupKey(""), line: .table))
            .footnote(threshold: threshold, in: language) }
    }
}
