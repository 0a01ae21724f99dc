import Alumni
import Foundation
import GRDB

/// Browser sessions after a password sign-in: the cookie holds the session's id and a secret (stored as a digest);
/// each session has its own CSRF token, which every form of the session carries.
public struct SessionStore: Sendable {
    /// A signed-in browser.
    public struct Session: Sendable, Equatable {
        public var user: WebUser
        public var csrf: String
    }

    let database: JejakDatabase
    /// How long a session lasts without signing in again: a working day.
    static let lifetimeSeconds = 12 * 3600

    public init(database: JejakDatabase) { self.database = database }

    /// Opens a session; returns the cookie value and the session.
    public func open(for user: WebUser, now: LocalDateTime) throws -> (cookie: String, session: Session) {
        let secret = Secret.random(), csrf = Secret.random()
        let id = try database.writeDerived { db -> Int64 in
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at < ?", arguments: [now])
            try db.execute(sql: "INSERT INTO web_session(user_id, secret_hash, csrf, expires_at) VALUES (?, ?, ?, ?)",
                           arguments: [user.id, Secret.digest(secret), csrf, now.adding(seconds: Self.lifetimeSeconds)])
            return db.lastInsertedRowID
        }
        return ("\(id).\(secret)", Session(user: user, csrf: csrf))
    }

    /// The session a cookie stands for, or nil when it is unknown, expired, or its user was revoked.
    public func session(cookie: String, now: LocalDateTime) throws -> Session? {
        let parts = cookie.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let id = Int64(parts[0]) else { return nil }
        let digest = Secret.digest(String(parts[1]))
        return try database.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.secret_hash, s.csrf, s.expires_at, u.* FROM web_session s JOIN web_user u ON u.id = s.user_id
                WHERE s.id = ? AND u.revoked_at IS NULL
                """, arguments: [id]),
                Secret.equal(row["secret_hash"], digest), (row["expires_at"] as LocalDateTime) > now
            else { return nil }
            return Session(user: UserStore.user(row), csrf: row["csrf"])
        }
    }

    /// Signs out: the cookie stops working.
    public func close(cookie: String) throws {
        guard let id = cookie.split(separator: ".").first.flatMap({ Int64($0) }) else { return }
        try database.writeDerived { db in try db.execute(sql: "DELETE FROM web_session WHERE id = ?", arguments: [id]) }
    }
}
