import Alumni
import Outreach

/// Every module's tables, in dependency order; the one list the CLI and the server open the database with.
public enum JejakSchema {
    public static let modules: [any SchemaModule.Type] = [AlumniSchema.self, OutreachSchema.self, ImpactSchema.self]
}
