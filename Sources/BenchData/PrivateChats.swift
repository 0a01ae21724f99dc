import Alumni
import Foundation

/// Replies that came through other channels than the class group: one-to-one WhatsApp chats
/// (a folder of exports named after the number), Instagram direct messages (a "Download your
/// information" folder, one thread per person) and a Telegram group per class (Telegram Desktop JSON).
enum PrivateChats {
    /// `WhatsApp Chat with +62 812-3456-7890.txt`: the centre asks, the graduate answers.
    static func writeWhatsApp(_ person: BenchPerson, outcomes: [WaveOutcome], to folder: URL) throws {
        var lines: [ChatLine] = []
        for outcome in outcomes where !outcome.messages.isEmpty {
            let ask = outcome.messages[0].time.adding(seconds: -3600 * 5)
            if lines.isEmpty {
                lines.append(ChatLine(time: ask, sender: nil, text:
                    "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini yang dapat membaca atau mendengarkannya, bahkan WhatsApp. Ketuk untuk info selengkapnya."))
            }
            lines.append(ChatLine(time: ask, sender: CentreText.account, text: CentreText.personalAsk(name: person.name, wave: outcome.wave)))
            for message in outcome.messages { lines.append(ChatLine(time: message.time, sender: person.whatsAppDisplay, text: message.text)) }
        }
        let out = try TextOut(folder.appendingPathComponent("WhatsApp Chat with \(person.whatsAppDisplay).txt"))
        WhatsAppStamp.write(lines, to: out)
        try out.close()
    }

    /// `inbox/<username>_<id>/message_1.json`, newest message first, text in Instagram's mojibake
    /// (each UTF-8 byte written as a `\u00XX` escape).
    static func writeInstagram(_ person: BenchPerson, outcomes: [WaveOutcome], to inbox: URL) throws {
        guard let handle = person.instagram else { return }
        let folderName = "\(handle)_\(1_000_000_000 + person.index)"
        var messages: [(Int, String, String)] = []
        for outcome in outcomes where !outcome.messages.isEmpty {
            let ask = outcome.messages[0].time.adding(seconds: -3600 * 5)
            messages.append((WhatsAppStamp.unix(ask) * 1000, CentreText.account, CentreText.personalAsk(name: person.name, wave: outcome.wave)))
            for message in outcome.messages { messages.append((WhatsAppStamp.unix(message.time) * 1000, person.name, message.text)) }
        }
        messages.sort { $0.0 > $1.0 }
        var json = "{\n  \"participants\": [{\"name\": \(mojibake(person.name))}, {\"name\": \"\(CentreText.account)\"}],\n  \"messages\": [\n"
        json += messages.map { "    {\"sender_name\": \(mojibake($0.1)), \"timestamp_ms\": \($0.0), \"content\": \(mojibake($0.2)), \"is_geoblocked_for_viewer\": false}" }
            .joined(separator: ",\n")
        json += "\n  ],\n  \"title\": \(mojibake(person.name)),\n  \"is_still_participant\": true,\n  \"thread_path\": \"inbox/\(folderName)\",\n  \"magic_words\": []\n}\n"
        let out = try TextOut(inbox.appendingPathComponent(folderName).appendingPathComponent("message_1.json"))
        out.write(json)
        try out.close()
    }

    /// A Telegram Desktop export (`result.json`) of the class's Telegram group "Alumni CODE".
    static func writeTelegram(classCode: String, people: [(BenchPerson, [WaveOutcome])], to file: URL) throws {
        var items: [(LocalDateTime, String, String, String)] = []
        for (person, outcomes) in people {
            for outcome in outcomes {
                for message in outcome.messages { items.append((message.time, person.name, "user\(person.index)", message.text)) }
            }
        }
        items.sort { $0.0 < $1.0 }
        var json = "{\n \"name\": \"Alumni \(classCode)\",\n \"type\": \"private_supergroup\",\n \"id\": \(1_700_000_000 + classCode.count),\n \"messages\": [\n"
        json += items.enumerated().map { n, item in telegramMessage(id: n + 1, time: item.0, from: item.1, fromID: item.2, text: item.3) }
            .joined(separator: ",\n")
        json += "\n ]\n}\n"
        let out = try TextOut(file)
        out.write(json)
        try out.close()
    }

    /// One element of a Telegram export's `messages`, on one line as Telegram Desktop writes it.
    static func telegramMessage(id: Int, time: LocalDateTime, from: String, fromID: String, text: String) -> String {
        let date = time.date.description + "T" + Pad.two(time.hour) + ":" + Pad.two(time.minute) + ":" + Pad.two(time.second)
        return "  {\"id\": \(id), \"type\": \"message\", \"date\": \"\(date)\", \"date_unixtime\": \"\(WhatsAppStamp.unix(time))\", "
            + "\"from\": \(JSONOutput.quoted(from)), \"from_id\": \"\(fromID)\", \"text\": \(JSONOutput.quoted(text)), "
            + "\"text_entities\": [{\"type\": \"plain\", \"text\": \(JSONOutput.quoted(text))}]}"
    }

    static func mojibake(_ text: String) -> String {
        var result = "\""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): result += "\\\""
            case UInt8(ascii: "\\"): result += "\\\\"
            case UInt8(ascii: "\n"): result += "\\n"
            case 0x20..<0x7F: result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += "\\u00" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
            }
        }
        return result + "\""
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
