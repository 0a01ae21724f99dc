import Alumni
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Outreach
import Synchronization
import Testing
@testable import Web

/// The server shares its database file with the command line: it keeps answering while another connection writes,
/// and its figures follow the writes.
@Suite struct ConcurrentServingTests {
    @Test func readsNeverWaitForAWriter() async throws {
        let fixture = try await WebFixture.make(onDisk: true)
        let official = HTTPFields.bearer(fixture.officialToken)
        // A second connection to the same file, as `jejak register import` would open.
        let writer = try JejakDatabase(path: fixture.database.path, modules: WebSchema.modules)
        try await fixture.test { client in
            try await client.execute(uri: "/api/rates", method: .get, headers: official) { #expect($0.status == .ok) }
            // The writer takes the lock and keeps it until the test has its answer (or 30 s: then the test fails).
            let release = DispatchSemaphore(value: 0)
            let finished = Mutex(false)
            let holding = DispatchSemaphore(value: 0)
            Thread {
                try? writer.write { db in
                    try db.execute(sql: "UPDATE training_class SET place = 'Aula' WHERE code = 'BAR-01'")
                    holding.signal()
                    _ = release.wait(timeout: .now() + 30)
                }
                finished.withLock { $0 = true }
            }.start()
            holding.wait()
            // A question never asked before: computed now, from a snapshot, while the write is open.
            try await client.execute(uri: "/api/rates?by=gender&by=age-group", method: .get, headers: official) { response in
                #expect(response.status == .ok)
            }
            #expect(finished.withLock { $0 } == false, "the answer came while the writer still held the lock")
            release.signal()
        }
    }

    @Test func figuresFollowEachWriteWhileRequestsKeepComing() async throws {
        let fixture = try await WebFixture.make(onDisk: true)
        let official = HTTPFields.bearer(fixture.officialToken)
        let store = CampaignStore(database: fixture.database)
        try await fixture.test { client in
            for reach in stride(from: 1_000, through: 20_000, by: 1_000) {
                // A write, as `jejak campaigns outputs` would make it from another process …
                try store.setOutputs("BAR-REELS", reach: reach, views: nil, likes: nil, comments: nil, shares: nil, saves: nil, now: .now())
                // … and the next answers show it.
                try await client.execute(uri: "/api/funnel?by=campaign", method: .get, headers: official) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("\"reach\" : \(reach)"), "reach \(reach) after its write")
                }
                try await client.execute(uri: "/api/rates", method: .get, headers: official) { #expect($0.status == .ok) }
            }
        }
    }
}
