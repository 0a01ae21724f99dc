/// Tells placeholders, deleted-message notices and system texts from what a participant typed.
///
/// Only `.text` can carry a survey answer, so the wording lists cover both English and
/// Indonesian apps, Android and iOS (FORMATS.md §1.4).
enum WhatsAppMessageKind {
    /// `.media` or `.deleted` when the text is one of WhatsApp's placeholders, else nil.
    /// Media placeholders are matched on the first line (a caption may follow).
    static func placeholder(_ p: UnsafeBufferPointer<UInt8>) -> ChatMessage.Kind? {
        let count = p.count
        guard count > 0 else { return nil }
        var firstEnd = 0
        while firstEnd < count, p[firstEnd] != 0x0A { firstEnd += 1 }
        while firstEnd > 0, p[firstEnd - 1] == 0x20 { firstEnd -= 1 }
        firstEnd = WhatsAppBytes.trimTrailingMarks(p, 0, firstEnd)
        guard firstEnd > 0 else { return nil }
        switch p[firstEnd - 1] {
        case UInt8(ascii: ">"):
            if WhatsAppBytes.hasPrefix(p, 0, firstEnd, attached) { return .media }
            for phrase in omittedAndroid where WhatsAppBytes.equals(p, 0, firstEnd, phrase) { return .media }
        case UInt8(ascii: ")"):
            for phrase in fileAttached where WhatsAppBytes.hasSuffix(p, 0, firstEnd, phrase) { return .media }
        case UInt8(ascii: "d"), UInt8(ascii: "n"):
            for phrase in omittedIOS where WhatsAppBytes.hasSuffix(p, 0, firstEnd, phrase) { return .media }
            if firstEnd == count { return deleted(p, firstEnd) }
        case UInt8(ascii: "."), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "i"):
            if firstEnd == count { return deleted(p, firstEnd) }
        default:
            break
        }
        return nil
    }

    private static func deleted(_ p: UnsafeBufferPointer<UInt8>, _ end: Int) -> ChatMessage.Kind? {
        guard end <= 40 else { return nil }
        var end = end
        if p[end - 1] == UInt8(ascii: ".") { end -= 1 }
        for phrase in deletedNotices where WhatsAppBytes.equals(p, 0, end, phrase) { return .deleted }
        return nil
    }

    /// Whether a text reads like a system notice (joins, leaves, encryption, security code…).
    /// Used only where the format cannot tell by shape: iOS texts starting with U+200E, and
    /// Android lines whose would-be sender contains a quote (a group subject holding ": ").
    static func isSystemWording(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("location: ") || lower.hasPrefix("lokasi: ") { return false }
        return systemPhrases.contains { lower.contains($0) }
    }

    private static let attached = Array("<attached: ".utf8)
    private static let omittedAndroid = ["<Media omitted>", "<Media tidak disertakan>"].map { Array($0.utf8) }
    private static let fileAttached = [" (file attached)", " (file terlampir)"].map { Array($0.utf8) }
    private static let omittedIOS = [
        "image omitted", "video omitted", "audio omitted", "sticker omitted", "GIF omitted",
        "document omitted", "Contact card omitted", "photo omitted",
        "gambar tidak disertakan", "video tidak disertakan", "audio tidak disertakan",
        "stiker tidak disertakan", "GIF tidak disertakan", "dokumen tidak disertakan",
        "kontak tidak disertakan", "foto tidak disertakan",
    ].map { Array($0.utf8) }
    private static let deletedNotices = [
        "This message was deleted", "You deleted this message",
        "Pesan ini telah dihapus", "Pesan ini dihapus",
        "Anda telah menghapus pesan ini", "Anda menghapus pesan ini",
    ].map { Array($0.utf8) }
    private static let systemPhrases = [
        // English
        "end-to-end", "created group", "created this group", " added ", "added you", "you were added",
        "joined using this group", " left", "removed ", "changed the subject", "changed the group",
        "changed this group", "changed their phone number", "changed to +", "security code",
        "missed voice call", "missed video call", "disappearing messages",
        // Indonesian
        "terenkripsi", "membuat grup", "menambahkan", "ditambahkan", "bergabung menggunakan tautan",
        "keluar", "mengeluarkan", "mengubah subjek", "mengubah nama grup", "mengubah ikon grup",
        "mengubah deskripsi grup", "mengganti nomor", "kode keamanan", "kini menjadi kontak",
        "panggilan suara tak terjawab", "panggilan video tak terjawab", "pesan sementara",
    ]
}
