import Alumni
import Foundation
import GRDB
import HummingbirdBcrypt

/// The server's users: staff and officials, each with an API token and, for the browser, a password.
///
/// Only digests are stored: a token as SHA-256 (it is long and random), a password as bcrypt (it is short and
/// chosen by a person). A revoked user keeps their row, so the audit log still names them.
public struct UserStore: Sendable {
    let database: JejakDatabase
    /// bcrypt's work factor: 12 (a quarter of a second per login) unless a test asks for less.
    let passwordCost: UInt8

    public init(database: JejakDatabase, passwordCost: UInt8 = 12) {
        self.database = database
        self.passwordCost = passwordCost
    }

    /// Adds a user and returns their API token: shown once, never stored.
    public func add(name: String, role: Role, now: LocalDateTime) throws -> (user: WebUser, token: String) {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64, name.unicodeScalars.allSatisfy({ !CharacterSet.whitespacesAndNewlines.union(.controlCharacters).contains($0) })
        else { throw UserError.invalidName(name) }
        let secret = Secret.random()
        let id = try database.writeDerived { db -> Int64 in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM web_user WHERE name = ?", arguments: [name]) == true {
                throw UserError.duplicate(name)
            }
            try db.execute(sql: "INSERT INTO web_user(name, role, token_hash, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, role.rawValue, Secret.digest(secret), now])
            return db.lastInsertedRowID
        }
        return (try user(named: name), "jejak_\(id)_\(secret)")
    }

    /// Every user, revoked ones included, by name.
    public func list() throws -> [WebUser] {
        try database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM web_user ORDER BY name").map(Self.user) }
    }

    /// Ends a user's access at once: their token and password stop working and their sessions are closed.
    public func revoke(name: String, now: LocalDateTime) throws {
        try database.writeDerived { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM web_user WHERE name = ? AND revoked_at IS NULL", arguments: [name]) else {
                throw UserError.unknown(name)
            }
            try db.execute(sql: "UPDATE web_user SET revoked_at = ? WHERE id = ?", arguments: [now, id])
            try db.execute(sql: "DELETE FROM web_session WHERE user_id = ?", arguments: [id])
        }
    }

    /// Sets the password a browser signs in with; closes the user's open sessions.
    public func setPassword(name: String, password: String) throws {
        guard password.count >= 8 else { throw UserError.shortPassword }
        let hash = Bcrypt.hash(password, cost: passwordCost)
        try database.writeDerived { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM web_user WHERE name = ? AND revoked_at IS NULL", arguments: [name]) else {
                throw UserError.unknown(name)
            }
            try db.execute(sql: "UPDATE web_user SET password_hash = ? WHERE id = ?", arguments: [hash, id])
            try db.execute(sql: "DELETE FROM web_session WHERE user_id = ?", arguments: [id])
        }
    }

    /// The user an API token belongs to, or nil (unknown, malformed, revoked).
    public func user(token: String) throws -> WebUser? {
        let parts = token.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "jejak", let id = Int64(parts[1]) else { return nil }
        let digest = Secret.digest(String(parts[2]))
        return try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM web_user WHERE id = ? AND revoked_at IS NULL", arguments: [id]),
                  Secret.equal(row["token_hash"], digest)
            else { return nil }
            return Self.user(row)
        }
    }

    /// The user a name and password belong to, or nil. Takes a bcrypt check's time whether or not the name exists.
    public func user(name: String, password: String) throws -> WebUser? {
        let row = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM web_user WHERE name = ? AND revoked_at IS NULL", arguments: [name])
        }
        let hash: String? = row?["password_hash"]
        let matches = Bcrypt.verify(password, hash: hash ?? Self.decoyHash)
        guard let row, hash != nil, matches else { return nil }
        return Self.user(row)
    }

    func user(named name: String) throws -> WebUser {
        guard let user = try database.read({ db in try Row.fetchOne(db, sql: "SELECT * FROM web_user WHERE name = ?", arguments: [name]).map(Self.user) })
        else { throw UserError.unknown(name) }
        return user
    }

    static func user(_ row: Row) -> WebUser {
        WebUser(id: row["id"], name: row["name"], role: Role(rawValue: row["role"]) ?? .official, hasPassword: row["password_hash"] != nil,
                createdAt: row["created_at"], revokedAt: row["revoked_at"])
    }

    /// A bcrypt hash of nothing anyone knows, checked when the name is unknown so the answer takes as long.
    private static let decoyHash = Bcrypt.hash(Secret.random(), cost: 12)
}

/// What `jejak users` refuses, and what to do instead.
public enum UserError: Error, LocalizedError, Equatable {
    case invalidName(String)
    case duplicate(String)
    case unknown(String)
    case shortPassword

    public var errorDescription: String? {
        switch self {
        case .invalidName(let name): "\"\(name)\" cannot be a user name: use 1 to 64 characters without spaces, e.g. \"siti.disnaker\"."
        case .duplicate(let name): "There is already a user \"\(name)\": pick another name, or `jejak users revoke \(name)` first."
        case .unknown(let name): "No active user \"\(name)\": `jejak users list` shows who exists."
        case .shortPassword: "The password is too short: use at least 8 characters."
        }
    }
}
