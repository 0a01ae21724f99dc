import Alumni
import Foundation
import GRDB

/// Who each chat sender is: graduates found by every identity a chat export can show.
///
/// Senders are looked up in the database as they come (by the trainee table's indexes), not loaded beforehand:
/// a registry of millions made every ingest, even of one small file, read all of it first (54 s and 3.2 GB at
/// 5,000,000 graduates). Only the class codes are read up front, and a class's names when a group chat of that
/// class first needs them. Aliases learned during the run (a sender first matched by their reply code) are
/// written at once, in the transaction of the file that taught them, so later messages of that sender match too.
struct SenderDirectory {
    struct Graduate {
        var enrollmentID: Int64
        var traineeID: Int64
        var classCode: String
        var graduatedOn: CivilDate
    }

    /// Every class code, compacted, longest first: a chat title that holds one belongs to that class.
    private let classKeys: [(key: String, code: String)]
    /// Name keys of a class's graduates, read once per class: a display name matches only when it is unique there.
    private var namesByClass: [String: [String: [Int64]]] = [:]
    let ownNames: Set<String>

    init(_ db: Database, ownNames: [String]) throws {
        self.ownNames = Set(ownNames.map(NameKey.make))
        classKeys = try String.fetchAll(db, sql: "SELECT code FROM training_class")
            .map { (SenderDirectory.compact($0), $0) }.sorted { $0.key.count > $1.key.count }
    }

    /// Whether the sender is the centre's own account (its messages are never answers).
    func isOwn(_ sender: String?) -> Bool {
        guard let sender else { return false }
        return ownNames.contains(NameKey.make(sender))
    }

    /// A trainee by the identities the export itself gives: phone number, platform id, learned alias.
    func identify(sender: String?, senderID: String?, format: ChatExportSource.Format, _ db: Database) throws -> Int64? {
        if let senderID {
            switch format {
            case .instagram: if let id = try graduate(column: "instagram", is: senderID.lowercased(), db) { return id }
            case .telegram: if let id = try alias("telegram-id", senderID, db) { return id }
            case .whatsApp: break
            }
        }
        guard let sender else { return nil }
        if format == .whatsApp, let phone = PhoneNumber.e164(sender), let id = try graduate(column: "phone", is: phone, db) { return id }
        if format == .telegram, let handle = Handle.telegram(sender), sender.hasPrefix("@"), let id = try graduate(column: "telegram", is: handle, db) { return id }
        return try alias(format.rawValue + "-name", NameKey.make(sender), db)
    }

    /// The graduate with this phone or handle; when several share it, the one who graduated last.
    private func graduate(column: String, is value: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT t.id FROM trainee t JOIN enrollment e ON e.trainee_id = t.id
            WHERE t.\(column) = ? AND e.status IN ('graduated', 'certified') AND e.graduated_on IS NOT NULL
            ORDER BY e.graduated_on DESC, e.id DESC LIMIT 1
            """), arguments: [value])
    }

    private func alias(_ platform: String, _ key: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT trainee_id FROM contact_alias WHERE platform = ? AND key = ?"), arguments: [platform, key])
    }

    /// The class a group chat belongs to, when its title names a class code ("Alumni BAR-2025-01").
    func classOf(chat: String) -> String? {
        let title = SenderDirectory.compact(chat)
        return classKeys.first { title.contains($0.key) }?.code
    }

    /// The graduates of `classCode` who go by this display name: a sender is named by it only when there is one.
    mutating func graduates(named sender: String, in classCode: String, _ db: Database) throws -> [Int64] {
        try names(in: classCode, db)[NameKey.make(sender)] ?? []
    }

    private mutating func names(in classCode: String, _ db: Database) throws -> [String: [Int64]] {
        if let known = namesByClass[classCode] { return known }
        var names: [String: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT t.id, t.name_key FROM enrollment e JOIN trainee t ON t.id = e.trainee_id JOIN training_class c ON c.id = e.class_id
            WHERE c.code = ? AND e.status IN ('graduated', 'certified') AND e.graduated_on IS NOT NULL
            """, arguments: [classCode]) {
            names[row["name_key"], default: []].append(row["id"])
        }
        namesByClass[classCode] = names
        return names
    }

    /// A trainee's graduated enrolments, most recent graduation last.
    func graduations(of trainee: Int64, _ db: Database) throws -> [Graduate] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT e.id, c.code, e.graduated_on FROM enrollment e JOIN training_class c ON c.id = e.class_id
            WHERE e.trainee_id = ? AND e.status IN ('graduated', 'certified') AND e.graduated_on IS NOT NULL
            ORDER BY e.graduated_on, e.id
            """), arguments: [trainee]).compactMap { row in
            CivilDate(parsing: row["graduated_on"]).map { Graduate(enrollmentID: row["id"], traineeID: trainee, classCode: row["code"], graduatedOn: $0) }
        }
    }

    /// The graduation an answer at `date` belongs to: the one of the chat's class when the chat names one,
    /// else the latest graduation whose wave window holds the date, else the latest one before it.
    func graduation(of trainee: Int64, at date: CivilDate, chatClass: String?, windows: WaveWindows, _ db: Database) throws -> Graduate? {
        let all = try graduations(of: trainee, db)
        if let chatClass, let inClass = all.last(where: { $0.classCode == chatClass }) { return inClass }
        return all.last { windows.wave(graduatedOn: $0.graduatedOn, at: date) != nil }
            ?? all.last { $0.graduatedOn <= date } ?? all.first
    }

    /// Whether the directory can now name this sender by phone, platform id, alias, or a name unique in the chat's class.
    mutating func canIdentify(sender: String?, senderID: String?, chat: String, format: ChatExportSource.Format, _ db: Database) throws -> Bool {
        if try identify(sender: sender, senderID: senderID, format: format, db) != nil { return true }
        guard let sender, let classCode = classOf(chat: chat) else { return false }
        return try graduates(named: sender, in: classCode, db).count == 1
    }

    /// Remembers how a sender appeared, so their later messages match without a code. An identity already
    /// learned for someone stays theirs.
    func learn(trainee: Int64, sender: String?, senderID: String?, format: ChatExportSource.Format, _ db: Database, now: LocalDateTime) throws {
        var keys: [(String, String)] = []
        if format == .telegram, let senderID { keys.append(("telegram-id", senderID)) }
        if let sender, PhoneNumber.e164(sender) == nil, !sender.isEmpty { keys.append((format.rawValue + "-name", NameKey.make(sender))) }
        for (platform, key) in keys {
            try db.execute(
                sql: "INSERT OR IGNORE INTO contact_alias(platform, key, trainee_id, learned_at) VALUES (?, ?, ?, ?)",
                arguments: [platform, key, trainee, now])
        }
    }

    private static func compact(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
