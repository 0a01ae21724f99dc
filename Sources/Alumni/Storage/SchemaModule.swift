import GRDB

/// A module that owns tables registers its migrations through this, so the database
/// holds every module's tables while each module keeps its schema to itself.
public protocol SchemaModule: Sendable {
    /// Adds this module's migrations, in order, with names prefixed by the module (`alumni.v1`).
    static func registerMigrations(in migrator: inout DatabaseMigrator)
}
