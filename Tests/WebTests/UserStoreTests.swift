import Alumni
import Foundation
import Testing
import TestSupport
@testable import Web

/// Tokens and passwords: shown once, stored as digests, checked without leaking which part was wrong.
@Suite struct UserStoreTests {
    let now = LocalDateTime(parsing: "2026-01-05 09:00")!

    func store() throws -> UserStore {
        UserStore(database: try makeImpactDatabase(modules: WebSchema.modules), passwordCost: 4)
    }

    @Test func aTokenFindsItsUserAndNothingElseDoes() throws {
        let users = try store()
        let (siti, token) = try users.add(name: "siti.disnaker", role: .official, now: now)
        let (_, other) = try users.add(name: "budi", role: .staff, now: now)
        #expect(try users.user(token: token) == siti)
        #expect(try users.user(token: other)?.role == .staff)
        // Budi's id with Siti's secret, a truncated token, garbage: nobody.
        let sitiSecret = token.split(separator: "_", maxSplits: 2)[2]
        let budiID = other.split(separator: "_")[1]
        for wrong in ["jejak_\(budiID)_\(sitiSecret)", String(token.dropLast()), "jejak_1_", "jejak__x", "Bearer", ""] {
            #expect(try users.user(token: wrong) == nil, "\(wrong)")
        }
    }

    @Test func onlyDigestsAreStored() throws {
        let users = try store()
        let (_, token) = try users.add(name: "siti", role: .official, now: now)
        try users.setPassword(name: "siti", password: "kata-sandi-panjang")
        let stored = try users.database.read { db in try String.fetchAll(db, sql: "SELECT token_hash || ' ' || password_hash FROM web_user") }
        let secret = String(token.split(separator: "_", maxSplits: 2)[2])
        #expect(stored.count == 1)
        #expect(!stored[0].contains(secret) && !stored[0].contains("kata-sandi-panjang"))
        #expect(stored[0].contains(Secret.digest(secret)) && stored[0].contains("$2b$"))
    }

    @Test func passwords() throws {
        let users = try store()
        _ = try users.add(name: "siti", role: .official, now: now)
        #expect(try users.user(name: "siti", password: "kata-sandi-panjang") == nil, "no password set yet")
        #expect(throws: UserError.shortPassword) { try users.setPassword(name: "siti", password: "pendek") }
        try users.setPassword(name: "siti", password: "kata-sandi-panjang")
        #expect(try users.user(name: "siti", password: "kata-sandi-panjang")?.name == "siti")
        #expect(try users.user(name: "SITI", password: "kata-sandi-panjang")?.name == "siti", "names ignore case")
        #expect(try users.user(name: "siti", password: "kata-sandi-panjanG") == nil)
        #expect(throws: UserError.unknown("tono")) { try users.setPassword(name: "tono", password: "kata-sandi-panjang") }
    }

    @Test func revokingEndsTokenPasswordAndSessions() throws {
        let users = try store()
        let (siti, token) = try users.add(name: "siti", role: .official, now: now)
        try users.setPassword(name: "siti", password: "kata-sandi-panjang")
        let sessions = SessionStore(database: users.database)
        let (cookie, _) = try sessions.open(for: siti, now: now)
        #expect(try sessions.session(cookie: cookie, now: now)?.user.name == siti.name)
        try users.revoke(name: "siti", now: now)
        #expect(try users.user(token: token) == nil)
        #expect(try users.user(name: "siti", password: "kata-sandi-panjang") == nil)
        #expect(try sessions.session(cookie: cookie, now: now) == nil)
        #expect(try users.list().first?.revokedAt == now, "the row stays, so the audit log still names her")
        #expect(throws: UserError.duplicate("siti")) { try users.add(name: "siti", role: .staff, now: now) }
    }

    @Test func sessionsExpireAndForgedCookiesFail() throws {
        let users = try store()
        let (siti, _) = try users.add(name: "siti", role: .official, now: now)
        let sessions = SessionStore(database: users.database)
        let (cookie, session) = try sessions.open(for: siti, now: now)
        #expect(session.csrf.count >= 40)
        #expect(try sessions.session(cookie: cookie, now: now.adding(seconds: 11 * 3600)) != nil)
        #expect(try sessions.session(cookie: cookie, now: now.adding(seconds: 13 * 3600)) == nil)
        let id = cookie.split(separator: ".")[0]
        #expect(try sessions.session(cookie: "\(id).forged", now: now) == nil)
        #expect(try sessions.session(cookie: "garbage", now: now) == nil)
    }

    @Test(arguments: ["", "two words", String(repeating: "x", count: 65), "tab\tname"])
    func badNamesAreRefused(name: String) throws {
        #expect(throws: UserError.self) { try store().add(name: name, role: .staff, now: now) }
    }

    @Test func secretsCompareWholly() {
        #expect(Secret.equal("abc", "abc"))
        #expect(!Secret.equal("abc", "abd") && !Secret.equal("abc", "ab") && !Secret.equal("", "a"))
        #expect(Secret.random() != Secret.random())
        #expect(Secret.random(bytes: 32).count == 43)
    }
}
