import Alumni
import Foundation
import Hummingbird
import HummingbirdTesting
import Impact
import Outreach
import Testing
import Web

/// The API answers as the command line does: same bytes for the same question, same suppression.
@Suite struct APITests {
    @Test func ratesEqualTheCommandsJSON() async throws {
        let fixture = try await WebFixture.make()
        let expected = try RatesQuery(database: fixture.database).render(
            by: [.program, .gender], wave: 6, period: ReportPeriod("2025")!, asOf: LocalDateTime.now().date, threshold: 5, format: .json, now: .now())
        try await fixture.test { client in
            try await client.execute(uri: "/api/rates?by=program&by=gender&wave=6&period=2025", method: .get, headers: .bearer(fixture.officialToken)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.text == expected)
            }
        }
    }

    @Test func staffMayLiftSuppressionAndOfficialsMayNot() async throws {
        let fixture = try await WebFixture.make()
        let unsuppressed = try RatesQuery(database: fixture.database).render(
            by: [.program], wave: 6, period: .all, asOf: LocalDateTime.now().date, threshold: nil, format: .json, now: .now())
        try await fixture.test { client in
            try await client.execute(uri: "/api/rates?suppress=false", method: .get, headers: .bearer(fixture.staffToken)) { response in
                #expect(response.text == unsuppressed)
                #expect(response.object["suppression_threshold"] is NSNull)
            }
            for uri in ["/api/rates?suppress=false", "/api/rates?threshold=1", "/api/funnel?suppress=false"] {
                try await client.execute(uri: uri, method: .get, headers: .bearer(fixture.officialToken)) { response in
                    #expect(response.status == .forbidden, "\(uri)")
                }
            }
            // A higher threshold is always allowed, and hides more.
            try await client.execute(uri: "/api/rates?threshold=7", method: .get, headers: .bearer(fixture.officialToken)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"suppression_threshold\" : 7"))
            }
        }
    }

    @Test func csvIsTheCommandsCSV() async throws {
        let fixture = try await WebFixture.make()
        let expected = try RatesQuery(database: fixture.database).render(
            by: [.channel], wave: 6, period: .all, asOf: LocalDateTime.now().date, threshold: 5, format: .csv, dialect: .id, now: .now())
        try await fixture.test { client in
            try await client.execute(uri: "/api/rates?by=channel&format=csv&csv_dialect=id", method: .get, headers: .bearer(fixture.officialToken)) { response in
                #expect(response.text == expected)
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
            }
        }
    }

    @Test func funnelCampaignsClassesAndReportAreTheLibrariesOutput() async throws {
        let fixture = try await WebFixture.make()
        let db = fixture.database
        try Attribution(database: db).refreshIfStale(now: .now())
        let funnel = try JSONOutput.string(try Funnel(database: db).table(by: .campaign, wave: 6, period: .all, threshold: 5)) + "\n"
        let campaigns = try JSONOutput.string(try CampaignStore(database: db).summaries()) + "\n"
        let classes = try JSONOutput.string(try Catalog(database: db).classes().map { ClassFigures($0, threshold: 5) }) + "\n"
        let report = try ImpactReport.build(database: db, period: ReportPeriod("2025")!, asOf: LocalDateTime.now().date, now: .now())
        /// The report as the server built it, some moment after `report`: across midnight WIB (17:00 UTC) its date is
        /// the next day's, so the report built again now is the one to compare with.
        let isTheReport: @Sendable (String, (ImpactReport) -> String) -> Bool = { text, render in
            if text == render(report) { return true }
            let again = try? ImpactReport.build(database: db, period: ReportPeriod("2025")!, asOf: LocalDateTime.now().date, now: .now())
            return again.map { text == render($0) } ?? false
        }
        try await fixture.test { client in
            let official = HTTPFields.bearer(fixture.officialToken)
            try await client.execute(uri: "/api/funnel?by=campaign", method: .get, headers: official) { #expect($0.text == funnel) }
            try await client.execute(uri: "/api/campaigns", method: .get, headers: official) { #expect($0.text == campaigns) }
            try await client.execute(uri: "/api/classes", method: .get, headers: official) { #expect($0.text == classes) }
            try await client.execute(uri: "/api/report?period=2025&format=md", method: .get, headers: official) { response in
                #expect(isTheReport(response.text) { $0.document(.md, language: .id) })
                #expect(response.headers[.contentType]?.hasPrefix("text/markdown") == true)
            }
            try await client.execute(uri: "/api/report?period=2025&lang=en", method: .get, headers: official) { response in
                #expect(isTheReport(response.text) { $0.document(.html, language: .en) })
            }
        }
    }

    @Test func reviewIsForStaffAndEveryViewIsAudited() async throws {
        let fixture = try await WebFixture.make()
        let items = try ReviewQueue(database: fixture.database).open()
        #expect(items.count >= 2)
        let expected = try JSONOutput.string(items) + "\n"
        try await fixture.test { client in
            try await client.execute(uri: "/api/review", method: .get, headers: .bearer(fixture.officialToken)) { response in
                #expect(response.status == .forbidden)
                #expect(!response.text.contains("bengkel"))
            }
            try await client.execute(uri: "/api/review", method: .get, headers: .bearer(fixture.staffToken)) { response in
                #expect(response.status == .ok)
                #expect(response.text == expected)
                // Unsaved numbers are masked in what staff see.
                #expect(!response.text.contains("5555-0001") && !response.text.contains("81355550001"))
            }
        }
        let events = try AuditLog(database: fixture.database).events()
        #expect(events.count == 1)
        #expect(events.first?.who == "budi" && events.first?.action == "view review queue")
    }

    @Test func healthNeedsNoCredentials() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.object["status"] as? String == "ok")
            }
        }
    }
}
