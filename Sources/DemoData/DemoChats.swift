import Synthetic
import Alumni
import Foundation

/// Writes the replies as the apps export them: a WhatsApp group per class (Android, Indonesian), one-to-one
/// WhatsApp chats (iOS), a Telegram group with a poll, and Instagram direct messages — plus `truth.csv`.
struct DemoChats {
    struct Reply {
        var graduate: DemoReplay.Graduate
        var time: LocalDateTime
        var text: String
    }

    var replies: [Reply] = []
    var truth = ["nik,class,program,wave,status,responded"]

    mutating func draw(_ graduates: [DemoReplay.Graduate], using rng: inout SeededGenerator) {
        for graduate in graduates {
            var previous: DemoOutcome.Status?
            for wave in [3, 6, 12] {
                let due = graduate.demoClass.ends.adding(months: wave)
                guard due < CivilDate(year: 2026, month: 6, day: 1)! else { continue }
                let outcome = DemoOutcome.draw(for: graduate, wave: wave, previous: previous, using: &rng)
                previous = outcome.status
                truth.append([graduate.trainee.nik, graduate.demoClass.code, graduate.demoClass.programCode, "\(wave)",
                              outcome.status.rawValue, outcome.responds ? "1" : "0"].joined(separator: ","))
                guard outcome.responds else { continue }
                let time = LocalDateTime(date: CivilDate(dayNumber: due.dayNumber + rng.int(0...20)), hour: rng.int(7...21), minute: rng.int(0...59))
                replies.append(Reply(graduate: graduate, time: time, text: rng.pick(DemoOutcome.replies[outcome.status]!)))
                if rng.chance(0.08) {
                    replies.append(Reply(graduate: graduate, time: time.adding(seconds: 120), text: rng.pick(DemoOutcome.chatter)))
                }
            }
        }
        replies.sort { ($0.time, $0.graduate.trainee.nik) < ($1.time, $1.graduate.trainee.nik) }
    }

    /// Splits replies over the channels people use and writes every export under `folder`.
    func write(to folder: URL, using rng: inout SeededGenerator) throws {
        var groups: [String: [Reply]] = [:]
        var direct: [String: [Reply]] = [:]
        var instagram: [String: [Reply]] = [:]
        var telegram: [Reply] = []
        for reply in replies {
            let person = reply.graduate.trainee
            let roll = rng.int(0...99)
            if reply.graduate.demoClass.programCode == "OPK" && roll < 40 {
                telegram.append(reply)
            } else if let handle = person.instagram, roll < 25 {
                instagram[handle, default: []].append(reply)
            } else if roll < 45 {
                direct[person.nik, default: []].append(reply)
            } else {
                groups[reply.graduate.demoClass.code, default: []].append(reply)
            }
        }
        let whatsapp = folder.appendingPathComponent("whatsapp")
        try FileManager.default.createDirectory(at: whatsapp.appendingPathComponent("pribadi"), withIntermediateDirectories: true)
        for (code, replies) in groups.sorted(by: { $0.key < $1.key }) {
            try Data(groupExport(code, replies, using: &rng).utf8)
                .write(to: whatsapp.appendingPathComponent("Chat WhatsApp dengan Alumni \(code).txt"))
        }
        for (_, replies) in direct.sorted(by: { $0.key < $1.key }) {
            let (name, text) = directExport(replies, using: &rng)
            try Data(text.utf8).write(to: whatsapp.appendingPathComponent("pribadi/WhatsApp Chat with \(name).txt"))
        }
        try writeInstagram(instagram, to: folder.appendingPathComponent("instagram/your_instagram_activity/messages/inbox"))
        try writeTelegram(telegram, to: folder.appendingPathComponent("telegram"))
    }

    private func androidTime(_ time: LocalDateTime) -> String {
        String(format: "%02d/%02d/%02d %02d.%02d", time.date.day, time.date.month, time.date.year % 100, time.hour, time.minute)
    }

    /// Android, Indonesian: unsaved members show as their number, saved ones by name.
    private func groupExport(_ code: String, _ replies: [Reply], using rng: inout SeededGenerator) -> String {
        guard let first = replies.first else { return "" }
        let opened = LocalDateTime(date: first.graduate.demoClass.ends, hour: 15)
        var lines = [
            "\(androidTime(opened)) - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.",
            "\(androidTime(opened)) - BLK Kota Tangerang membuat grup \"Alumni \(code)\"",
            "\(androidTime(opened.adding(seconds: 60))) - BLK Kota Tangerang: Selamat atas kelulusannya! Grup ini untuk info lowongan dan survei alumni.",
        ]
        var saved: [String: Bool] = [:]
        for reply in replies {
            let person = reply.graduate.trainee
            let phone = person.phone.map(Self.display) ?? person.name
            let sender = saved[person.nik, default: rng.chance(0.35)] ? person.name : "\u{202A}\(phone)\u{202C}"
            saved[person.nik] = sender == person.name
            lines.append("\(androidTime(reply.time)) - \(sender): \(reply.text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// iOS, one-to-one: the chat is named after the contact — a saved name or the bare number.
    private func directExport(_ replies: [Reply], using rng: inout SeededGenerator) -> (String, String) {
        let person = replies[0].graduate.trainee
        let name = rng.chance(0.3) || person.phone == nil ? person.name.split(separator: " ").first.map(String.init)! + " BLK" : Self.display(person.phone!)
        var lines: [String] = []
        for reply in replies {
            let asked = reply.time.adding(seconds: -3600 * rng.int(2...30))
            lines.append("[\(iosTime(asked))] BLK Kota Tangerang: Halo, salam dari BLK Kota Tangerang. Boleh bantu survei singkat alumni? Balas 1 bekerja, 2 wirausaha, 3 cari kerja, 4 sekolah, 5 tidak bekerja.")
            lines.append("[\(iosTime(reply.time))] \(name): \(reply.text)")
        }
        return (name, lines.joined(separator: "\r\n") + "\r\n")
    }

    private func iosTime(_ time: LocalDateTime) -> String {
        String(format: "%02d/%02d/%02d %02d.%02d.%02d", time.date.day, time.date.month, time.date.year % 100, time.hour, time.minute, time.second)
    }

    /// Instagram "Download your information": UTF-8 written as \u00XX escapes (the well-known mojibake), newest first.
    private func writeInstagram(_ threads: [String: [Reply]], to inbox: URL) throws {
        for (index, (handle, replies)) in threads.sorted(by: { $0.key < $1.key }).enumerated() {
            let folder = inbox.appendingPathComponent("\(handle)_\(1_000_000_000 + index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let name = replies[0].graduate.trainee.name
            var messages: [String] = []
            for reply in replies.reversed() {
                let ms = Int64(reply.time.date.dayNumber) * 86_400_000 + Int64(reply.time.secondsOfDay - 7 * 3600) * 1000
                messages.append(#"{"sender_name": "\#(Self.mojibake(name))", "timestamp_ms": \#(ms), "content": "\#(Self.mojibake(reply.text))", "is_geoblocked_for_viewer": false}"#)
            }
            let json = """
                {"participants": [{"name": "\(Self.mojibake(name))"}, {"name": "BLK Kota Tangerang"}],
                 "messages": [\(messages.joined(separator: ",\n  "))],
                 "title": "\(Self.mojibake(name))", "is_still_participant": true, "thread_path": "inbox/\(folder.lastPathComponent)", "magic_words": []}
                """
            try Data(json.utf8).write(to: folder.appendingPathComponent("message_1.json"))
        }
    }

    /// Telegram Desktop, one group export with a poll from the centre.
    private func writeTelegram(_ replies: [Reply], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var messages: [String] = []
        var id = 1
        func unix(_ time: LocalDateTime) -> Int64 { Int64(time.date.dayNumber) * 86_400 + Int64(time.secondsOfDay - 7 * 3600) }
        let start = LocalDateTime(date: CivilDate(year: 2025, month: 4, day: 14)!, hour: 10)
        messages.append(#"{"id": 1, "type": "service", "date": "\#(start.description.replacingOccurrences(of: " ", with: "T"))", "date_unixtime": "\#(unix(start))", "actor": "BLK Kota Tangerang", "actor_id": "user100", "action": "create_group", "title": "Alumni Operator Komputer OPK-2025-01", "members": []}"#)
        id += 1
        let poll = start.adding(seconds: 86_400 * 30)
        messages.append(#"{"id": \#(id), "type": "message", "date": "\#(poll.description.replacingOccurrences(of: " ", with: "T"))", "date_unixtime": "\#(unix(poll))", "from": "BLK Kota Tangerang", "from_id": "user100", "poll": {"question": "Kelas apa yang Anda inginkan tahun depan?", "closed": true, "total_voters": 41, "answers": [{"text": "Desain grafis", "voters": 17, "chosen": false}, {"text": "Digital marketing", "voters": 15, "chosen": false}, {"text": "Barista", "voters": 9, "chosen": false}]}, "text": ""}"#)
        for reply in replies {
            id += 1
            let person = reply.graduate.trainee
            let userID = 200_000 + (Int(person.nik.suffix(4)) ?? 0)
            let text = reply.text.replacingOccurrences(of: "\"", with: "\\\"")
            messages.append(#"{"id": \#(id), "type": "message", "date": "\#(reply.time.description.replacingOccurrences(of: " ", with: "T"))", "date_unixtime": "\#(unix(reply.time))", "from": "\#(person.name)", "from_id": "user\#(userID)", "text": "\#(text)", "text_entities": [{"type": "plain", "text": "\#(text)"}]}"#)
        }
        let json = """
            {
             "name": "Alumni Operator Komputer OPK-2025-01",
             "type": "private_supergroup",
             "id": 1987654321,
             "messages": [
              \(messages.joined(separator: ",\n  "))
             ]
            }
            """
        try Data(json.utf8).write(to: folder.appendingPathComponent("result.json"))
    }

    static func display(_ e164: String) -> String {
        let d = Array(e164.dropFirst(3))
        return "+62 \(String(d[0..<3]))-\(String(d[3..<7]))-\(String(d[7...]))"
    }

    /// UTF-8 bytes written as `\u00XX` escapes, as Instagram's export does.
    static func mojibake(_ text: String) -> String {
        text.utf8.map { $0 < 0x80 ? (($0 == 0x22 || $0 == 0x5C) ? "\\" + String(UnicodeScalar($0)) : String(UnicodeScalar($0))) : String(format: "\\u%04x", $0) }.joined()
    }
}
