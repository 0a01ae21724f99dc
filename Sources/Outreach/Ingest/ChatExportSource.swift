import Foundation

/// One export to read, with the format it was recognised as.
public struct ChatExportSource: Sendable, Equatable {
    public enum Format: String, Sendable {
        case whatsApp = "whatsapp"
        case telegram
        case instagram
    }

    /// The file, or for Instagram the thread folder holding `message_N.json` parts.
    public var url: URL
    public var format: Format

    /// Files inside folders that are media sent along with a chat, not chats.
    static let mediaExtensions: Set<String> = [
        "jpg", "jpeg", "png", "webp", "gif", "heic", "mp4", "mov", "3gp", "opus", "ogg", "m4a", "mp3", "aac",
        "pdf", "vcf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "webm", "wav", "html", "css", "js",
    ]

    /// Expands files and folders into sources, in a stable order.
    /// - Returns: the sources, and the files refused because no format fits (reported by name).
    public static func discover(_ paths: [URL]) -> (sources: [ChatExportSource], refused: [(file: String, reason: String)]) {
        var sources: [ChatExportSource] = []
        var refused: [(String, String)] = []
        var instagramThreads: Set<URL> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
                refused.append((path.path, "no such file or folder"))
                continue
            }
            let files: [URL]
            if isDirectory.boolValue {
                let walker = FileManager.default.enumerator(at: path, includingPropertiesForKeys: [.isRegularFileKey])
                files = (walker?.compactMap { $0 as? URL } ?? [])
                    .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
                    .sorted { $0.path < $1.path }
            } else {
                files = [path]
            }
            for file in files {
                let ext = file.pathExtension.lowercased()
                let insideFolder = isDirectory.boolValue
                switch ext {
                case "txt", "zip":
                    sources.append(ChatExportSource(url: file, format: .whatsApp))
                case "json":
                    if isInstagramPart(file) {
                        let thread = file.deletingLastPathComponent()
                        if instagramThreads.insert(thread.standardizedFileURL).inserted {
                            sources.append(ChatExportSource(url: thread, format: .instagram))
                        }
                    } else if looksLikeTelegram(file) {
                        sources.append(ChatExportSource(url: file, format: .telegram))
                    } else if !insideFolder {
                        refused.append((file.path, "a JSON file that is neither a Telegram export (result.json) nor an Instagram message file (message_N.json)"))
                    }
                default:
                    if insideFolder && (mediaExtensions.contains(ext) || file.lastPathComponent.hasPrefix(".")) { continue }
                    refused.append((file.path, "not a chat export Jejak knows: give a WhatsApp .txt or .zip, a Telegram result.json or an Instagram message_N.json"))
                }
            }
        }
        return (sources, refused)
    }

    private static func isInstagramPart(_ file: URL) -> Bool {
        let name = file.lastPathComponent
        return name.hasPrefix("message_") && name.hasSuffix(".json") && Int(name.dropFirst(8).dropLast(5)) != nil
    }

    /// Telegram exports say so in their first kilobytes: a chat object with `messages`, or an account with `chats`.
    private static func looksLikeTelegram(_ file: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 65_536)) ?? Data(), as: UTF8.self)
        return head.contains("\"messages\"") || head.contains("\"chats\"") || head.contains("\"personal_information\"")
    }
}
