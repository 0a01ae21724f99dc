import GRDB

/// A kejuruan (vocational programme) such as Barista or Otomotif; classes are its batches.
public struct Program: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "program"
    public var id: Int64?
    public var code: String
    public var name: String
    public var sector: String?

    public init(id: Int64? = nil, code: String, name: String, sector: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.sector = sector
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
