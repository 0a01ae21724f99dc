import Alumni
import Foundation
import GRDB

/// Who each chat sender is: graduates indexed by every identity a chat export can show.
///
/// Built once per ingest from the database; aliases learned during the run (a sender first matched by
/// their reply code) are added as they are learned, so later messages of the same sender match too.
struct SenderDirectory {
    struct Graduate {
        var enrollmentID: Int64
        var traineeID: Int64
        var classCode: String
        var graduatedOn: CivilDate
    }

    /// Graduated enrolments by trainee, most recent graduation last.
    private(set) var graduations: [Int64: [Graduate]] = [:]
    private var byPhone: [String: Int64] = [:]
    private var byInstagram: [String: Int64] = [:]
    private var byTelegram: [String: Int64] = [:]
    private var aliases: [String: Int64] = [:]
    /// Name keys of a class's graduates: a display name matches only when it is unique in its class.
    private var namesByClass: [String: [String: [Int64]]] = [:]
    private var classKeys: [(key: String, code: String)] = []
    let ownNames: Set<String>

    init(_ db: Database, ownNames: [String]) throws {
        self.ownNames = Set(ownNames.map(NameKey.make))
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.id AS enrollment_id, t.id AS trainee_id, c.code AS class_code, t.phone, t.instagram, t.telegram, t.name_key,
                   e.graduated_on
            FROM enrollment e JOIN trainee t ON t.id = e.trainee_id JOIN training_class c ON c.id = e.class_id
            WHERE e.status IN ('graduated', 'certified') AND e.graduated_on IS NOT NULL
            ORDER BY e.graduated_on
            """)
        for row in rows {
            let trainee: Int64 = row["trainee_id"]
            let classCode: String = row["class_code"]
            guard let graduatedOn = CivilDate(parsing: row["graduated_on"]) else { continue }
            graduations[trainee, default: []].append(
                Graduate(enrollmentID: row["enrollment_id"], traineeID: trainee, classCode: classCode, graduatedOn: graduatedOn))
            if let phone: String = row["phone"] { byPhone[phone] = trainee }
            if let handle: String = row["instagram"] { byInstagram[handle] = trainee }
            if let handle: String = row["telegram"] { byTelegram[handle] = trainee }
            namesByClass[classCode, default: [:]][row["name_key"], default: []].append(trainee)
        }
        classKeys = namesByClass.keys.map { (SenderDirectory.compact($0), $0) }.sorted { $0.key.count > $1.key.count }
        for row in try Row.fetchAll(db, sql: "SELECT platform, key, trainee_id FROM contact_alias") {
            aliases[(row["platform"] as String) + ":" + (row["key"] as String)] = row["trainee_id"]
        }
    }

    /// Whether the sender is the centre's own account (its messages are never answers).
    func isOwn(_ sender: String?) -> Bool {
        guard let sender else { return false }
        return ownNames.contains(NameKey.make(sender))
    }

    /// A trainee by the identities the export itself gives: phone number, platform id, learned alias.
    func identify(sender: String?, senderID: String?, format: ChatExportSource.Format) -> Int64? {
        if let senderID {
            switch format {
            case .instagram: if let id = byInstagram[senderID.lowercased()] { return id }
            case .telegram: if let id = aliases["telegram-id:" + senderID] { return id }
            case .whatsApp: break
            }
        }
        guard let sender else { return nil }
        if format == .whatsApp, let phone = PhoneNumber.e164(sender), let id = byPhone[phone] { return id }
        if format == .telegram, let handle = Handle.telegram(sender), sender.hasPrefix("@"), let id = byTelegram[handle] { return id }
        return aliases[format.rawValue + "-name:" + NameKey.make(sender)]
    }

    /// The class a group chat belongs to, when its title names a class code ("Alumni BAR-2025-01").
    func classOf(chat: String) -> String? {
        let title = SenderDirectory.compact(chat)
        return classKeys.first { title.contains($0.key) }?.code
    }

    /// A display name that is unique among the graduates of `classCode`.
    func uniqueName(_ sender: String, in classCode: String) -> Int64? {
        guard let matches = namesByClass[classCode]?[NameKey.make(sender)], matches.count == 1 else { return nil }
        return matches[0]
    }

    /// How many graduates of `classCode` share this display name (0, 1, or more).
    func nameCount(_ sender: String, in classCode: String) -> Int {
        namesByClass[classCode]?[NameKey.make(sender)]?.count ?? 0
    }

    /// The graduation an answer at `date` belongs to: the one of the chat's class when the chat names one,
    /// else the latest graduation whose wave window holds the date, else the latest one before it.
    func graduation(of trainee: Int64, at date: CivilDate, chatClass: String?, windows: WaveWindows) -> Graduate? {
        guard let all = graduations[trainee] else { return nil }
        if let chatClass, let inClass = all.last(where: { $0.classCode == chatClass }) { return inClass }
        return all.last { windows.wave(graduatedOn: $0.graduatedOn, at: date) != nil }
            ?? all.last { $0.graduatedOn <= date } ?? all.first
    }

    /// Whether the directory can now name this sender by phone, platform id, alias, or a name unique in the chat's class.
    func canIdentify(sender: String?, senderID: String?, chat: String, format: ChatExportSource.Format) -> Bool {
        if identify(sender: sender, senderID: senderID, format: format) != nil { return true }
        guard let sender, let classCode = classOf(chat: chat) else { return false }
        return nameCount(sender, in: classCode) == 1
    }

    /// Remembers how a sender appeared, so their later messages match without a code.
    mutating func learn(trainee: Int64, sender: String?, senderID: String?, format: ChatExportSource.Format, _ db: Database, now: LocalDateTime) throws {
        var keys: [(String, String)] = []
        if format == .telegram, let senderID { keys.append(("telegram-id", senderID)) }
        if let sender, PhoneNumber.e164(sender) == nil, !sender.isEmpty { keys.append((format.rawValue + "-name", NameKey.make(sender))) }
        for (platform, key) in keys where aliases[platform + ":" + key] == nil {
            aliases[platform + ":" + key] = trainee
            try db.execute(
                sql: "INSERT OR IGNORE INTO contact_alias(platform, key, trainee_id, learned_at) VALUES (?, ?, ?, ?)",
                arguments: [platform, key, trainee, now])
        }
    }

    private static func compact(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
