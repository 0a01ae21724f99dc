import Alumni
import ArgumentParser

/// A person as staff see them: the whole NIK, its last four digits (as lists show it) with `--class`, or part of
/// the name. Shared by every command about one person, so they all accept the same forms.
struct PersonArgument: ParsableArguments {
    @Argument(help: "The person's NIK, or its last four digits (as lists show it) with --class, or part of the name.") var nik: String
    @Option(name: .customLong("class"), help: "Look only among this class's people.") var classCode: String?

    /// The full NIK of the one person meant; an error that says what to give when nobody or several fit.
    func resolve(in database: JejakDatabase) throws -> String {
        try TraineeSearch(database: database).nik(nik, classCode: classCode)
    }
}
