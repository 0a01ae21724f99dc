import Foundation

/// One cell of a published table: a group of graduates identified by one key (one-way table)
/// or a row and a column key (two-way table, e.g. programme × year).
public struct SuppressionGroup: Sendable, Equatable, Hashable {
    public var key: GroupKey
    public var graduates: Int
    public var respondents: Int

    /// A cell of a one-way table.
    public init(_ row: String, graduates: Int, respondents: Int) {
        self.init(key: GroupKey(row), graduates: graduates, respondents: respondents)
    }

    /// A cell of a two-way table.
    public init(row: String, column: String, graduates: Int, respondents: Int) {
        self.init(key: GroupKey(row, column), graduates: graduates, respondents: respondents)
    }

    public init(key: GroupKey, graduates: Int, respondents: Int) {
        self.key = key
        self.graduates = graduates
        self.respondents = respondents
    }
}

/// Identifies a cell: `column` is nil in a one-way table.
public struct GroupKey: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var row: String
    public var column: String?

    public init(_ row: String, _ column: String? = nil) {
        self.row = row
        self.column = column
    }

    public static func < (a: GroupKey, b: GroupKey) -> Bool {
        (a.row, a.column ?? "") < (b.row, b.column ?? "")
    }

    public var description: String { column.map { "\(row) × \($0)" } ?? row }
}
