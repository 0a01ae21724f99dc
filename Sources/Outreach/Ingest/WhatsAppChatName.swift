import Foundation

/// Finds the chat's title in an export's file name.
///
/// Inside the file, a one-to-one chat never names the other party reliably; the file name does
/// (`WhatsApp Chat with X.txt`, `Chat WhatsApp dengan X.txt`, iOS `WhatsApp Chat - X.zip`).
enum WhatsAppChatName {
    /// Prefixes WhatsApp puts before the chat title, compared after NBSP → space.
    static let prefixes = ["WhatsApp Chat with ", "Chat WhatsApp dengan ", "WhatsApp Chat - "]

    /// The chat title in `fileName`, or nil when the name does not follow WhatsApp's pattern.
    static func title(inFileName fileName: String) -> String? {
        let base = baseName(fileName)
        for prefix in prefixes where base.hasPrefix(prefix) {
            let title = String(base.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { return title }
        }
        return nil
    }

    /// The title when the name follows the pattern, else the name without its folder and extension.
    static func title(forFileName fileName: String) -> String {
        title(inFileName: fileName) ?? baseName(fileName)
    }

    /// `fileName` without folder and extension, NBSP/NNBSP as spaces.
    static func baseName(_ fileName: String) -> String {
        var name = (fileName as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        if ext == "txt" || ext == "zip" { name = (name as NSString).deletingPathExtension }
        return name.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }
}
