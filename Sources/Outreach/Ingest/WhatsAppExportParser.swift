import Alumni
import Foundation
import ZIPFoundation

/// Reads a WhatsApp "Export chat" file (`.txt`, or the `.zip` holding it with media) as a stream
/// of `ChatMessage`s.
///
/// Two passes over the bytes: the first reads only headers until it knows whether dates are
/// day- or month-first (the file never says); the second builds messages. Both read 1 MiB chunks,
/// so memory stays flat on gigabyte exports.
///
/// ```swift
/// let parser = WhatsAppExportParser()
/// let summary = try parser.parse(fileAt: url) { message in replies.append(message) }
/// ```
public struct WhatsAppExportParser: Sendable {
    /// The zone the exporting phone's wall-clock times are read in.
    public let timeZone: TimeZone

    public init(timeZone: TimeZone = TimeZone(identifier: "Asia/Jakarta")!) {
        self.timeZone = timeZone
    }

    /// Parses the export at `url`: a chat `.txt`, or a `.zip` holding one (`_chat.txt` on iOS).
    ///
    /// The chat title comes from the file name (`WhatsApp Chat with X.txt`,
    /// `Chat WhatsApp dengan X.txt`, `WhatsApp Chat - X.zip`), else the file's base name.
    /// - Parameter onMessage: called once per message and system line, in file order;
    ///   an error it throws stops parsing and is rethrown unchanged.
    /// - Throws: `WhatsAppExportError` when the file cannot be read or holds no WhatsApp message.
    public func parse(fileAt url: URL, onMessage: (ChatMessage) throws -> Void) throws -> ChatParseSummary {
        let fileName = url.lastPathComponent
        guard url.pathExtension.lowercased() == "zip" else {
            return try parse(source: .file(url), chat: WhatsAppChatName.title(forFileName: fileName),
                             fileName: fileName, onMessage: onMessage)
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
            throw WhatsAppExportError.unreadableZip(file: fileName, reason: size == 0
                ? "the file is empty: 0 bytes, the copy or download did not finish"
                : FileCheck.readProblem(url) ?? "its table of contents is missing or damaged")
        }
        let entry = try WhatsAppZipLocator.chatEntry(in: archive, fileName: fileName)
        let chat = WhatsAppChatName.title(inFileName: fileName)
            ?? WhatsAppChatName.title(inFileName: entry.path)
            ?? WhatsAppChatName.baseName(fileName)
        return try parse(source: .zipEntry(archive, entry), chat: chat,
                         fileName: fileName, onMessage: onMessage)
    }

    /// Parses export text already in memory (tests, pasted text).
    /// - Parameters:
    ///   - chatName: the chat title to put on every message, used as given.
    ///   - fileName: named in errors; defaults to `chatName`.
    public func parse(
        data: Data, chatName: String, fileName: String? = nil,
        onMessage: (ChatMessage) throws -> Void
    ) throws -> ChatParseSummary {
        try parse(source: .data(data), chat: chatName, fileName: fileName ?? chatName, onMessage: onMessage)
    }

    private func parse(
        source: WhatsAppTextSource, chat: String, fileName: String,
        onMessage: (ChatMessage) throws -> Void
    ) throws -> ChatParseSummary {
        let (evidence, language) = try scanDateOrder(source, fileName: fileName)
        if let language { throw WhatsAppExportError.unsupportedLanguage(file: fileName, language: language) }
        guard evidence.headers > 0 else { throw WhatsAppExportError.noMessageHeader(file: fileName) }
        let (order, orderIssue) = evidence.resolve()
        var assembler = WhatsAppMessageAssembler(chat: chat, order: order, timeZone: timeZone)
        var lines = LineSplitter()
        try source.forEachChunk(fileName: fileName) { chunk in
            try lines.feed(chunk) { line, number in
                try assembler.consume(line, line: number, emit: onMessage)
                return true
            }
        }
        try lines.finish { line, number in
            try assembler.consume(line, line: number, emit: onMessage)
            return true
        }
        try assembler.finish(onMessage)
        var summary = assembler.summary
        if let orderIssue { summary.issues.insert(orderIssue, at: 0) }
        return summary
    }

    /// First pass: reads headers until one decides the date order (or to the end if none does), and the first
    /// lines for WhatsApp's notices in a language Jejak does not read.
    private func scanDateOrder(_ source: WhatsAppTextSource, fileName: String) throws -> (WhatsAppDateOrderEvidence, language: String?) {
        var evidence = WhatsAppDateOrderEvidence()
        var language: String?
        var lines = LineSplitter()
        let observe = { (p: UnsafeBufferPointer<UInt8>, number: Int) -> Bool in
            let start = WhatsAppBytes.skipMarks(p, 0, p.count)
            if let header = WhatsAppHeader.parse(p, from: start, to: p.count) {
                evidence.observe(header, line: number)
            }
            if number <= WhatsAppExportLanguage.linesChecked, language == nil { language = WhatsAppExportLanguage.unsupportedLanguage(in: p) }
            return language == nil && (!evidence.isDecided || number < WhatsAppExportLanguage.linesChecked)
        }
        var more = true
        try source.forEachChunk(fileName: fileName) { chunk in
            more = lines.feed(chunk, observe)
            return more
        }
        if more { lines.finish(observe) }
        return (evidence, language)
    }
}
