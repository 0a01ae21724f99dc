import Foundation
import GRDB

/// Centre-wide settings kept in the database (`jejak config`), with defaults that fit BLK Kota Tangerang.
public struct Settings: Sendable {
    /// The keys staff can set, with what each means.
    public enum Key: String, CaseIterable, Sendable {
        /// Comma-separated kecamatan accepted as address.
        case domicileKecamatan = "domicile.kecamatan"
        /// `true` or `false`: one seat per person per budget year.
        case oneSeatPerYear = "seats.one_per_year"
        /// When each survey wave takes replies, `wave:closes` in months after graduation.
        case surveyWaves = "survey.waves"
        /// Days a message text nobody could match is kept for reading again.
        case retentionMessageDays = "retention.message_days"

        public var help: String {
            switch self {
            case .domicileKecamatan: "kecamatan accepted as address, comma-separated (default: the 13 of Kota Tangerang)"
            case .oneSeatPerYear: "true: a person may hold one seat per budget year across classes (default true)"
            case .surveyWaves: "survey waves and when each closes, in months after graduation (default \(WaveWindows.standard))"
            case .retentionMessageDays: "days a message's text is kept after ingest: once its answer is settled, or while no graduate could be matched to it (default \(Settings.defaultRetentionDays))"
            }
        }
    }

    /// How long unmatched message texts are kept by default: a class's exports usually arrive within months.
    public static let defaultRetentionDays = 180

    /// Every setting with its stored value or default applied.
    public struct Values: Sendable, Equatable {
        public var policy = EnrollmentPolicy()
        public var waves = WaveWindows.standard
        public var retentionDays = Settings.defaultRetentionDays

        public init() {}

        /// The value of `key` as `jejak config show` prints it.
        public func text(_ key: Key) -> String {
            switch key {
            case .domicileKecamatan: policy.domicile.kecamatan.joined(separator: ", ")
            case .oneSeatPerYear: "\(policy.oneSeatPerYear)"
            case .surveyWaves: waves.description
            case .retentionMessageDays: "\(retentionDays)"
            }
        }
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }

    /// Stores a value after checking it; `nil` returns the key to its default.
    public func set(_ key: Key, to value: String?) throws {
        if let value {
            var scratch = Values()
            try Settings.apply(key, value, to: &scratch)
        }
        try database.write { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", arguments: [key.rawValue, value])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key.rawValue])
            }
        }
    }

    /// Every setting, stored values over the defaults.
    public func values() throws -> Values {
        try database.read { db in try Settings.values(db) }
    }

    /// Refuses a wave that is not one of `survey.waves`: a survey or a rate for "wave 7" would count nobody, silently.
    public func requireWave(_ wave: Int) throws {
        let waves = try values().waves.waves
        guard waves.contains(wave) else { throw AlumniError.unknownWave(wave, configured: waves) }
    }

    /// The enrolment policy with stored settings applied over the defaults.
    public func policy() throws -> EnrollmentPolicy { try values().policy }

    public static func values(_ db: Database) throws -> Values {
        var values = Values()
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM setting") {
            guard let key = Key(rawValue: row["key"]) else { continue }
            try apply(key, row["value"], to: &values)
        }
        return values
    }

    static func policy(_ db: Database) throws -> EnrollmentPolicy { try values(db).policy }

    private static func apply(_ key: Key, _ value: String, to values: inout Values) throws {
        switch key {
        case .domicileKecamatan:
            let list = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !list.isEmpty else { throw AlumniError.invalidSetting(key: key.rawValue, reason: "give at least one kecamatan") }
            values.policy.domicile = DomicileRule(kecamatan: list)
        case .oneSeatPerYear:
            switch value.lowercased() {
            case "true", "yes", "ya", "1": values.policy.oneSeatPerYear = true
            case "false", "no", "tidak", "0": values.policy.oneSeatPerYear = false
            default: throw AlumniError.invalidSetting(key: key.rawValue, reason: "use true or false")
            }
        case .surveyWaves:
            guard let waves = WaveWindows(parsing: value) else {
                throw AlumniError.invalidSetting(key: key.rawValue, reason: "give wave:closes pairs in months after graduation, such as 3:5,6:9,12:18 (each wave closes on or after it opens)")
            }
            values.waves = waves
        case .retentionMessageDays:
            guard let days = Int(value), days >= 1 else {
                throw AlumniError.invalidSetting(key: key.rawValue, reason: "give a whole number of days, at least 1")
            }
            values.retentionDays = days
        }
    }
}
