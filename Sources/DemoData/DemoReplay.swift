import Alumni
import Foundation

/// Runs the demo's registry steps in memory — the same imports, withdrawals, attendance and graduation as
/// `scripts/demo.sh` — so replies are written only for people who really graduate, with Jejak's own rules.
struct DemoReplay {
    struct Graduate {
        var trainee: Trainee
        var demoClass: DemoClass
        var sourceInfo: String?
    }

    static func graduates(classes: [DemoClass], registrations: URL, withdrawals: [(classCode: String, nik: String, date: CivilDate)]) throws -> [Graduate] {
        let database = try JejakDatabase.inMemory(modules: [AlumniSchema.self])
        let catalog = Catalog(database: database)
        let registry = Registry(database: database)
        let importer = RegistrationImporter(database: database)
        let now = LocalDateTime(date: CivilDate(year: 2026, month: 1, day: 1)!)
        for demoClass in classes {
            if try !catalog.programs().contains(where: { $0.code == demoClass.programCode }) {
                try catalog.addProgram(code: demoClass.programCode, name: demoClass.programName, sector: demoClass.sector)
            }
            try catalog.addClass(code: demoClass.code, programCode: demoClass.programCode, year: demoClass.year, quota: demoClass.quota,
                                 opensOn: demoClass.opens, startsOn: demoClass.starts, endsOn: demoClass.ends)
            _ = try importer.importFile(at: registrations.appendingPathComponent("\(demoClass.code).csv"), classCode: demoClass.code, now: now)
        }
        for withdrawal in withdrawals {
            _ = try registry.withdraw(nik: withdrawal.nik, classCode: withdrawal.classCode, on: LocalDateTime(date: withdrawal.date, hour: 12), now: now)
        }
        var graduates: [Graduate] = []
        for demoClass in classes {
            try registry.enroll(classCode: demoClass.code, niks: .all, on: LocalDateTime(date: demoClass.starts, hour: 12), now: now, markOthersNoShow: true)
            try registry.graduate(classCode: demoClass.code, niks: .all, on: LocalDateTime(date: demoClass.ends, hour: 12), now: now)
            for trainee in try catalog.members(of: demoClass.code, statuses: [.graduated]) {
                let history = try TraineeHistory.load(nik: trainee.nik, from: database)
                let source = history.classes.first { $0.classCode == demoClass.code }?.sourceInfo
                graduates.append(Graduate(trainee: trainee, demoClass: demoClass, sourceInfo: source))
            }
        }
        return graduates
    }
}
