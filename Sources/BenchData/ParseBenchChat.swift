import Synthetic
import Alumni
import Foundation

/// `jejak-bench-data chat --messages N --out FILE`: one big alumni group export for parser benchmarks,
/// the same file for Jejak and the Python peers.
///
/// Android, English app language, day-first region, 24 h (`dd/mm/yyyy, HH:MM - `), which both peers read;
/// 2,000 senders (75 % unsaved numbers, a third of those in U+202A … U+202C), 5 % multi-line messages,
/// 3 % media placeholders, 1 % deleted, about 1 % system lines. Average message ≈ 92 bytes, so
/// 1,000,000 messages ≈ 92 MB (lengthen `texts` for the "over 100 MB").
enum ParseBenchChat {
    static let texts = [
        "Assalamualaikum kak, mau tanya soal pelatihan barista yang dibuka bulan depan, apakah masih ada kuota?",
        "Alhamdulillah sudah kerja di PT Maju Jaya sejak bulan lalu, bagian produksi shift pagi",
        "masih nganggur kak, lagi cari-cari lowongan di sekitar Cikokol dan Karawaci",
        "buka usaha sendiri, jualan kopi di depan rumah, alhamdulillah ramai kalau malam minggu",
        "lanjut kuliah dulu kak, ambil D3 teknik mesin di politeknik",
        "1", "2", "3B", "4A", "ok kak siap, nanti saya isi formnya ya", "terima kasih infonya 🙏🙏",
        "Kapan jadwal angkatan berikutnya? Teman saya mau daftar juga kak",
        "Link pendaftarannya di mana ya min? Saya cari di Instagram belum ketemu",
        "Sertifikatnya sudah bisa diambil di kantor BLK atau harus tunggu pengumuman?",
        "Info loker: PT Sinar Abadi butuh 20 operator produksi, lulusan SMA/SMK, kirim CV ke HRD sebelum tanggal 30",
        "Noted 👍", "https://tangerangkota.go.id/pelatihan-kerja-blk-jadwal-angkatan",
        "I work at a café now, thanks to the barista class! Still learning latte art every day",
    ]
    static let multi = [
        ["Izin menjawab kak:", "1. Bekerja", "2. Mulai Maret 2025", "3. PT Sinar Abadi, bagian gudang"],
        ["Halo kak,", "saya alumni kelas otomotif 2024", "sekarang kerja di bengkel resmi dekat Tangcity"],
        ["Status: wirausaha", "Usaha: katering rumahan untuk kantor sekitar", "Penghasilan: kira2 di atas UMK"],
    ]

    /// Seconds between two messages.
    static let gaps = [0, 0, 20, 45, 60, 90, 240, 600, 3600]

    /// The same kind of messages as one Telegram Desktop single-chat export, written as it goes (a 500 MB export is
    /// never held in memory).
    static func writeTelegram(messages: Int, to url: URL, seed: UInt64) throws -> (messages: Int, bytes: Int) {
        var rng = SeededGenerator(seed, stream: 0, salt: 10)
        let senders = (0..<2000).map { BenchPerson(index: 50_000_000 + $0, seed: seed).name }
        let out = try TextOut(url)
        out.write("{\n \"name\": \"Alumni BENCH\",\n \"type\": \"private_supergroup\",\n \"id\": 1700000042,\n \"messages\": [\n")
        var time = LocalDateTime(date: CivilDate(year: 2024, month: 1, day: 8)!, hour: 7, minute: 30)
        for n in 0..<messages {
            time = time.adding(seconds: rng.pick(Self.gaps))
            let who = rng.int(0...(senders.count - 1))
            let text = rng.chance(0.05) ? rng.pick(multi).joined(separator: "\n") : rng.pick(texts)
            out.write((n == 0 ? "" : ",\n") + PrivateChats.telegramMessage(id: n + 1, time: time, from: senders[who], fromID: "user\(who + 1000)", text: text))
        }
        out.write("\n ]\n}\n")
        try out.close()
        return (messages, out.bytes)
    }

    /// The same kind of messages as one Instagram group thread's `message_1.json`: newest first, text in
    /// Instagram's mojibake, as "Download your information" writes it.
    static func writeInstagram(messages: Int, to url: URL, seed: UInt64) throws -> (messages: Int, bytes: Int) {
        var rng = SeededGenerator(seed, stream: 0, salt: 11)
        let senders = (0..<2000).map { PrivateChats.mojibake(BenchPerson(index: 50_000_000 + $0, seed: seed).name) }
        let out = try TextOut(url)
        out.write("{\n  \"participants\": [" + senders.prefix(250).map { "{\"name\": \($0)}" }.joined(separator: ", ") + "],\n  \"messages\": [\n")
        var time = WhatsAppStamp.unix(LocalDateTime(date: CivilDate(year: 2026, month: 6, day: 1)!, hour: 7, minute: 30)) * 1000
        for n in 0..<messages {
            time -= rng.pick(Self.gaps) * 1000
            let text = rng.chance(0.05) ? rng.pick(multi).joined(separator: "\n") : rng.pick(texts)
            out.write((n == 0 ? "" : ",\n") + "    {\"sender_name\": \(rng.pick(senders)), \"timestamp_ms\": \(time), "
                + "\"content\": \(PrivateChats.mojibake(text)), \"is_geoblocked_for_viewer\": false}")
        }
        out.write("\n  ],\n  \"title\": \"Alumni BENCH\",\n  \"is_still_participant\": true,\n  \"thread_path\": \"inbox/alumnibench_1700000042\",\n  \"magic_words\": []\n}\n")
        try out.close()
        return (messages, out.bytes)
    }

    static func write(messages: Int, to url: URL, seed: UInt64) throws -> (messages: Int, system: Int, bytes: Int) {
        var rng = SeededGenerator(seed, stream: 0, salt: 9)
        let senders: [String] = (0..<2000).map { i in
            let person = BenchPerson(index: 50_000_000 + i, seed: seed)
            guard rng.chance(0.75) else { return person.name }
            return i % 3 == 0 ? "\u{202A}" + person.whatsAppDisplay + "\u{202C}" : person.whatsAppDisplay
        }
        let admin = CentreText.account
        let out = try TextOut(url)
        var time = LocalDateTime(date: CivilDate(year: 2024, month: 1, day: 8)!, hour: 7, minute: 30)
        out.write(WhatsAppStamp.english(time) + "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n")
        out.write(WhatsAppStamp.english(time) + "\(admin) created group \"Alumni BENCH\"\n")
        var system = 2
        for _ in 0..<messages {
            time = time.adding(seconds: rng.pick(Self.gaps))
            let stamp = WhatsAppStamp.english(time)
            if rng.chance(0.01) {
                let who = rng.pick(senders)
                out.write(stamp + [who + " joined using this group's invite link", who + " left", admin + " added " + who][rng.int(0...2)] + "\n")
                system += 1
            }
            let who = rng.chance(0.05) ? admin : rng.pick(senders)
            let r = rng.int(0...99)
            out.write(stamp + who + ": ")
            switch r {
            case 0..<5: out.write(rng.pick(multi).joined(separator: "\n"))
            case 5..<8: out.write("<Media omitted>")
            case 8: out.write("This message was deleted")
            default: out.write(rng.pick(texts))
            }
            out.write("\n")
        }
        try out.close()
        return (messages, system, out.bytes)
    }
}
