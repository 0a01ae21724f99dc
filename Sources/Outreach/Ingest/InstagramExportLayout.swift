import Foundation

/// Finds the conversation threads in whatever Instagram path the user gives.
///
/// Accepted (FORMATS.md §3): one `message_N.json`; a thread folder holding
/// `message_1.json`, `message_2.json`…; an `inbox` folder; or the unpacked
/// "Download your information" folder in the current (`your_instagram_activity/messages/inbox/`)
/// or legacy (`messages/inbox/`) layout.
enum InstagramExportLayout {
    struct Thread: Equatable {
        /// The thread folder's name, `<username>_<id>`, when the files sit in one.
        var folderName: String?
        /// `message_N.json` files ordered by N.
        var files: [URL]
    }

    static func threads(at url: URL) throws -> [Thread] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ChatExportError.unreadable(file: url.path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else {
            return [Thread(folderName: url.deletingLastPathComponent().lastPathComponent, files: [url])]
        }
        let own = messageFiles(in: url)
        if !own.isEmpty { return [Thread(folderName: url.lastPathComponent, files: own)] }

        let inboxes = [[], ["inbox"], ["messages", "inbox"], ["your_instagram_activity", "messages", "inbox"]]
            .map { $0.reduce(url) { $0.appendingPathComponent($1, isDirectory: true) } }
        var threads: [Thread] = []
        for inbox in inboxes {
            for folder in subfolders(of: inbox) {
                let files = messageFiles(in: folder)
                if !files.isEmpty { threads.append(Thread(folderName: folder.lastPathComponent, files: files)) }
            }
        }
        guard !threads.isEmpty else { throw ChatExportError.noInstagramThreads(folder: url.path) }
        return threads
    }

    /// The N of `message_N.json`, or nil for any other name.
    static func partNumber(of fileName: String) -> Int? {
        guard fileName.hasPrefix("message_"), fileName.hasSuffix(".json") else { return nil }
        return Int(fileName.dropFirst("message_".count).dropLast(".json".count))
    }

    private static func messageFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name in partNumber(of: name).map { ($0, name) } }
            .sorted { $0.0 < $1.0 }
            .map { folder.appendingPathComponent($0.1, isDirectory: false) }
    }

    private static func subfolders(of folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0, isDirectory: true) }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
