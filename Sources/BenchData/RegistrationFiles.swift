import Synthetic
import Alumni
import Foundation

/// Writes each class's registration export (`registrations/CODE.csv`) and all rows in one file
/// (`registrations-all.csv`, for the one-million-row import benchmark).
///
/// Rows come in registration time order, so the first `quota` people of a class take its seats and the
/// rest are waitlisted. A few extra rows are rejected as they would be in real exports: a second press
/// of "Daftar" (repeated NIK) and a NIK typed with serial 0000 from outside the city.
struct RegistrationFiles {
    static let header = ["waktu_daftar", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "no_hp", "instagram", "kecamatan",
                         "kelurahan", "pendidikan", "sumber_info", "kode_kampanye", "persetujuan_kontak"]
    let seed: UInt64
    let all: TextOut
    private(set) var rows = 0
    private(set) var rejectedRows = 0

    init(seed: UInt64, allRows: URL) throws {
        self.seed = seed
        all = try TextOut(allRows)
        all.line(Self.header)
    }

    mutating func write(_ plannedClass: PlannedClass, to url: URL) throws {
        let out = try TextOut(url)
        out.line(Self.header)
        var rng = SeededGenerator(seed, stream: plannedClass.index, salt: 3)
        let start = LocalDateTime(date: plannedClass.opens, hour: 8)
        let step = max(1, 28 * 86_400 / plannedClass.registrants)
        for r in 0..<plannedClass.registrants {
            let person = BenchPerson(index: plannedClass.firstPerson + r, seed: seed)
            let time = start.adding(seconds: r * step + rng.int(0...(step - 1)))
            let row = fields(person, time: time, plannedClass: plannedClass, &rng)
            emit(row, out)
            if rng.chance(0.003) {  // pressed "Daftar" twice
                var again = row
                again[0] = time.adding(seconds: 45).description
                emit(again, out)
                rejectedRows += 1
            }
            if rng.chance(0.002) {  // a NIK with serial 0000, from outside the service area
                var broken = row
                broken[1] = String(person.nik.prefix(12)) + "0000"
                broken[7] = rng.pick(["Serpong", "Cikupa", "Pamulang"])
                emit(broken, out)
                rejectedRows += 1
            }
        }
        try out.close()
    }

    func close() throws { try all.close() }

    private mutating func emit(_ row: [String], _ out: TextOut) {
        out.line(row)
        all.line(row)
        rows += 1
    }

    private func fields(_ person: BenchPerson, time: LocalDateTime, plannedClass: PlannedClass, _ rng: inout SeededGenerator) -> [String] {
        let (source, campaign) = CampaignFiles.source(for: plannedClass, &rng)
        return [
            time.description, person.nik, person.name, person.gender.rawValue, person.birth.description, person.typedPhone(&rng),
            person.instagram.map { rng.chance(0.5) ? "@" + $0 : $0 } ?? "", person.kecamatan, person.kelurahan,
            person.education, source, campaign ?? "", person.consent,
        ]
    }
}
