import GRDB

/// A module's part in a person's rights under UU 27/2022: it says what it holds on a trainee (the access right,
/// `jejak trainees export`) and forgets who they are (`jejak trainees erase`). Each module knows its own tables, so
/// a table added later is covered by the module that adds it.
public protocol PersonalDataKeeper: SchemaModule {
    /// Every row this module holds on the trainee, by section name ("enrollments", "messages", …).
    static func personalData(of trainee: Int64, in db: Database) throws -> [(section: String, rows: [Row])]

    /// Removes what identifies the trainee (names, numbers, handles, message texts, free text from their forms),
    /// keeping what published figures are made of (programme, class, dates, gender, age, kecamatan, statuses), so no
    /// published aggregate moves.
    static func erasePersonalData(of trainee: Int64, in db: Database) throws
}
