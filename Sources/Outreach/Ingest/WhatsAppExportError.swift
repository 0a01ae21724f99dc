import Foundation

/// Why a WhatsApp export could not be read at all. Problems with single lines are not errors:
/// they are reported as `ChatParseIssue`s and parsing goes on.
public enum WhatsAppExportError: Error, LocalizedError, Equatable {
    /// The file could not be opened or read.
    case unreadableFile(file: String, reason: String)
    /// The `.zip` is truncated, corrupt or not a zip.
    case unreadableZip(file: String, reason: String)
    /// The `.zip` holds no `.txt` chat.
    case noChatInZip(file: String)
    /// The `.zip` holds several `.txt` files and none is recognisably the chat.
    case severalChatsInZip(file: String, candidates: [String])
    /// Not one line of the file starts with a WhatsApp date and time.
    case noMessageHeader(file: String)
    /// WhatsApp's notices are in a language whose placeholders and system lines Jejak cannot tell from words.
    case unsupportedLanguage(file: String, language: String)

    public var errorDescription: String? {
        switch self {
        case .unreadableFile(let file, let reason):
            return "Could not read \"\(file)\" (\(reason)). Check that the file exists and is not open in another program, then try again."
        case .unreadableZip(let file, let reason):
            return "\"\(file)\" is not a readable zip (\(reason)); it may be cut off. Copy the export from the phone again, or unzip it and import the .txt inside."
        case .noChatInZip(let file):
            return "\"\(file)\" contains no .txt chat. Export the chat again from WhatsApp (More → Export chat) and import the new file."
        case .severalChatsInZip(let file, let candidates):
            return "\"\(file)\" contains several .txt files (\(candidates.joined(separator: ", "))) and none is named _chat.txt or \"WhatsApp Chat …\". Unzip it and import the chat .txt directly."
        case .unsupportedLanguage(let file, let language):
            return "\"\(file)\" was exported from a phone set to \(language); Jejak reads WhatsApp exports in Indonesian or English only (in another language, media placeholders and system notes would be read as replies). Set WhatsApp's language to Bahasa Indonesia or English, export the chat again and ingest the new file."
        case .noMessageHeader(let file):
            return "\"\(file)\" has no line that starts like a WhatsApp message (e.g. \"13/10/2022 16.25 - Nama: teks\"). Make sure it is a WhatsApp \"Export chat\" file; time-first (Vietnamese), Arabic and non-Gregorian calendar dates are not supported — switch the phone to Indonesian or English and export again."
        }
    }
}
