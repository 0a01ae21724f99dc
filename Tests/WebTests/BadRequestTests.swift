import Alumni
import Foundation
import HummingbirdTesting
import Testing
import Web

/// Refusals say what is allowed; credentials are checked before anything; nothing a caller types is run or
/// echoed as markup.
@Suite struct BadRequestTests {
    @Test(arguments: [
        ("/api/rates?colour=red", "Unknown parameter", "csv_dialect"),
        ("/api/rates?by=salary", "\"by\" cannot be", "age-group"),
        ("/api/rates?wave=7", "configured survey waves", "12"),
        ("/api/rates?wave=6&wave=12", "given 2 times", nil),
        ("/api/rates?period=2025-13", "\"period\" is a year", nil),
        ("/api/rates?as_of=yesterday", "\"as_of\" is a date", nil),
        ("/api/rates?format=xml", "\"format\" cannot be", "csv"),
        ("/api/funnel?by=kecamatan", "\"by\" cannot be", "approach"),
        ("/api/report?format=md", "\"period\" is required", nil),
        ("/api/report?period=2025&format=csv", "html or md", "md"),
        ("/api/campaigns?page=2", "Unknown parameter", nil),
    ] as [(String, String, String?)])
    func unknownParametersAndValuesAre400WithWhatIsAllowed(uri: String, message: String, allowed: String?) async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            try await client.execute(uri: uri, method: .get, headers: .bearer(fixture.officialToken)) { response in
                #expect(response.status == .badRequest)
                #expect((response.object["error"] as? String)?.contains(message) == true, "\(response.text)")
                if let allowed { #expect((response.object["allowed"] as? [String])?.contains(allowed) == true) }
            }
        }
    }

    @Test func noOrWrongCredentialsAre401() async throws {
        let fixture = try await WebFixture.make()
        let forged = fixture.officialToken.dropLast(3) + "AAA"
        try await fixture.test { client in
            for uri in ["/api/rates", "/api/funnel", "/api/campaigns", "/api/classes", "/api/review", "/api/report?period=2025"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .unauthorized, "\(uri)") }
                try await client.execute(uri: uri, method: .get, headers: .bearer(String(forged))) { #expect($0.status == .unauthorized, "\(uri)") }
                try await client.execute(uri: uri, method: .get, headers: [.authorization: "Basic b2ZpOnJhaGFzaWE="]) { #expect($0.status == .unauthorized) }
            }
        }
    }

    @Test func aRevokedTokenStopsWorking() async throws {
        let fixture = try await WebFixture.make()
        try UserStore(database: fixture.database).revoke(name: "ofi", now: .now())
        // A fresh server: the running one may remember a token it checked in the last few seconds.
        let server = try await WebServer(database: fixture.database, passwordCost: 4)
        try await server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            try await client.execute(uri: "/api/rates", method: .get, headers: .bearer(fixture.officialToken)) { #expect($0.status == .unauthorized) }
        }
    }

    @Test(arguments: [
        "/api/rates?period=2025'%20OR%20'1'='1",
        "/api/rates?by=program%3B%20DROP%20TABLE%20trainee",
        "/api/rates?by=%3Cscript%3Ealert(1)%3C/script%3E",
        "/api/rates?%3Cimg%20src=x%3E=1",
        "/rates?period=%3Cscript%3Ealert(1)%3C/script%3E",
    ])
    func injectedSQLOrMarkupChangesNothingAndIsNeverEchoedRaw(uri: String) async throws {
        let fixture = try await WebFixture.make()
        let version = try fixture.database.dataVersion()
        let registrations = try Catalog(database: fixture.database).classes().map(\.registrations)
        try await fixture.test { client in
            try await client.execute(uri: uri, method: .get, headers: .bearer(fixture.staffToken)) { response in
                #expect(response.status == .badRequest)
                #expect(!response.text.contains("<script") && !response.text.contains("<img"))
            }
        }
        #expect(try fixture.database.dataVersion() == version)
        #expect(try Catalog(database: fixture.database).classes().map(\.registrations) == registrations)
    }
}
