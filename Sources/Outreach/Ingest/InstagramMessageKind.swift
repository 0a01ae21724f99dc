import Foundation

/// Decides what an Instagram message record is, since the export has no type field.
///
/// Instagram writes reactions, likes and poll events as ordinary `content` in English
/// (FORMATS.md §3); they must not be read as a graduate's answer, so they become `.system`.
enum InstagramMessageKind {
    /// - Parameter content: the repaired `content`, or nil when the record has none.
    static func classify(content: String?, hasAttachment: Bool, isUnsent: Bool) -> ChatMessage.Kind {
        if isUnsent { return .deleted }
        guard let content, !content.isEmpty else {
            // No text: a photo, video, voice note, share or call. Records with nothing at all
            // are attachments the export could not include, so they are media too.
            return .media
        }
        if isSystemLine(content) { return .system }
        if hasAttachment, content.hasSuffix(" sent an attachment.") { return .media }
        return .text
    }

    static func isSystemLine(_ content: String) -> Bool {
        if content == "Liked a message" { return true }
        if content.contains(" reacted "), content.hasSuffix(" to your message") || content.hasSuffix(" to your message.") {
            return true
        }
        if content.hasPrefix("Reacted "), content.hasSuffix(" to your message") { return true }
        if content.contains(" created a poll: ") || content.hasSuffix(" created a poll.") { return true }
        return content.hasSuffix(" in the poll.")
    }
}
