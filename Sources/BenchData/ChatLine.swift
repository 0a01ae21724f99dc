import Alumni

/// One line-to-be of a chat export: a participant message (sender set) or a system line.
struct ChatLine {
    var time: LocalDateTime
    var sender: String?
    var text: String
}

enum WhatsAppStamp {
    /// Android, Indonesian: `dd/mm/yy HH.MM - `.
    static func indonesian(_ t: LocalDateTime) -> String {
        Pad.two(t.date.day) + "/" + Pad.two(t.date.month) + "/" + Pad.two(t.date.year % 100) + " "
            + Pad.two(t.hour) + "." + Pad.two(t.minute) + " - "
    }

    /// Android, English with a day-first region: `dd/mm/yyyy, HH:MM - ` (what the Python peers read).
    static func english(_ t: LocalDateTime) -> String {
        Pad.two(t.date.day) + "/" + Pad.two(t.date.month) + "/" + String(t.date.year) + ", "
            + Pad.two(t.hour) + ":" + Pad.two(t.minute) + " - "
    }

    static func write(_ lines: [ChatLine], to out: TextOut) {
        for line in lines.sorted(by: { $0.time < $1.time }) {
            out.write(indonesian(line.time))
            if let sender = line.sender {
                out.write(sender)
                out.write(": ")
            }
            out.write(line.text)
            out.write("\n")
        }
    }

    /// Seconds since 1970 of a Jakarta wall-clock time (UTC+7).
    static func unix(_ t: LocalDateTime) -> Int { t.date.dayNumber * 86_400 + t.secondsOfDay - 7 * 3600 }
}

/// The centre's own messages.
enum CentreText {
    static let account = "BLK Kota Tangerang"

    static func waveAnnouncement(classCode: String, wave: Int) -> String {
        """
        Assalamualaikum alumni \(classCode) 🙏 Sudah \(wave) bulan sejak kelulusan. Mohon jawab survei singkat ini:
        Apa kegiatan utama Anda minggu ini? Balas dengan angka:
        1 = bekerja sebagai karyawan, 2 = usaha sendiri, 3 = sedang mencari kerja, 4 = sekolah/kuliah, 5 = lainnya
        Terima kasih!
        """
    }

    static func personalAsk(name: String, wave: Int) -> String {
        "Halo Kak \(name.split(separator: " ").first ?? ""), ini BLK Kota Tangerang. Survei alumni \(wave) bulan: apa kegiatan utama Kakak sekarang? Balas 1 kerja, 2 usaha, 3 cari kerja, 4 sekolah, 5 lainnya."
    }
}
