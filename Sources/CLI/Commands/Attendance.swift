import Alumni
import ArgumentParser
import Foundation

/// `--file F` or an `--all-…` flag: who a status change applies to.
struct SelectionOptions: ParsableArguments {
    @Option(help: "A file of NIKs: one per line, or a CSV with a nik column.") var file: String?

    func selection(all: Bool, flag: String) throws -> NIKSelection {
        switch (file, all) {
        case (let file?, false): return try NIKSelection.read(URL(fileURLWithPath: file))
        case (nil, true): return .all
        default: throw ValidationError("give either --file or \(flag)")
        }
    }
}

extension Jejak {
    struct Enroll: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark who showed up for a class (accepted → enrolled).",
            discussion: "Nothing is changed when any NIK in the file is unknown or not accepted; every problem is listed by line.")

        @OptionGroup var database: DatabaseOptions
        @Option(name: .customLong("class"), help: "The class code.") var classCode: String
        @OptionGroup var selection: SelectionOptions
        @Flag(help: "Everyone accepted showed up.") var allAccepted = false
        @Flag(help: "Mark the accepted people not listed as no-shows.") var othersNoShow = false
        @Option(help: "The first class day (default: today).") var date: CivilDate?

        func run() throws {
            let now = LocalDateTime.now()
            let count = try Registry(database: try database.open()).enroll(
                classCode: classCode, niks: try selection.selection(all: allAccepted, flag: "--all-accepted"),
                on: date?.noon ?? now, now: now, markOthersNoShow: othersNoShow)
            print("\(classCode): \(count) marked enrolled.")
        }
    }

    struct Graduate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record graduation (enrolled → graduated).",
            discussion: "The date starts the clock for follow-up surveys at 3, 6 and 12 months.")

        @OptionGroup var database: DatabaseOptions
        @Option(name: .customLong("class"), help: "The class code.") var classCode: String
        @OptionGroup var selection: SelectionOptions
        @Flag(help: "Everyone enrolled graduated.") var allEnrolled = false
        @Option(help: "The graduation date.") var date: CivilDate

        func run() throws {
            let count = try Registry(database: try database.open()).graduate(
                classCode: classCode, niks: try selection.selection(all: allEnrolled, flag: "--all-enrolled"),
                on: date.noon, now: .now())
            print("\(classCode): \(count) graduated on \(date).")
        }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that an enrolled person left the class.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The person's NIK.") var nik: String
        @Option(name: .customLong("class"), help: "The class code.") var classCode: String
        @Option(help: "When (default: today).") var date: CivilDate?
        @Option(help: "Why, kept in the history.") var reason: String?

        func run() throws {
            let now = LocalDateTime.now()
            try Registry(database: try database.open()).drop(nik: nik, classCode: classCode, on: date?.noon ?? now, now: now, reason: reason)
            print("Recorded that \(try NIK.parse(nik).get().masked) left \(classCode).")
        }
    }

    struct Certify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a graduate's BNSP competency certificate.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The person's NIK.") var nik: String
        @Option(name: .customLong("class"), help: "The class code.") var classCode: String
        @Option(help: "The certificate number.") var number: String
        @Option(help: "Date issued (default: today).") var date: CivilDate?

        func run() throws {
            let now = LocalDateTime.now()
            try Registry(database: try database.open()).certify(nik: nik, classCode: classCode, certificate: number, on: date?.noon ?? now, now: now)
            print("Recorded certificate for \(try NIK.parse(nik).get().masked) in \(classCode).")
        }
    }
}
