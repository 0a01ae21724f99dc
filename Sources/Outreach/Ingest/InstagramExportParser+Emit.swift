import Foundation

/// Ordering, owner detection and record mapping once every file is scanned.
extension InstagramExportParser {
    func emit(_ threads: [ScannedThread], onMessage: (ChatMessage) throws -> Void) throws -> ChatParseSummary {
        var summary = ChatParseSummary()
        let participantsByThread = threads.map(participantNames)
        // Rule 2 of InstagramThreadOwner only means something with several threads.
        let inEveryThread = threads.count < 2 ? [] : participantsByThread.dropFirst()
            .reduce(Set(participantsByThread[0])) { $0.intersection($1) }

        for (thread, participants) in zip(threads, participantsByThread) {
            let prefix = threads.count > 1 ? thread.folderName.map { "\($0)/" } ?? "" : ""
            let header = thread.parts.first { $0.scan.title != nil }?.scan
            let title = MojibakeRepair.repair(header?.title)
            let otherParty = InstagramThreadOwner.otherParty(
                participants: participants, title: title, accountNames: accountNames, inEveryThread: inEveryThread)
            let folder = thread.folderName ?? header?.threadPath.map { ($0 as NSString).lastPathComponent }
            let username = folder.flatMap(InstagramThreadOwner.username(fromThreadFolder:))
            let firstFile = thread.parts[0].scan.fileName
            if participants.count == 2, otherParty == nil {
                summary.issues.append(ChatParseIssue(
                    position: "\(prefix)\(firstFile)",
                    reason: "could not tell the account owner from the other participant; senderID left empty (set accountNames)"))
            }
            for part in thread.parts {
                summary.issues += part.scan.skipped.map { ChatParseIssue(position: "\(prefix)\(part.scan.fileName) messages[\($0.index)]", reason: $0.reason) }
            }
            let chat = title ?? otherParty ?? folder ?? (firstFile as NSString).deletingPathExtension

            try oldestFirst(thread) { partIndex, keyed in
                let record = keyed.record
                let sender = SenderName.clean(MojibakeRepair.repair(record.senderName))
                let content = MojibakeRepair.repair(record.content)
                let kind = InstagramMessageKind.classify(content: content, hasAttachment: record.hasAttachment, isUnsent: record.isUnsent)
                if kind == .system { summary.system += 1 } else { summary.messages += 1 }
                try onMessage(ChatMessage(
                    chat: chat, sender: sender,
                    senderID: sender != nil && sender == otherParty ? username : nil,
                    time: Date(timeIntervalSince1970: Double(keyed.time) / 1000),
                    text: content ?? "", kind: kind,
                    position: "\(prefix)\(thread.parts[partIndex].scan.fileName) messages[\(keyed.index)]"))
            }
        }
        return summary
    }

    /// The thread's participant names, repaired, from the first part that lists them.
    private func participantNames(_ thread: ScannedThread) -> [String] {
        let listed = thread.parts.first { $0.scan.participants != nil }?.scan.participants ?? []
        return listed.compactMap { SenderName.clean(MojibakeRepair.repair($0)) }
    }

    /// Every readable record of the thread, oldest first, merged across its parts.
    ///
    /// Which part is newest is not established, so the order comes from `timestamp_ms`; equal times keep the
    /// reverse of file order (the later part, then the later record, first).
    private func oldestFirst(_ thread: ScannedThread, _ body: (Int, InstagramPartReader.Keyed) throws -> Void) throws {
        var readers = thread.parts.map { InstagramPartReader(source: $0.source, scan: $0.scan) }
        func advance(_ part: Int) throws -> InstagramPartReader.Keyed? {
            do {
                return try readers[part].next()
            } catch {
                // The scan read the same bytes without fault: the file changed or went away in between.
                let reason = (error as? JSONStream.Invalid).map { "line \($0.line): \($0.reason)" } ?? error.localizedDescription
                throw ChatExportError.unreadable(file: thread.parts[part].scan.fileName, reason: reason + "; the file changed while it was read")
            }
        }
        var heads = try readers.indices.map(advance)
        while true {
            var oldest: Int?
            for part in heads.indices {
                guard let head = heads[part] else { continue }
                if let o = oldest, head.time > heads[o]!.time { continue }
                oldest = part  // equal times: the later part first
            }
            guard let part = oldest, let keyed = heads[part] else { return }
            heads[part] = try advance(part)
            try body(part, keyed)
        }
    }
}
