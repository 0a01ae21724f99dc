import Foundation

/// What went wrong in the registry, worded so staff know what to do next.
/// Messages name files, lines and columns, and show at most the last four digits of a NIK.
public enum AlumniError: Error, LocalizedError, Equatable {
    case cannotOpen(path: String, reason: String)
    case newerDatabase(path: String)
    case noDatabase(path: String)
    case notADatabase(path: String, reason: String)
    case backupExists(path: String)
    case cannotWrite(path: String, reason: String)
    case databaseBusy(path: String, holder: String?, waited: Duration)
    case duplicateProgram(String)
    case unknownProgram(String)
    case duplicateClass(String)
    case unknownClass(String)
    case invalidQuota(Int)
    case missingColumns(file: String, columns: [String], found: [String])
    case invalidNIK(String)
    case notRegistered(nik: String, classCode: String)
    case cannotChange(nik: String, classCode: String, from: EnrollmentStatus, to: EnrollmentStatus)
    case listProblems(file: String, problems: [String])
    case unknownTrainee(nik: String)
    case invalidSetting(key: String, reason: String)
    case unknownWave(Int, configured: [Int])
    case ambiguousPerson(String, found: [String])
    case unknownImport(Int64)
    case cannotUndoImport(id: Int64, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason). Check the path (--db or JEJAK_DB) and that the folder is writable."
        case .noDatabase(let path):
            "there is no Jejak database at \(path): create one with `jejak init` (--db PATH or JEJAK_DB say where), or point --db at an existing one."
        case .notADatabase(let path, let reason):
            "\(path) is not a Jejak database (\(reason)); nothing was changed. Check --db or JEJAK_DB."
        case .backupExists(let path):
            "\(path) already exists; nothing was overwritten. Choose a new name, e.g. with the date: jejak-$(date +%F).sqlite."
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)."
        case .databaseBusy(let path, let holder, let waited):
            "\(path) is busy: another jejak command" + (holder.map { " (\($0))" } ?? "")
                + " kept writing to it for over \(Self.words(waited)), so nothing was changed. Run this again once it has finished; "
                + "JEJAK_WRITE_WAIT=SECONDS waits longer."
        case .newerDatabase(let path):
            "\(path) was written by a newer version of Jejak; it has not been changed. Update Jejak to use it."
        case .duplicateProgram(let code): "program \(code) already exists; choose another code."
        case .unknownProgram(let code): "no program \(code); add it first with `jejak programs add \(code) --name …`."
        case .duplicateClass(let code): "class \(code) already exists; choose another code."
        case .unknownClass(let code): "no class \(code); add it first with `jejak classes add \(code) …`, or see `jejak classes list`."
        case .invalidQuota(let quota): "quota must be at least 1 (got \(quota))."
        case .missingColumns(let file, let columns, let found):
            "\(file), line 1: missing required column(s) \(columns.joined(separator: ", ")); found: \(found.joined(separator: ", ")). See the README for the column names."
        case .invalidNIK(let reason): "\(reason)."
        case .notRegistered(let nik, let classCode): "NIK \(nik) is not registered in class \(classCode)."
        case .cannotChange(let nik, let classCode, let from, let to):
            "NIK \(nik) in class \(classCode) is \(from.rawValue); it cannot become \(to.rawValue)."
        case .listProblems(let file, let problems):
            "\(file): nothing was changed, because:\n" + problems.map { "  " + $0 }.joined(separator: "\n")
        case .unknownTrainee(let nik): "no trainee with NIK \(nik)."
        case .invalidSetting(let key, let reason): "setting \(key): \(reason)."
        case .unknownImport(let id): "no registration import \(id); see `jejak register imports` for their numbers."
        case .cannotUndoImport(let id, let reason): "import \(id) cannot be undone: \(reason). Nothing was changed."
        case .ambiguousPerson(let text, let found) where found.isEmpty:
            "nobody matches \"\(text)\"; give the whole NIK, the last four digits with --class, or part of the name (`jejak trainees find`)."
        case .ambiguousPerson(let text, let found):
            "\"\(text)\" matches \(found.count) people; give the whole NIK, or add --class:\n" + found.map { "  " + $0 }.joined(separator: "\n")
        case .unknownWave(let wave, let configured):
            "wave \(wave) is not a survey wave here; the waves are \(configured.map(String.init).joined(separator: ", ")) (months after graduation). `jejak config set survey.waves …` changes them."
        }
    }

    /// "30 minutes", "1 minute", "45 seconds".
    private static func words(_ duration: Duration) -> String {
        let seconds = Int(duration.components.seconds)
        if seconds == 0 { return "\(Int(duration.seconds * 1000)) milliseconds" }
        if seconds >= 60, seconds % 60 == 0 { return seconds == 60 ? "1 minute" : "\(seconds / 60) minutes" }
        return seconds == 1 ? "1 second" : "\(seconds) seconds"
    }
}
