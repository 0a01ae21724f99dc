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

        public var help: String {
            switch self {
            case .domicileKecamatan: "kecamatan accepted as address, comma-separated (default: the 13 of Kota Tangerang)"
            case .oneSeatPerYear: "true: a person may hold one seat per budget year across classes (default true)"
            }
        }
    }

    let database: JejakDatabase

    public init(database: JejakDatabase) { self.database = database }


    /// Stores a value after checking it; `nil` returns the key to its default.
    public func set(_ key: Key, to value: String?) throws {
        if let value { _ = try Settings.policyValue(key, value) }
        try database.write { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", arguments: [key.rawValue, value])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key.rawValue])
            }
        }
    }

    /// The enrolment policy with stored settings applied over the defaults.
    public func policy() throws -> EnrollmentPolicy {
        try database.read { db in try Settings.policy(db) }
    }

    static func policy(_ db: Database) throws -> EnrollmentPolicy {
        var policy = EnrollmentPolicy()
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM setting") {
            guard let key = Key(rawValue: row["key"]) else { continue }
            switch try policyValue(key, row["value"]) {
            case .kecamatan(let list): policy.domicile = DomicileRule(kecamatan: list)
            case .flag(let flag): policy.oneSeatPerYear = flag
            }
        }
        return policy
    }

    private enum Value { case kecamatan([String]), flag(Bool) }

    private static func policyValue(_ key: Key, _ value: String) throws -> Value {
        switch key {
        case .domicileKecamatan:
            let list = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !list.isEmpty else { throw AlumniError.invalidSetting(key: key.rawValue, reason: "give at least one kecamatan") }
            return .kecamatan(list)
        case .oneSeatPerYear:
            switch value.lowercased() {
            case "true", "yes", "ya", "1": return .flag(true)
            case "false", "no", "tidak", "0": return .flag(false)
            default: throw AlumniError.invalidSetting(key: key.rawValue, reason: "use true or false")
            }
        }
    }
}
