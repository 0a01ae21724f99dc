import Synthetic
import Alumni
import Foundation

/// A class's alumni WhatsApp group, exported from the centre's Android phone in Indonesian:
/// `WhatsApp Chat with Alumni CODE.txt`. Graduates are unsaved contacts, so they appear as
/// `+62 812-3456-7890`, sometimes wrapped in U+202A … U+202C as Android does.
struct WhatsAppGroupExport {
    let plannedClass: PlannedClass
    var lines: [ChatLine] = []

    init(plannedClass: PlannedClass) {
        self.plannedClass = plannedClass
        let created = LocalDateTime(date: plannedClass.graduatedOn, hour: 15, minute: 5)
        lines.append(ChatLine(time: created, sender: nil, text:
            "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya, bahkan WhatsApp. Ketuk untuk info selengkapnya."))
        lines.append(ChatLine(time: created, sender: nil, text: "\(CentreText.account) membuat grup \"Alumni \(plannedClass.code)\""))
        for wave in TrueOutcome.waves {
            let due = LocalDateTime(date: plannedClass.graduatedOn.adding(months: wave), hour: 9)
            lines.append(ChatLine(time: due, sender: CentreText.account,
                                  text: CentreText.waveAnnouncement(classCode: plannedClass.code, wave: wave)))
        }
    }

    static func sender(_ person: BenchPerson) -> String {
        person.index % 3 == 0 ? "\u{202A}" + person.whatsAppDisplay + "\u{202C}" : person.whatsAppDisplay
    }

    mutating func add(_ person: BenchPerson, outcomes: [WaveOutcome], _ rng: inout SeededGenerator) {
        let sender = Self.sender(person)
        if rng.chance(0.15) {
            lines.append(ChatLine(time: LocalDateTime(date: plannedClass.graduatedOn, hour: 16, minute: rng.int(0...59)), sender: nil,
                                  text: "\(sender) bergabung menggunakan tautan undangan grup ini"))
        }
        if rng.chance(0.08) {
            let day = plannedClass.graduatedOn.dayNumber + rng.int(1...390)
            lines.append(ChatLine(time: LocalDateTime(date: CivilDate(dayNumber: day), hour: rng.int(7...22), minute: rng.int(0...59)),
                                  sender: sender, text: rng.pick(ReplyWording.chatter)))
        }
        for outcome in outcomes {
            for message in outcome.messages { lines.append(ChatLine(time: message.time, sender: sender, text: message.text)) }
        }
    }

    func write(to folder: URL) throws -> Int {
        let out = try TextOut(folder.appendingPathComponent("WhatsApp Chat with Alumni \(plannedClass.code).txt"))
        WhatsAppStamp.write(lines, to: out)
        try out.close()
        return lines.count
    }
}
