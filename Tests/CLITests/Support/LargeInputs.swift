import Foundation
import Synthetic

/// Large, deterministic inputs for the tests that run `jejak` as processes: a registration export of many rows and
/// WhatsApp group exports of many replies from graduates, in the formats of `data/`. Big enough that the commands
/// take seconds in a debug build, so a kill lands mid-write and a long import holds the database while others wait.
///
/// Person `i` always has the same NIK, name, phone and kecamatan, so a registration file and a chat export that name
/// the same indexes describe the same people.
enum LargeInputs {
    /// The graduation date of the graduates' class (`LargeCentre`): wave 6 replies are written from 2025-09-14.
    static let graduatedOn = "2025-03-14"

    /// A valid Kota Tangerang NIK, different for every index below several millions (district, birth date and serial
    /// are the index's digits in mixed bases); every other person is a woman (day + 40).
    static func nik(_ index: Int) -> String {
        var rest = index
        let district = rest % 13 + 1; rest /= 13
        let day = rest % 28 + 1; rest /= 28
        let month = rest % 12 + 1; rest /= 12
        let year = 70 + rest % 30; rest /= 30
        let serial = rest + 1
        return String(format: "3671%02d%02d%02d%02d%04d", district, female(index) ? day + 40 : day, month, year, serial)
    }

    static func female(_ index: Int) -> Bool { (index / 7) % 2 == 1 }

    /// "0812" and eight digits: unique per index.
    static func phone(_ index: Int) -> String { String(format: "0812%08d", index) }

    /// The phone as an Android export shows an unsaved contact: "+62 812-0001-2345".
    static func whatsAppSender(_ index: Int) -> String {
        let digits = String(format: "%08d", index)
        return "+62 812-\(digits.prefix(4))-\(digits.suffix(4))"
    }

    static func name(_ index: Int) -> String {
        var rng = SeededGenerator(20_251_124, stream: index)
        let given = rng.pick(female(index) ? SyntheticNames.female : SyntheticNames.male)
        return rng.chance(0.8) ? "\(given) \(rng.pick(SyntheticNames.family))" : given
    }

    /// How someone's second phone is saved on the centre's phone: "Dewi HP 2 (40)".
    static func nickname(_ index: Int) -> String {
        "\(name(index).split(separator: " ")[0]) HP 2 (\(index))"
    }

    static let kecamatan = ["Tangerang", "Jatiuwung", "Batuceper", "Benda", "Cipondoh", "Ciledug", "Karawaci", "Periuk",
                            "Cibodas", "Neglasari", "Pinang", "Karang Tengah", "Larangan"]

    /// A registration export of the people `people`, registered over the first days of January 2025 in a seeded order
    /// (seats go by time, not by line). Some rows are rejected as a real export's are: a kecamatan outside the
    /// service area, a NIK one digit short, a NIK repeated from the line before.
    static func registrations(_ people: Range<Int>, seed: UInt64, to url: URL) throws {
        var rng = SeededGenerator(seed, stream: 1)
        var text = "waktu_daftar,nik,nama,jenis_kelamin,no_hp,kecamatan,sumber_info,persetujuan_kontak\n"
        text.reserveCapacity(people.count * 110)
        var previousNIK = nik(people.lowerBound)
        for index in people {
            let second = rng.int(0...(5 * 86_400 - 1))
            let time = String(format: "2025-01-%02d %02d:%02d:%02d", 6 + second / 86_400, second / 3600 % 24, second / 60 % 60, second % 60)
            var id = nik(index)
            var place = kecamatan[index % kecamatan.count]
            switch index % 211 {
            case 17: place = "Serpong"
            case 42: id = String(id.dropLast())
            case 99: id = previousNIK
            default: break
            }
            previousNIK = nik(index)
            let source = rng.pick(["Instagram Feed", "Reels", "Teman", "Broadcast Channel", "Story IG"])
            text += "\(time),\(id),\(name(index)),\(female(index) ? "P" : "L"),\(phone(index)),\(place),\(source),ya\n"
        }
        try Data(text.utf8).write(to: url)
    }

    /// A class's alumni group as Android exports it in English ("dd/mm/yyyy, HH:MM - +62 812-…: text"): `messages`
    /// messages from `people` between `from` and `to` (dates as yyyy-mm-dd), mostly by phone; some a second message
    /// within the same minute (one reply in two messages), some from numbers the registry does not know (kept until
    /// their sender is known), some from a display name only, and some from a second phone saved under a nickname
    /// that sometimes carries the person's reply code from `codes` (which teaches who the nickname is, so the
    /// nickname's messages kept earlier are read again). Replies are numbered answers, plain words, words a careful
    /// person must read (review), and chatter.
    static func whatsAppGroup(classCode: String, people: Range<Int>, messages: Int, from: String, to: String, seed: UInt64,
                              codes: [Int: String] = [:]) -> String {
        var rng = SeededGenerator(seed, stream: 2)
        let start = day(from), end = day(to)
        let minutes = max(1, (end - start) * 24 * 60 / max(1, messages))
        var time = start * 24 * 60 + 7 * 60
        var lines = [stamp(time) + "BLK Kota Tangerang created group \"Alumni \(classCode)\""]
        lines.reserveCapacity(messages + 1)
        var previous: String?
        for _ in 0..<messages {
            let sender: String
            var code = ""
            if let again = previous, rng.chance(0.1) {
                sender = again
            } else {
                time += rng.int(1...(2 * minutes))
                // Nicknames come from a few people, so each says several things over the exports.
                let index = rng.int(people.lowerBound...(people.upperBound - 1))
                let nicknamed = people.lowerBound + rng.int(0...(people.count - 1) / 50) * 50
                switch rng.int(0...99) {
                case 0..<3: sender = whatsAppSender(9_000_000 + rng.int(0...999))
                case 3..<5: sender = name(index)
                case 5..<8 where codes[nicknamed] != nil:
                    sender = nickname(nicknamed)
                    if rng.chance(0.2), let known = codes[nicknamed] { code = known + " " }
                default: sender = whatsAppSender(index)
                }
            }
            previous = sender
            lines.append(stamp(time) + sender + ": " + code + rng.pick(replies))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let replies = [
        "1", "2", "3", "4", "5", "1 A", "2 B D E", "1 A C", "3 kak", "no 1",
        "Alhamdulillah sudah kerja di PT Maju Jaya", "udah kerja di pabrik garmen kak", "masih nyari kerja kak",
        "lanjut kuliah D3 dulu", "buka usaha jualan kopi di rumah", "jadi kasir alfamart",
        "belum kerja", "nganggur", "udah keterima tapi belum mulai", "pengen buka usaha",
        "terima kasih kak 🙏", "Noted 👍", "<Media omitted>", "siap kak", "This message was deleted",
    ]

    /// "15/09/2025, 09:01 - " for a minute counted from 1970-01-01.
    private static func stamp(_ minute: Int) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(minute * 60))
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d/%02d/%04d, %02d:%02d - ", parts.day!, parts.month!, parts.year!, parts.hour!, parts.minute!)
    }

    /// Days since 1970-01-01 of a yyyy-mm-dd date.
    private static func day(_ text: String) -> Int {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let date = utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
        return Int(date.timeIntervalSince1970) / 86_400
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
