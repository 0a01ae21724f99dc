import Synthetic
import Alumni
import Foundation

/// Writes one class's registration export as the city's registration system (or an admin with Excel) would,
/// including the defects real exports have: invalid NIKs, repeated rows, addresses outside the city,
/// misspelt kecamatan, phones in every format, declared dates that disagree with the NIK.
struct RegistrationExport {
    var demoClass: DemoClass
    var rows: [[String]] = []
    /// The NIK of the first person to register with no defect at all: the demo withdraws them.
    var firstCleanNIK: String?

    static let header = [
        "waktu_daftar", "nik", "nama", "jenis_kelamin", "tanggal_lahir", "no_hp", "instagram", "telegram",
        "kecamatan", "kelurahan", "pendidikan", "sumber_info", "kode_kampanye", "persetujuan_kontak", "ukuran_baju",
    ]
    static let sources = [
        ("Instagram Feed", "IGFEED"), ("Reels", "REELS"), ("Story IG", "STORY"), ("Broadcast Channel", "BC"),
        ("WA", nil), ("Teman", nil), ("Instagram", "IGFEED"), ("TikTok", nil),
    ]

    /// - Parameters:
    ///   - people: who registers, in order of arrival.
    mutating func add(_ people: [DemoPerson], using rng: inout SeededGenerator) {
        var time = LocalDateTime(date: demoClass.opens, hour: 8)
        for person in people {
            // Most seats go within hours; late registrants trickle in over the next days.
            time = time.adding(seconds: rows.count < demoClass.quota * 2 ? rng.int(5...240) : rng.int(600...14_400))
            var nik = person.nik
            var kecamatan = person.kecamatan
            var birth = person.birth
            var phone = formatPhone(person.phone, using: &rng)
            switch rng.int(0...99) {
            case 0: nik = String(nik.dropLast())  // a digit lost while typing
            case 1: nik = String(nik.prefix(12)) + "0000"
            case 2...5: kecamatan = rng.pick(["Cikupa", "Serpong", "Pamulang", "Curug", "Ciputat", "Tigaraksa"])
            case 6...8: birth = CivilDate(year: birth.year, month: birth.month, day: birth.day % 28 + 1)!
            case 9...11: phone = rng.pick(["-", "0812", ""])
            case 12...21: kecamatan = misspell(kecamatan, using: &rng)
            default: break
            }
            if firstCleanNIK == nil, nik == person.nik, kecamatan == person.kecamatan, birth == person.birth, phone.count > 5 {
                firstCleanNIK = nik
            }
            let (source, campaign) = rng.pick(Self.sources)
            let code = campaign.flatMap { rng.chance(0.55) ? "\(demoClass.code)-\($0)" : nil } ?? ""
            let row = [
                format(time), nik, person.name, person.gender.rawValue, format(birth), phone,
                person.instagram.map { rng.chance(0.5) ? "@" + $0 : $0 } ?? "", person.telegram ?? "",
                kecamatan, person.kelurahan, person.education, source, code,
                rng.chance(0.9) ? "ya" : (rng.chance(0.6) ? "tidak" : ""), rng.pick(["S", "M", "L", "XL"]),
            ]
            rows.append(row)
            // Some people press "Daftar" twice: the system exports both.
            if rng.chance(0.02) {
                var again = row
                time = time.adding(seconds: rng.int(30...300))
                again[0] = format(time)
                rows.append(again)
            }
        }
    }

    /// The file's bytes. Exports come sorted by name about half the time, as an admin sorted them in Excel.
    func fileContents(using rng: inout SeededGenerator) -> Data {
        var body = rows
        if rng.chance(0.5) { body.sort { $0[2] < $1[2] } }
        let delimiter = demoClass.excelStyle ? ";" : ","
        let newline = demoClass.excelStyle ? "\r\n" : "\n"
        var text = demoClass.excelStyle ? "\u{FEFF}" : ""
        for fields in [Self.header] + body {
            text += fields.map { CSVFile.quote($0, delimiter: Character(delimiter)) }.joined(separator: delimiter) + newline
        }
        return Data(text.utf8)
    }

    private func format(_ time: LocalDateTime) -> String {
        demoClass.excelStyle
            ? String(format: "%02d/%02d/%04d %02d:%02d:%02d", time.date.day, time.date.month, time.date.year, time.hour, time.minute, time.second)
            : time.description
    }

    private func format(_ date: CivilDate) -> String {
        demoClass.excelStyle ? String(format: "%02d/%02d/%04d", date.day, date.month, date.year) : date.description
    }

    private func formatPhone(_ national: String, using rng: inout SeededGenerator) -> String {
        let d = Array(national)
        let groups = "\(String(d[0..<3]))-\(String(d[3..<7]))-\(String(d[7...]))"
        switch rng.int(0...3) {
        case 0: return "0" + national
        case 1: return "0" + groups
        case 2: return "+62 " + groups.replacingOccurrences(of: "-", with: " ")
        default: return "62" + national
        }
    }

    private func misspell(_ kecamatan: String, using rng: inout SeededGenerator) -> String {
        switch rng.int(0...2) {
        case 0: "Kec. " + kecamatan
        case 1: kecamatan.uppercased()
        default: kecamatan.replacingOccurrences(of: " ", with: "").lowercased()
        }
    }

}
