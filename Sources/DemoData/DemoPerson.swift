import Alumni
import Synthetic

/// A generated person with everything a registration form asks.
struct DemoPerson {
    var nik: String
    var name: String
    var gender: Gender
    var birth: CivilDate
    var phone: String
    var instagram: String?
    var telegram: String?
    var kecamatan: String
    var kelurahan: String
    var education: String

    static let kelurahan = SyntheticNames.kelurahan
    /// Kemendagri district codes of Kota Tangerang, in DomicileRule.kotaTangerang order.
    static let cityKecamatan = DomicileRule.kotaTangerang.kecamatan

    static func make(serial: Int, using rng: inout SeededGenerator) -> DemoPerson {
        let gender: Gender = rng.chance(0.48) ? .female : .male
        let first = rng.pick(gender == .female ? DemoNames.female : DemoNames.male)
        let name = rng.chance(0.15) ? first : "\(first) \(rng.pick(DemoNames.family))"
        let birth = CivilDate(year: rng.int(1986...2006), month: rng.int(1...12), day: rng.int(1...28))!
        let districtIndex = rng.int(0...12)
        let kecamatan = cityKecamatan[districtIndex]
        // Most NIKs were issued in the city; some people moved in and keep a NIK from elsewhere.
        let region = rng.chance(0.85)
            ? String(format: "3671%02d", districtIndex + 1)
            : rng.pick(["360301", "360315", "367401", "367403", "320101", "317501"])
        let day = birth.day + (gender == .female ? 40 : 0)
        let nik = region + String(format: "%02d%02d%02d%04d", day, birth.month, birth.year % 100, serial % 9999 + 1)
        let phone = "8" + String(format: "%02d%08d", rng.pick([11, 12, 13, 21, 22, 52, 53, 57, 77, 78, 95, 96]), 10_000_000 + serial * 7919 % 89_999_999)
        let handleBase = name.lowercased().replacingOccurrences(of: " ", with: rng.chance(0.5) ? "." : "_")
        return DemoPerson(
            nik: nik, name: name, gender: gender, birth: birth, phone: phone,
            instagram: rng.chance(0.6) ? handleBase + String(rng.int(1...999)) : nil,
            telegram: rng.chance(0.15) ? handleBase.replacingOccurrences(of: ".", with: "_") + "_tg" : nil,
            kecamatan: kecamatan, kelurahan: rng.pick(kelurahan[kecamatan] ?? [""]),
            education: rng.pick(["SMA", "SMK", "SMK", "SMA", "SMP", "D3", "S1"]))
    }
}

import Foundation
