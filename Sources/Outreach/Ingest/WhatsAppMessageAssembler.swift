import Foundation

/// Second pass: turns header and continuation lines into `ChatMessage`s and counts them.
///
/// A message is only emitted when the next header (or the end) shows it is complete, because
/// any following line without a header belongs to it.
struct WhatsAppMessageAssembler {
    let chat: String
    let order: WhatsAppDateOrder
    private var clock: CivilTime
    private(set) var summary = ChatParseSummary()

    private var pending = false
    private var pendingLine = 0
    private var pendingTime = Date(timeIntervalSince1970: 0)
    /// nil for a system line.
    private var pendingSender: String?
    /// The text started with an invisible mark, as iOS writes placeholders and system texts.
    private var pendingMarked = false
    private var text: [UInt8] = []

    init(chat: String, order: WhatsAppDateOrder, timeZone: TimeZone) {
        self.chat = chat
        self.order = order
        self.clock = CivilTime(timeZone: timeZone)
        text.reserveCapacity(4096)
    }

    mutating func consume(_ p: UnsafeBufferPointer<UInt8>, line: Int, emit: (ChatMessage) throws -> Void) throws {
        let end = p.count
        let start = WhatsAppBytes.skipMarks(p, 0, end)
        if let header = WhatsAppHeader.parse(p, from: start, to: end) {
            if let time = date(of: header) {
                try flush(emit)
                begin(p, header: header, time: time, line: line)
                return
            }
            summary.issues.append(ChatParseIssue(position: "line \(line)", reason: .impossibleDate(order)))
        }
        if pending {
            text.append(0x0A)
            text.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
        } else if start < end {
            summary.issues.append(ChatParseIssue(position: "line \(line)", reason: .beforeFirstHeader))
        }
    }

    mutating func finish(_ emit: (ChatMessage) throws -> Void) throws {
        try flush(emit)
    }

    private mutating func date(of h: WhatsAppHeader) -> Date? {
        guard let (y, m, d) = order.civilDate(h) else { return nil }
        var hour = h.hour
        switch h.meridiem {
        case 0: guard hour <= 23 else { return nil }
        default:
            // "23:59 PM" occurs in edited exports; an hour above 12 is unambiguous, so keep it.
            guard hour <= 23 else { return nil }
            if h.meridiem == 2, hour < 12 { hour += 12 } else if h.meridiem == 1, hour == 12 { hour = 0 }
        }
        guard h.minute <= 59, h.seconds <= 59 else { return nil }
        return clock.date(year: y, month: m, day: d, hour: hour, minute: h.minute, second: h.seconds)
    }

    /// Splits "Sender: text" (sender = up to the first ": "); no ": " means a system line.
    private mutating func begin(_ p: UnsafeBufferPointer<UInt8>, header: WhatsAppHeader, time: Date, line: Int) {
        pending = true
        pendingLine = line
        pendingTime = time
        pendingSender = nil
        pendingMarked = false
        text.removeAll(keepingCapacity: true)
        let end = p.count
        let bodyStart = WhatsAppBytes.skipMarks(p, header.bodyStart, end)
        var i = bodyStart
        var quote = false
        while i + 1 < end {
            let b = p[i]
            if b == UInt8(ascii: ":"), p[i + 1] == 0x20 { break }
            if b == UInt8(ascii: "\"") { quote = true }
            i += 1
        }
        // "Carol:" alone: an empty first line whose trailing space was trimmed (view-once media).
        let emptyText = i + 1 == end && p[i] == UInt8(ascii: ":")
        if i + 1 < end || emptyText {
            let senderEnd = WhatsAppBytes.trimTrailingMarks(p, bodyStart, i)
            let textStart = emptyText ? end : WhatsAppBytes.skipMarks(p, i + 2, end)
            let isSubjectChange = quote && WhatsAppMessageKind.isSystemWording(
                String(decoding: UnsafeBufferPointer(rebasing: p[bodyStart..<end]), as: UTF8.self))
            if senderEnd > bodyStart, !isSubjectChange {
                pendingSender = WhatsAppBytes.decodeSender(p, bodyStart, senderEnd)
                pendingMarked = !emptyText && textStart != i + 2
                text.append(contentsOf: UnsafeBufferPointer(rebasing: p[textStart..<end]))
                return
            }
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: p[bodyStart..<end]))
    }

    private mutating func flush(_ emit: (ChatMessage) throws -> Void) throws {
        guard pending else { return }
        pending = false
        while text.last == 0x0A { text.removeLast() }
        var kind = ChatMessage.Kind.system
        var sender = pendingSender
        let body = String(decoding: text, as: UTF8.self)
        if sender != nil {
            kind = text.withUnsafeBufferPointer { WhatsAppMessageKind.placeholder($0) } ?? .text
            if kind == .text, pendingMarked,
               sender == chat || WhatsAppMessageKind.isSystemWording(body) {
                kind = .system
                sender = nil
            }
        }
        if kind == .system { summary.system += 1 } else { summary.messages += 1 }
        try emit(ChatMessage(chat: chat, sender: sender, time: pendingTime, text: body, kind: kind,
                             position: "line \(pendingLine)"))
    }
}

extension String {
    fileprivate static let beforeFirstHeader =
        "text before the first message header is not part of any message; check that the export was not edited or cut at the top"

    fileprivate static func impossibleDate(_ order: WhatsAppDateOrder) -> String {
        let reading = switch order {
        case .dayMonthYear: "day/month/year"
        case .monthDayYear: "month/day/year"
        case .yearMonthDay: "year/month/day"
        }
        return "starts like a message but its date or time is impossible when read as \(reading), the order the rest of the file uses; kept as text of the previous message"
    }
}
