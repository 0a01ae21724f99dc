import Foundation
import ZIPFoundation

/// Picks the chat text inside an exported `.zip` (the rest are media files).
///
/// iOS names it `_chat.txt`; Android zips hold `WhatsApp Chat with X.txt`. A chat can also carry
/// `.txt` documents as media, so the choice is by name first and only then "the one `.txt`".
enum WhatsAppZipLocator {
    static func chatEntry(in archive: Archive, fileName: String) throws -> Entry {
        let texts = archive.filter { entry in
            entry.type == .file && entry.path.lowercased().hasSuffix(".txt") && !entry.path.hasPrefix("__MACOSX/")
        }
        if let ios = texts.first(where: { ($0.path as NSString).lastPathComponent == "_chat.txt" }) { return ios }
        let named = texts.filter { WhatsAppChatName.title(inFileName: $0.path) != nil }
        if named.count == 1 { return named[0] }
        if texts.count == 1 { return texts[0] }
        if texts.isEmpty { throw WhatsAppExportError.noChatInZip(file: fileName) }
        throw WhatsAppExportError.severalChatsInZip(file: fileName, candidates: texts.map(\.path))
    }
}
