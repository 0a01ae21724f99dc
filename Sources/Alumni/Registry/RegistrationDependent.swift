import GRDB

/// A module's part in undoing a registration import (`jejak register undo`): whether it already holds something
/// that makes the registrations real (a survey sent, an answer recorded), and what it derived from them that must
/// go with them. Each module knows its own tables, so one added later is covered by the module that adds it.
public protocol RegistrationDependent: SchemaModule {
    /// Why these enrolments can no longer be undone, in the user's words, or nil when nothing stands in the way.
    static func blocksUndo(of enrollments: [Int64], in db: Database) throws -> String?

    /// Removes what the module holds on these enrolments and on these trainees (who are about to go with them).
    static func forget(enrollments: [Int64], trainees: [Int64], in db: Database) throws
}
