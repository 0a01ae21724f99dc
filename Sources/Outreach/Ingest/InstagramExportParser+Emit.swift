import Foundation

/// Ordering, owner detection and record mapping once every file is decoded.
extension InstagramExportParser {
    func emit(_ threads: [DecodedThread], onMessage: (ChatMessage) throws -> Void) throws -> ChatParseSummary {
        var summary = ChatParseSummary()
        let participantsByThread = threads.map(participantNames)
        // Rule 2 of InstagramThreadOwner only means something with several threads.
        let inEveryThread = threads.count < 2 ? [] : participantsByThread.dropFirst()
            .reduce(Set(participantsByThread[0])) { $0.intersection($1) }

        for (thread, participants) in zip(threads, participantsByThread) {
            let prefix = threads.count > 1 ? thread.folderName.map { "\($0)/" } ?? "" : ""
            let header = thread.parts.first { $0.file.title != nil }?.file
            let title = MojibakeRepair.repair(header?.title)
            let otherParty = InstagramThreadOwner.otherParty(
                participants: participants, title: title, accountNames: accountNames, inEveryThread: inEveryThread)
            let folder = thread.folderName ?? header?.thread_path.map { ($0 as NSString).lastPathComponent }
            let username = folder.flatMap(InstagramThreadOwner.username(fromThreadFolder:))
            if participants.count == 2, otherParty == nil {
                summary.issues.append(ChatParseIssue(
                    position: "\(prefix)\(thread.parts[0].fileName)",
                    reason: "could not tell the account owner from the other participant; senderID left empty (set accountNames)"))
            }
            let chat = title ?? otherParty ?? folder
                ?? (thread.parts[0].fileName as NSString).deletingPathExtension

            for (position, record) in ordered(thread, prefix: prefix, issues: &summary.issues) {
                let sender = SenderName.clean(MojibakeRepair.repair(record.senderName))
                let content = MojibakeRepair.repair(record.content)
                let kind = InstagramMessageKind.classify(content: content, hasAttachment: record.hasAttachment, isUnsent: record.isUnsent)
                if kind == .system { summary.system += 1 } else { summary.messages += 1 }
                try onMessage(ChatMessage(
                    chat: chat, sender: sender,
                    senderID: sender != nil && sender == otherParty ? username : nil,
                    time: Date(timeIntervalSince1970: Double(record.timestampMs ?? 0) / 1000),
                    text: content ?? "", kind: kind, position: position))
            }
        }
        return summary
    }

    /// The thread's participant names, repaired, from the first part that lists them.
    private func participantNames(_ thread: DecodedThread) -> [String] {
        let listed = thread.parts.first { $0.file.participants != nil }?.file.participants ?? []
        return listed.compactMap { SenderName.clean(MojibakeRepair.repair($0.name)) }
    }

    /// Every readable record of the thread, oldest first; unreadable ones become issues.
    ///
    /// Files list messages newest first, and which part is newest is not established, so the
    /// order comes from `timestamp_ms`; equal times keep the reverse of file order.
    private func ordered(_ thread: DecodedThread, prefix: String, issues: inout [ChatParseIssue]) -> [(String, InstagramMessageRecord)] {
        var keyed: [(time: Int64, part: Int, index: Int, position: String, record: InstagramMessageRecord)] = []
        for (partIndex, part) in thread.parts.enumerated() {
            for (index, record) in part.file.messages.enumerated() {
                let position = "\(prefix)\(part.fileName) messages[\(index)]"
                if let malformed = record.malformed {
                    issues.append(ChatParseIssue(position: position, reason: malformed))
                } else if let time = record.timestampMs {
                    keyed.append((time, partIndex, index, position, record))
                } else {
                    issues.append(ChatParseIssue(position: position, reason: "the message has no timestamp_ms; skipped"))
                }
            }
        }
        keyed.sort { a, b in
            if a.time != b.time { return a.time < b.time }
            if a.part != b.part { return a.part > b.part }
            return a.index > b.index
        }
        return keyed.map { ($0.position, $0.record) }
    }
}
