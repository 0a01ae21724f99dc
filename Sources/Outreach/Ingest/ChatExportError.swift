import Foundation

/// Why a whole Telegram or Instagram export could not be read.
///
/// Thrown before any message is emitted, so a caller never stores half a file.
/// Problems with single records are not errors: they become `ChatParseIssue`s.
public enum ChatExportError: LocalizedError, Equatable, Sendable {
    /// The file could not be opened or read at all.
    case unreadable(file: String, reason: String)
    /// The bytes are not JSON (after repairing Telegram's `\x..` escapes).
    case invalidJSON(file: String, reason: String)
    /// Valid JSON, but neither a single-chat nor a full-account Telegram Desktop export.
    case notATelegramExport(file: String)
    /// Valid JSON, but not an Instagram `message_N.json` (no `messages` array).
    case notAnInstagramExport(file: String)
    /// A folder was given, but no `message_N.json` was found in any known layout.
    case noInstagramThreads(folder: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): could not be read (\(reason)). Check that the file exists and that you may read it."
        case .invalidJSON(let file, let reason):
            return "\(file): is not valid JSON (\(reason)). Export the chat again, or check that the file was copied completely."
        case .notATelegramExport(let file):
            return "\(file): is not a Telegram Desktop export. In Telegram Desktop choose "
                + "“Export chat history” (or Settings › Advanced › Export Telegram data) with the format “Machine-readable JSON”, then give the result.json."
        case .notAnInstagramExport(let file):
            return "\(file): is not an Instagram message file. Request “Download your information” in JSON format "
                + "and give a messages/inbox/<thread>/message_1.json file or the unpacked folder."
        case .noInstagramThreads(let folder):
            return "\(folder): holds no Instagram messages. Give the unpacked “Download your information” folder "
                + "(with your_instagram_activity/messages/inbox/ or messages/inbox/), one thread folder, or a message_1.json file."
        }
    }
}
