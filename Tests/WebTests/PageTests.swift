import Alumni
import Foundation
import HummingbirdTesting
import Impact
import Outreach
import GRDB
import TestSupport
import Testing
import Web

/// The pages: sign-in, what each role sees, the review queue's forms, languages.
@Suite struct PageTests {
    @Test func pagesNeedSigningIn() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for uri in ["/", "/rates", "/campaigns", "/classes", "/review", "/report"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .seeOther, "\(uri)")
                    #expect(response.headers[.location] == "/login")
                }
            }
        }
    }

    @Test func signInSetsAStrictHttpOnlyCookieAndAWrongPasswordDoesNot() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let browser = FormBrowser(client)
            let wrong = try await browser.signIn("ofi", "not-the-password")
            #expect(wrong.status == .unauthorized)
            #expect(browser.cookies["jejak_session"] == nil)
            let unknown = try await browser.signIn("nobody", WebFixture.password)
            #expect(unknown.status == .unauthorized)
            let right = try await browser.signIn("ofi", WebFixture.password)
            #expect(right.status == .seeOther)
            let session = try #require(right.cookies.first { $0.hasPrefix("jejak_session=") })
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Strict"))
            #expect(try await browser.get("/").status == .ok)
        }
    }

    @Test func aSignInFormWithoutItsCookieIsRefused() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let browser = FormBrowser(client)
            let response = try await browser.post("/login", form: [("name", "ofi"), ("password", WebFixture.password), ("csrf", "guessed")])
            #expect(response.status == .forbidden)
            #expect(browser.cookies["jejak_session"] == nil)
        }
    }

    @Test func anOfficialReadsFiguresButNeverAPerson() async throws {
        let fixture = try await WebFixture.make()
        let niks = try Catalog(database: fixture.database).members(of: "BAR-01").map(\.nik)
        try await fixture.test { client in
            let browser = FormBrowser(client)
            try await browser.signIn("ofi", WebFixture.password)
            for uri in ["/", "/rates?by=program&by=gender", "/campaigns?by=campaign", "/campaigns?by=approach", "/classes", "/report?period=2025"] {
                let page = try await browser.get(uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(!page.text.contains("href=\"/review\""), "\(uri) links to the review queue")
                for nik in niks { #expect(!page.text.contains(nik) && !page.text.contains(String(nik.suffix(4)) + " ")) }
                #expect(!page.text.contains("bengkel") && !page.text.contains("Peserta "), "\(uri) shows a message or a name")
            }
            let review = try await browser.get("/review")
            #expect(review.status == .forbidden)
            #expect(!review.text.contains("bengkel"))
        }
    }

    @Test func theRatesPageShowsTheRatesTableAndItsSuppression() async throws {
        let fixture = try await WebFixture.make()
        let table = try RatesQuery(database: fixture.database).table(by: [.program], wave: 6, period: .all, asOf: LocalDateTime.now().date, threshold: 5, now: .now())
        try await fixture.test { client in
            let browser = FormBrowser(client)
            try await browser.signIn("ofi", WebFixture.password)
            let page = try await browser.get("/rates?by=program&lang=en").text
            for group in table.groups where !group.suppressed {
                let rate = ReportLanguage.en.percent(group.figures.first { $0.name == "employment_rate" }!.value)
                #expect(page.contains("<th scope=\"row\">\(group.key[0].value)</th><td class=\"n\">\(group.counts.graduates)</td>"))
                #expect(page.contains(rate))
            }
            #expect(page.contains("<svg"))
            // Staff may lift suppression; the page passes it on to the API link too.
            let small = try await browser.get("/rates?suppress=false")
            #expect(small.status == .forbidden)
        }
    }

    @Test func staffClearTheQueueWithOneFormEachAndEveryDecisionIsRecorded() async throws {
        let fixture = try await WebFixture.make()
        let queue = ReviewQueue(database: fixture.database)
        let items = try queue.open()
        let markup = try #require(items.first { $0.text.contains("bengkel") })
        let other = try #require(items.first { $0.id != markup.id })
        try await fixture.test { client in
            let browser = FormBrowser(client)
            try await browser.signIn("budi", WebFixture.password)
            let page = try await browser.get("/review")
            #expect(page.status == .ok)
            #expect(page.text.contains("bengkel &lt;b&gt;Maju&lt;/b&gt;"), "message text is escaped")
            #expect(!page.text.contains("<b>Maju</b>"))
            #expect(page.text.contains("/static/review.js"))
            let csrf = try #require(FormBrowser.csrf(in: page.text))

            // A form without the session's token does nothing.
            let forged = try await browser.post("/review/\(markup.id)/dismiss", form: [("csrf", "forged")])
            #expect(forged.status == .forbidden)
            #expect(try queue.open().contains { $0.id == markup.id })

            // Correct: the answer read by a person, for the graduate staff name by NIK.
            let resolved = try await browser.post("/review/\(markup.id)/resolve", form: [("csrf", csrf), ("answer", "1"), ("nik", testNIK(6))])
            #expect(resolved.status == .seeOther)
            #expect(resolved.headers[.location] == "/review?done=\(markup.id)")
            let dismissed = try await browser.post("/review/\(other.id)/dismiss", form: [("csrf", csrf)])
            #expect(dismissed.status == .seeOther)
            #expect(try queue.open().isEmpty)

            // Deciding twice says the item is gone.
            let again = try await browser.post("/review/\(other.id)/dismiss", form: [("csrf", csrf)])
            #expect(again.status == .notFound)
        }
        let events = try AuditLog(database: fixture.database).events()
        #expect(events.map(\.action) == ["view review queue", "resolve review item", "dismiss review item"])
        #expect(events.allSatisfy { $0.who == "budi" })
        #expect(try fixture.database.read { db in
            try String.fetchAll(db, sql: "SELECT decided_by FROM review_item WHERE id IN (?, ?)", arguments: [markup.id, other.id])
        } == ["budi", "budi"])
    }

    @Test func anUnreadableCorrectionIsRefusedWithWhatToType() async throws {
        let fixture = try await WebFixture.make()
        let item = try #require(try ReviewQueue(database: fixture.database).open().first)
        try await fixture.test { client in
            let browser = FormBrowser(client)
            try await browser.signIn("budi", WebFixture.password)
            let csrf = try #require(FormBrowser.csrf(in: try await browser.get("/review").text))
            let response = try await browser.post("/review/\(item.id)/resolve", form: [("csrf", csrf), ("answer", "   ")])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Type the answer"))
        }
    }

    @Test func englishOnRequestAndRemembered() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let browser = FormBrowser(client)
            try await browser.signIn("ofi", WebFixture.password)
            #expect(try await browser.get("/").text.contains("<html lang=\"id\">"))
            let english = try await browser.get("/?lang=en").text
            #expect(english.contains("<html lang=\"en\">") && english.contains("Employment rate"))
            #expect(try await browser.get("/classes").text.contains("Classes and quotas"))
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let browser = FormBrowser(client)
            try await browser.signIn("ofi", WebFixture.password)
            let session = try #require(browser.cookies["jejak_session"])
            let csrf = try #require(FormBrowser.csrf(in: try await browser.get("/").text))
            #expect(try await browser.post("/logout", form: [("csrf", csrf)]).status == .seeOther)
            #expect(try await browser.get("/").status == .seeOther)
            // The old cookie is dead on the server too.
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "jejak_session=\(session)"]) { #expect($0.status == .seeOther) }
        }
    }
}
