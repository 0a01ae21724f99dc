import Alumni
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Impact
import Outreach
import Testing
@testable import Web

/// The real server on loopback over the demo database, in a real browser: an official reads the rates the CLI
/// prints and cannot reach the review queue; staff sign in and clear a review item with a key press. Screenshots
/// are kept in out/test-artifacts/web.
@Suite struct BrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let demo = root.appendingPathComponent("out/demo.sqlite")
    static let artifacts = root.appendingPathComponent("out/test-artifacts/web")
    static let ready = HeadlessChromium.executable != nil && FileManager.default.fileExists(atPath: demo.path)

    @Test(.enabled(if: ready, "needs chromium (scripts/setup.sh chromium) and the demo database (make demo); scripts/test.sh makes both"))
    func officialsReadRatesAndStaffClearTheQueue() async throws {
        // A copy of the demo database, so the demo stays as `make demo` left it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: Self.demo.path + suffix) {
            try FileManager.default.copyItem(atPath: Self.demo.path + suffix, toPath: folder.appendingPathComponent("demo.sqlite\(suffix)").path)
        }
        let database = try JejakDatabase(path: folder.appendingPathComponent("demo.sqlite").path, modules: WebSchema.modules)
        let users = UserStore(database: database, passwordCost: 4)
        for (name, role) in [("browser.ofi", Role.official), ("browser.staff", Role.staff)] {
            _ = try users.add(name: name, role: role, now: .now())
            try users.setPassword(name: name, password: "kata-sandi-uji")
        }
        let cli = try RatesQuery(database: database).render(by: [.program], wave: 6, period: .all, asOf: LocalDateTime.now().date,
                                                            threshold: 5, format: .json, now: .now())
        let openBefore = try ReviewQueue(database: database).open()
        #expect(!openBefore.isEmpty, "the demo leaves answers to review")

        let server = try await WebServer(database: database, passwordCost: 4)
        try await server.application(host: "127.0.0.1", port: 0).test(.live) { client in
            let base = "http://127.0.0.1:\(try #require(client.port))"
            // The browser blocks while it waits for pages: keep it off the threads that serve them.
            try await Blocking.run {
                let rates = try #require(try JSONSerialization.jsonObject(with: Data(cli.utf8)) as? [String: Any])
                let browser = try HeadlessChromium()
                func signIn(_ name: String) throws {
                    try browser.open(base + "/login")
                    _ = try browser.evaluate("""
                        document.querySelector('input[name=name]').value = '\(name)';
                        document.querySelector('input[name=password]').value = 'kata-sandi-uji';
                        document.querySelector('form.login').submit();
                        """)
                    try browser.waitForPage { $0 == base + "/" }
                }
                func json(_ script: String) throws -> Any? {
                    try JSONSerialization.jsonObject(with: Data((try browser.evaluate("JSON.stringify(\(script))") as? String ?? "null").utf8))
                }
                let lang = ReportLanguage.id

                // The official's overview: the headline figures are the CLI's.
                try signIn("browser.ofi")
                let cards = try json("Object.fromEntries(Array.from(document.querySelectorAll('[data-figure]')).map(e => [e.dataset.figure, e.textContent]))") as? [String: String] ?? [:]
                let total = try #require(rates["total"] as? [String: Any])
                #expect(cards["graduates"] == lang.number(total["graduates"] as? Int))
                #expect(cards["employment_rate"] == lang.percent(total["employment_rate"] as? Double))
                #expect(cards["response_rate"] == lang.percent(total["response_rate"] as? Double))
                try browser.screenshot(to: Self.artifacts.appendingPathComponent("overview-official.png"))

                // The rates explorer by programme: every published row as in `jejak rates --format json`.
                try browser.open(base + "/rates?by=program")
                let rows = try json("Array.from(document.querySelectorAll('table tbody tr')).map(r => Array.from(r.children).map(c => c.textContent))") as? [[String]] ?? []
                let groups = try #require(rates["groups"] as? [[String: Any]])
                #expect(rows.count == groups.count + 1, "one row per programme and the total")
                for group in groups {
                    let name = (group["key"] as? [String: String])?["program"] ?? ""
                    let row = try #require(rows.first { $0.first == lang.statusLabel(name) }, "row for \(name)")
                    if group["suppressed"] as? Bool == true {
                        #expect(row[1].hasPrefix("—"))
                    } else {
                        #expect(row[1] == lang.number(group["graduates"] as? Int), "\(name)")
                        #expect(row[7] == lang.percent(group["employment_rate"] as? Double), "\(name)")
                    }
                }
                try browser.screenshot(to: Self.artifacts.appendingPathComponent("rates-official.png"))

                // On a phone: nothing wider than the screen (wide tables scroll inside themselves).
                try browser.emulatePhone()
                for page in ["/", "/rates?by=program", "/campaigns"] {
                    try browser.open(base + page)
                    #expect(try browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth") as? Bool == true, "\(page) on a phone")
                }
                try browser.screenshot(to: Self.artifacts.appendingPathComponent("campaigns-phone.png"))
                try browser.stopEmulating()

                // No way to a person: no link, and the address answers 403.
                #expect(try browser.evaluate("document.querySelector('a[href=\"/review\"]') === null") as? Bool == true)
                try browser.open(base + "/review")
                #expect((try browser.evaluate("document.body.textContent") as? String)?.contains("403") == true)
                try browser.open(base + "/")
                _ = try browser.evaluate("document.querySelector('form[action=\"/logout\"]').submit()")
                try browser.waitForPage { $0 == base + "/login" }

                // Staff clear the first item of the queue with the d key.
                try signIn("browser.staff")
                try browser.open(base + "/review")
                let first = try #require(try browser.evaluate("document.querySelector('li.item').dataset.id") as? String)
                try browser.screenshot(to: Self.artifacts.appendingPathComponent("review-staff.png"))
                try browser.press("d")
                try browser.waitForPage { $0 == base + "/review?done=\(first)" }
                #expect((try browser.evaluate("document.querySelector('.done').textContent") as? String)?.contains(first) == true)
            }
        }
        let openAfter = try ReviewQueue(database: database).open()
        #expect(openAfter.count == openBefore.count - 1)
        let decided = try database.read { db in try Row.fetchOne(db, sql: "SELECT state, decided_by FROM review_item WHERE id = ?", arguments: [openBefore[0].id]) }
        #expect(decided?["state"] == "dismissed" && decided?["decided_by"] == "browser.staff")
        #expect(try AuditLog(database: database).events().contains { $0.who == "browser.staff" && $0.action == "dismiss review item" })
    }
}
