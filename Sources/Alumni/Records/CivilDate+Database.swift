import Foundation
import GRDB

/// Dates are stored as ISO text (`yyyy-mm-dd`) so they sort and read well in any SQL tool.
extension CivilDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CivilDate? {
        String.fromDatabaseValue(dbValue).flatMap { CivilDate(parsing: $0) }
    }
}

/// Times are stored as `yyyy-mm-dd HH:mm:ss` wall-clock text.
extension LocalDateTime: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDateTime? {
        String.fromDatabaseValue(dbValue).flatMap { LocalDateTime(parsing: $0) }
    }
}
