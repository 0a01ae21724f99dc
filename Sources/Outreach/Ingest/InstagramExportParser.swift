import Foundation

/// Reads Instagram "Download your information" message exports into `ChatMessage`s.
///
/// Takes one `message_N.json`, a thread folder, an `inbox` folder or the whole unpacked
/// export (`InstagramExportLayout`). Every file is walked once as a stream (`InstagramPartScan`)
/// before anything is emitted, so a file that is not JSON or not a message file throws
/// `ChatExportError` and emits nothing; the messages are then read a stretch at a time
/// (`InstagramPartReader`), so a file of any size is read in flat memory. Strings are repaired
/// with `MojibakeRepair`. Messages come out oldest first, thread by thread, merged across
/// `message_1.json`, `message_2.json`…
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
        let threads = try InstagramExportLayout.threads(at: url).map { thread in
            ScannedThread(folderName: thread.folderName, parts: try thread.files.map { file in
                let source = JSONStream.Source.file(file)
                return (source, try InstagramPartScan.scan(source, fileName: file.lastPathComponent, path: file.path))
            })
        }
        return try emit(threads, onMessage: onMessage)
    }

    /// Parses the bytes of one `message_N.json`.
    /// - Parameter threadFolder: the `<username>_<id>` folder the file came from, if known.
    public func parse(data: Data, sourceName: String, threadFolder: String? = nil, onMessage: (ChatMessage) throws -> Void) throws -> ChatParseSummary {
        let source = JSONStream.Source.bytes(Array(data))
        let thread = ScannedThread(folderName: threadFolder, parts: [(source, try InstagramPartScan.scan(source, fileName: sourceName, path: sourceName))])
        return try emit([thread], onMessage: onMessage)
    }

    struct ScannedThread {
        var folderName: String?
        var parts: [(source: JSONStream.Source, scan: InstagramPartScan)]
    }
}
