import Alumni
import GRDB

/// The registration form's free "sumber_info" wordings ("Story IG", "WA", "Teman", …) mapped onto channels.
///
/// The built-in table below covers the wordings seen on BLK's form; staff add or override entries with
/// `jejak campaigns sources set WORDING CHANNEL`, stored in the database. Wordings are compared loosely
/// (case, spaces and punctuation ignored).
public enum SourceWording {
    public static let builtIn: [(wording: String, channel: Channel)] = [
        ("Instagram Feed", .instagramFeed), ("Instagram", .instagramFeed), ("IG", .instagramFeed), ("Feed IG", .instagramFeed),
        ("Postingan IG", .instagramFeed), ("Reels", .instagramReels), ("Reels IG", .instagramReels), ("IG Reels", .instagramReels),
        ("Story IG", .instagramStory), ("Story", .instagramStory), ("Instastory", .instagramStory), ("IG Story", .instagramStory),
        ("Live IG", .instagramLive), ("Instagram Live", .instagramLive), ("Broadcast Channel", .instagramBroadcast),
        ("Saluran Siaran", .instagramBroadcast), ("Channel IG", .instagramBroadcast), ("WA", .whatsappBroadcast),
        ("WhatsApp", .whatsappBroadcast), ("Grup WA", .whatsappBroadcast), ("Saluran WA", .whatsappChannel),
        ("WhatsApp Channel", .whatsappChannel), ("Telegram", .telegram), ("TikTok", .tiktok), ("Facebook", .facebook),
        ("FB", .facebook), ("YouTube", .youtube), ("Website", .website), ("Tangerang LIVE", .website), ("Web", .website),
        ("Teman", .offline), ("Keluarga", .offline), ("Teman/Keluarga", .offline), ("Spanduk", .offline), ("Brosur", .offline),
        ("Kelurahan", .offline), ("Disnaker", .offline),
    ]

    static func key(_ wording: String) -> String {
        String(wording.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The channel a wording names, if any.
    public static func channel(for wording: String, in database: JejakDatabase) throws -> Channel? {
        try database.read { db in try SourceWordingTable.load(db).channel(for: wording) }
    }

    /// Adds or overrides a wording.
    public static func set(_ wording: String, to channel: Channel, in database: JejakDatabase) throws {
        try database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO source_wording(wording_key, wording, channel) VALUES (?, ?, ?)",
                           arguments: [key(wording), wording, channel.rawValue])
        }
    }

    /// Every wording and its channel, built-in and added, sorted by wording.
    public static func list(in database: JejakDatabase) throws -> [(wording: String, channel: Channel, builtIn: Bool)] {
        try database.read { db in
            var entries: [String: (String, Channel, Bool)] = [:]
            for (wording, channel) in builtIn { entries[key(wording)] = (wording, channel, true) }
            for row in try Row.fetchAll(db, sql: "SELECT wording_key, wording, channel FROM source_wording") {
                if let channel = Channel(rawValue: row["channel"]) { entries[row["wording_key"]] = (row["wording"], channel, false) }
            }
            return entries.values.sorted { $0.0.lowercased() < $1.0.lowercased() }.map { ($0.0, $0.1, $0.2) }
        }
    }
}

/// The whole wording table loaded once: built-in entries with the database's overrides on top.
public struct SourceWordingTable: Sendable {
    private var entries: [String: Channel] = [:]

    public static func load(_ db: Database) throws -> SourceWordingTable {
        var table = SourceWordingTable()
        for (wording, channel) in SourceWording.builtIn { table.entries[SourceWording.key(wording)] = channel }
        for row in try Row.fetchAll(db, sql: "SELECT wording_key, channel FROM source_wording") {
            if let channel = Channel(rawValue: row["channel"]) { table.entries[row["wording_key"]] = channel }
        }
        return table
    }

    public func channel(for wording: String) -> Channel? { entries[SourceWording.key(wording)] }
}
