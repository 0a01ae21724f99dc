import Synthetic
import Alumni

/// A generated person, derived from their global index alone.
///
/// NIKs are unique by construction: r = i mod 116,880 picks a (region, birth date) pair bijectively —
/// region r mod 16, birth date (r / 16 × 7919) mod 7305 days from 1986-01-01 (7919 is prime, so the map is
/// one-to-one) — and the serial is i / 116,880 + 1: room for 16 × 7305 × 9999 ≈ 1.17 billion people.
/// Phones are unique too: the last eight digits are 10,000,000 + i.
struct BenchPerson {
    var index: Int
    var nik: String
    var name: String
    var gender: Gender
    var birth: CivilDate
    /// National significant number, `8xxxxxxxxxx`.
    var phone: String
    var instagram: String?
    var kecamatan: String
    var kelurahan: String
    var education: String
    /// `ya`, `tidak` or empty: only `ya` may be contacted, so only they can answer.
    var consent: String

    var reachable: Bool { consent == "ya" }

    static let regions = ["367101", "367102", "367103", "367104", "367105", "367106", "367107", "367108", "367109",
                          "367110", "367111", "367112", "367113", "360301", "367401", "320101"]
    static let birthDays = 7305
    static let firstBirthDay = CivilDate(year: 1986, month: 1, day: 1)!.dayNumber
    static let prefixes = ["811", "812", "813", "821", "822", "852", "853", "857", "877", "878", "895", "896"]

    init(index: Int, seed: UInt64) {
        var rng = SeededGenerator(seed, stream: index, salt: 1)
        self.index = index
        gender = rng.chance(0.48) ? .female : .male
        let first = rng.pick(gender == .female ? SyntheticNames.female : SyntheticNames.male)
        let family = rng.pick(SyntheticNames.family)
        name = rng.chance(0.12) ? first : "\(first) \(family)"
        let r = index % (Self.regions.count * Self.birthDays)
        let region = Self.regions[r % Self.regions.count]
        birth = CivilDate(dayNumber: Self.firstBirthDay + (r / Self.regions.count * 7919) % Self.birthDays)
        let day = birth.day + (gender == .female ? 40 : 0)
        nik = region + Pad.two(day) + Pad.two(birth.month) + Pad.two(birth.year % 100) + Pad.four(index / (Self.regions.count * Self.birthDays) + 1)
        phone = rng.pick(Self.prefixes) + String(10_000_000 + index)
        let base = (first + (rng.chance(0.5) ? "." : "_") + family).lowercased()
        instagram = rng.chance(0.6) ? base + String(index) : nil
        kecamatan = rng.pick(DomicileRule.kotaTangerang.kecamatan)
        kelurahan = rng.pick(SyntheticNames.kelurahan[kecamatan] ?? ["-"])
        education = rng.pick(["SMA", "SMK", "SMK", "SMA", "SMP", "D3", "S1"])
        let consentDraw = rng.int(0...99)
        consent = consentDraw < 94 ? "ya" : (consentDraw < 98 ? "tidak" : "")
    }

    /// `+62 812-3456-7890`, as WhatsApp shows an unsaved number.
    var whatsAppDisplay: String {
        let d = Array(phone)
        return "+62 " + String(d[0..<3]) + "-" + String(d[3..<7]) + "-" + String(d[7...])
    }

    /// The phone as someone typed it into the form, in one of the usual ways.
    func typedPhone(_ rng: inout SeededGenerator) -> String {
        switch rng.int(0...3) {
        case 0: "0" + phone
        case 1: "0" + whatsAppDisplay.dropFirst(4)
        case 2: "62" + phone
        default: whatsAppDisplay
        }
    }
}
