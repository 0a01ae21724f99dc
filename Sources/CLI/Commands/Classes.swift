import Alumni
import ArgumentParser
import Impact

extension Jejak {
    struct Classes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Classes (kelas/angkatan): a programme's batch in a budget year, with a quota of free seats.",
            subcommands: [Add.self, List.self, Show.self], defaultSubcommand: List.self)

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a class.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "A short code, e.g. BAR-2025-01.") var code: String
            @Option(help: "The programme's code.") var program: String
            @Option(parsing: .unconditional, help: "Number of seats.") var quota: Int
            @Option(help: "Budget year (tahun anggaran).") var year: Int
            @Option(help: "Registration opens (yyyy-mm-dd or dd/mm/yyyy).") var opens: CivilDate?
            @Option(help: "Training starts.") var starts: CivilDate?
            @Option(help: "Training ends.") var ends: CivilDate?
            @Option(help: "Where the class is held.") var place: String?

            func validate() throws {
                guard quota > 0 else { throw ValidationError("--quota must be at least 1") }
                guard (2000...2100).contains(year) else { throw ValidationError("--year must be a year such as 2025") }
                if let starts, let ends, ends < starts { throw ValidationError("--ends is before --starts") }
            }

            func run() throws {
                let added = try Catalog(database: try database.open()).addClass(
                    code: code, programCode: program, year: year, quota: quota, opensOn: opens, startsOn: starts,
                    endsOn: ends, place: place)
                print("Added class \(added.code): program \(program), \(added.year), \(added.quota) seats.")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List classes with registrations, seats taken, waitlist length and hours to fill the quota.",
                discussion: "JSON: [{\"class\": {...}, \"program_code\", \"program_name\", \"registrations\", \"seats_taken\", \"waitlisted\", \"hours_to_fill\", \"suppressed\", \"suppression_reason\"}], as `GET /api/classes` for staff (officials get the counts of classes with fewer than 5 registrations as null).")
            @OptionGroup var database: DatabaseOptions
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let classes = try Catalog(database: try database.open()).classes()
                if format == .json { return try printJSON(classes.map { ClassFigures($0, threshold: nil) }) }
                print(["class", "program", "year", "registrations", "seats", "waitlist", "hours to fill", "starts", "ends"].joined(separator: "\t"))
                for item in classes {
                    let c = item.trainingClass
                    print([c.code, item.programCode, "\(c.year)", "\(item.registrations)", "\(item.seatsTaken)/\(c.quota)", "\(item.waitlisted)",
                           item.hoursToFill.map { String(format: "%.1f", $0) } ?? "-",
                           c.startsOn?.description ?? "-", c.endsOn?.description ?? "-"].joined(separator: "\t"))
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a class: seats taken, who holds them, and the waitlist in order.")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The class code.") var code: String
            @Option(help: "text or json.") var format: OutputFormat = .text

            func run() throws {
                let summary = try Catalog(database: try database.open()).summary(of: code)
                if format == .json { return try printJSON(summary) }
                let c = summary.trainingClass
                print("\(c.code) — \(summary.program.name), \(c.year): \(summary.seatsTaken)/\(c.quota) seats taken, \(summary.waitlist.count) waiting")
                let counts = summary.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                if !counts.isEmpty { print("By status: \(counts)") }
                print("Seats:")
                for (i, person) in summary.seatHolders.enumerated() {
                    print("  \(i + 1). \(person.nik)  \(person.name)  \(person.status.rawValue)  registered \(person.registeredAt)")
                }
                if !summary.waitlist.isEmpty {
                    print("Waitlist:")
                    for (i, person) in summary.waitlist.enumerated() {
                        print("  \(i + 1). \(person.nik)  \(person.name)  registered \(person.registeredAt)")
                    }
                }
            }
        }
    }
}
