import Alumni
import Foundation

/// What one sender wrote in one go: consecutive messages in the same chat, each within a few minutes of the
/// one before. People split a reply over messages ("udah kerja kak" · "di PT Maju" · "sejak agustus"), so
/// the reply is read as one text while every message keeps its own fingerprint and text.
struct ReplyTurn {
    /// One message of the turn with what ingest learned about it.
    struct Piece {
        var message: ChatMessage
        var fingerprint: Int64
        var sentAt: LocalDateTime
        var format: ChatExportSource.Format
        /// File and position, for the observation's provenance ("WhatsApp Chat.txt line 12").
        var place: String
    }

    /// Messages further apart than this are separate replies.
    static let gap: TimeInterval = 5 * 60

    private(set) var pieces: [Piece]
    /// When the turn began among the turns of one reading: turns of the same minute are read in this order.
    let order: Int

    init(_ first: Piece, order: Int) {
        pieces = [first]
        self.order = order
    }

    var first: Piece { pieces[0] }
    var last: Piece { pieces[pieces.count - 1] }

    /// The messages' texts, one per line.
    var text: String { pieces.count == 1 ? first.message.text : pieces.map(\.message.text).joined(separator: "\n") }

    /// Adds `piece` when it continues this turn; false when it starts a new one.
    mutating func extend(with piece: Piece) -> Bool {
        guard piece.message.time.timeIntervalSince(last.message.time) <= Self.gap,
              piece.message.time >= last.message.time else { return false }
        pieces.append(piece)
        return true
    }

    /// Who wrote it, as a dictionary key: the chat, the export format, the sender and their platform id.
    struct Key: Hashable {
        var format: ChatExportSource.Format
        var chat: String
        var sender: String?
        var senderID: String?

        init(_ piece: Piece) {
            format = piece.format
            chat = piece.message.chat
            sender = piece.message.sender
            senderID = piece.message.senderID
        }
    }
}
