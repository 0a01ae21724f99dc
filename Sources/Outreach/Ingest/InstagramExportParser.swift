import Foundation

/// Reads Instagram "Download your information" message exports into `ChatMessage`s.
///
/// Takes one `message_N.json`, a thread folder, an `inbox` folder or the whole unpacked
/// export (`InstagramExportLayout`). Every file is decoded before anything is emitted, so
/// a file that is not JSON or not a message file throws `ChatExportError` and emits
/// nothing. Strings are repaired with `MojibakeRepair`. Messages come out oldest first,
/// thread by thread, merged across `message_1.json`, `message_2.json`…
///
/// `senderID` is the other party's @username, from the thread folder name, on the messages
/// they sent in a one-to-one thread; the owner is decided by `InstagramThreadOwner`.
public struct InstagramExportParser: Sendable {
    /// Display names or usernames of the account that made the export (the BLK's own account).
    public var accountNames: [String]

    public init(accountNames: [String] = ["BLK Kota Tangerang", "blk_kotatangerang"]) {
        self.accountNames = accountNames
    }

    /// Parses a `message_N.json` file or a folder holding threads.
    /// - Parameter onMessage: called once per record, oldest first within each thread.
    /// - Throws: `ChatExportError` when a file cannot be read or is not an Instagram message file.
    public func parse(fileAt url: URL, onMessage: (ChatMessage) throws -> Void) throws -> ChatParseSummary {
        let layout = try InstagramExportLayout.threads(at: url)
        let threads = try layout.map { thread in
            DecodedThread(folderName: thread.folderName, parts: try thread.files.map { file in
                (file.lastPathComponent, try decode(readFile(file), sourceName: file.path))
            })
        }
        return try emit(threads, onMessage: onMessage)
    }

    /// Parses the bytes of one `message_N.json`.
    /// - Parameter threadFolder: the `<username>_<id>` folder the file came from, if known.
    public func parse(data: Data, sourceName: String, threadFolder: String? = nil, onMessage: (ChatMessage) throws -> Void) throws -> ChatParseSummary {
        let thread = DecodedThread(folderName: threadFolder, parts: [(sourceName, try decode(data, sourceName: sourceName))])
        return try emit([thread], onMessage: onMessage)
    }

    struct DecodedThread {
        var folderName: String?
        var parts: [(fileName: String, file: InstagramMessageFile)]
    }

    private func readFile(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ChatExportError.unreadable(file: url.path, reason: error.localizedDescription)
        }
    }

    private func decode(_ data: Data, sourceName: String) throws -> InstagramMessageFile {
        do {
            return try JSONDecoder().decode(InstagramMessageFile.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            let reason = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw ChatExportError.invalidJSON(file: sourceName, reason: reason ?? context.debugDescription)
        } catch {
            throw ChatExportError.notAnInstagramExport(file: sourceName)
        }
    }
}
