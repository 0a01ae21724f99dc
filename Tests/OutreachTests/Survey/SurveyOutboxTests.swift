import Alumni
import Foundation
import Testing
@testable import Outreach

@Suite struct SurveyOutboxTests {
    let people = [
        (1, "Siti Rahmawati", "081200000001", "siti.r", "ya"),
        (2, "Budi Santoso", "-", "budi_s", "ya"),
        (3, "Dewi Lestari", "081200000003", "", "tidak"),
        (4, "Agus Pratama", "081200000004", "", ""),
    ]
    let now = LocalDateTime(parsing: "2025-07-01 09:00")!

    @Test func aWaveIsDueFromEachGraduationDate() throws {
        let database = try makeGraduates(people)
        let waves = SurveyWaves(database: database)
        #expect(try waves.due(wave: 3, asOf: day("2025-06-13")).isEmpty)
        let due = try waves.due(wave: 3, asOf: day("2025-06-14"))
        #expect(due.map(\.name) == ["Agus Pratama", "Budi Santoso", "Dewi Lestari", "Siti Rahmawati"])
        #expect(due.first?.dueOn == day("2025-06-14"))
        #expect(due.first?.nik == "************0004")
        #expect(try waves.due(wave: 6, asOf: day("2025-09-13")).isEmpty)
    }

    @Test func exportWritesMessagesPostAndUnreachable() throws {
        let database = try makeGraduates(people)
        let folder = try temporaryFolder()
        let summary = try SurveyExport(outbox: SurveyOutbox(database: database))
            .write(wave: 3, channel: .whatsapp, to: folder, asOf: day("2025-07-01"), now: now)
        #expect(summary.messages == 1)
        #expect(summary.unreachable == 3)
        let csv = try String(contentsOf: folder.appendingPathComponent("wave3-whatsapp.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "phone,name,class,reply_code,message")
        #expect(csv.contains("+6281200000001,Siti Rahmawati,BAR-01,JJK-"))
        #expect(csv.contains("Halo Siti, salam dari BLK Kota Tangerang. Sudah 3 bulan sejak kelas Barista (BAR-01) selesai."))
        let unreachable = try String(contentsOf: folder.appendingPathComponent("wave3-whatsapp-unreachable.csv"), encoding: .utf8)
        #expect(unreachable.contains("************0002,Budi Santoso,BAR-01,no valid phone number"))
        #expect(unreachable.contains("************0003,Dewi Lestari,BAR-01,declined follow-up contact"))
        #expect(unreachable.contains("************0004,Agus Pratama,BAR-01,consent to follow-up contact not recorded"))
        #expect(!unreachable.contains(graduateNIK(2)))
        let post = try String(contentsOf: folder.appendingPathComponent("wave3-whatsapp-post.txt"), encoding: .utf8)
        #expect(post.contains("Barista (BAR-01)"))
        #expect(!post.contains("Siti"))
    }

    @Test func oneReplyCodePerPersonAndWaveAcrossChannels() throws {
        let database = try makeGraduates(people)
        let outbox = SurveyOutbox(database: database)
        let first = try outbox.prepare(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"), now: now)
        let again = try outbox.prepare(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"), now: now)
        let instagram = try outbox.prepare(wave: 3, channel: .instagram, asOf: day("2025-07-01"), now: now)
        #expect(first.recipients.map(\.code) == again.recipients.map(\.code))
        #expect(instagram.recipients.map(\.address) == ["budi_s", "siti.r"])
        #expect(instagram.recipients.last?.code == first.recipients.first?.code)
        let sixMonths = try outbox.prepare(wave: 6, channel: .whatsapp, asOf: day("2025-10-01"), now: now)
        #expect(sixMonths.recipients.first?.code != first.recipients.first?.code)
    }

    @Test func sendRecordsEachMessageAndNeverSendsAWaveTwice() async throws {
        let database = try makeGraduates(people + [(5, "Rina Maharani", "081200000005", "", "ya"), (6, "Eko Wibowo", "081200000006", "", "ya")])
        let server = try LoopbackHTTPServer { request, _ in
            let to = (request.json?["to"] as? String) ?? ""
            return to.hasSuffix("0006")
                ? .init(status: 400, body: #"{"error":{"message":"(#131026) Message undeliverable","code":131026}}"#)
                : .init(status: 200, body: #"{"messages":[{"id":"wamid.\#(to)"}]}"#)
        }
        defer { server.stop() }
        let sender = WhatsAppCloudSender(configuration: .init(baseURL: server.baseURL, phoneNumberID: "1", accessToken: "T"))
        let send = SurveySend(outbox: SurveyOutbox(database: database), sender: sender,
                              policy: RetryPolicy(maxAttempts: 2, baseDelay: 0.01, minimumInterval: 0))
        let first = try await send.run(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"))
        #expect(first.sent == 2)
        #expect(first.failed.map(\.nik) == ["************0006"])
        #expect(server.requests.count == 3)
        // Again: the two sent are skipped; the failed one is tried once more.
        let second = try await send.run(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"))
        #expect(second.sent == 0 && second.alreadySent == 2 && second.failed.count == 1)
        #expect(server.requests.count == 4)
    }

    @Test func aBadTokenLeavesEveryoneToSendOnTheNextRun() async throws {
        let database = try makeGraduates(people + [(5, "Rina Maharani", "081200000005", "", "ya")])
        let badToken = try LoopbackHTTPServer { _, _ in
            .init(status: 401, body: #"{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}}"#)
        }
        defer { badToken.stop() }
        let policy = RetryPolicy(maxAttempts: 2, baseDelay: 0.01, minimumInterval: 0)
        let outbox = SurveyOutbox(database: database)
        await #expect(throws: SendError.self) {
            _ = try await SurveySend(outbox: outbox, sender: WhatsAppCloudSender(configuration: .init(baseURL: badToken.baseURL, phoneNumberID: "1", accessToken: "BAD")),
                                     policy: policy).run(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"))
        }
        #expect(badToken.requests.count == 1)
        let good = try LoopbackHTTPServer { request, _ in .init(status: 200, body: #"{"messages":[{"id":"wamid.\#((request.json?["to"] as? String) ?? "")"}]}"#) }
        defer { good.stop() }
        let send = SurveySend(outbox: outbox, sender: WhatsAppCloudSender(configuration: .init(baseURL: good.baseURL, phoneNumberID: "1", accessToken: "T")), policy: policy)
        let retry = try await send.run(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"))
        #expect(retry.sent == 2 && retry.alreadySent == 0)
        #expect(good.requests.count == 2)
        let again = try await send.run(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"))
        #expect(again.sent == 0 && again.alreadySent == 2 && good.requests.count == 2)
    }

    @Test func aRunKilledAfterPreparingSendsTheQueuedOnesLater() async throws {
        let database = try makeGraduates(people + [(5, "Rina Maharani", "081200000005", "", "ya")])
        let outbox = SurveyOutbox(database: database)
        // What a killed run leaves behind: everyone prepared for sending, nothing recorded as sent.
        let prepared = try outbox.prepare(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"), forSending: true, now: now)
        #expect(prepared.recipients.count == 2)
        let server = try LoopbackHTTPServer { _, _ in .init(status: 200, body: #"{"messages":[{"id":"wamid.X"}]}"#) }
        defer { server.stop() }
        let summary = try await SurveySend(outbox: outbox, sender: WhatsAppCloudSender(configuration: .init(baseURL: server.baseURL, phoneNumberID: "1", accessToken: "T")),
                                           policy: RetryPolicy(maxAttempts: 1, baseDelay: 0.01, minimumInterval: 0))
            .run(wave: 3, channel: .whatsapp, asOf: day("2025-07-01"))
        #expect(summary.sent == 2 && summary.alreadySent == 0 && server.requests.count == 2)
    }

    @Test func aWaveIsAskedOnlyWhileItsWindowIsOpenAndTheMessageNamesTheRealMonths() throws {
        let database = try makeGraduates(people)
        let waves = SurveyWaves(database: database)
        // Graduated 2025-03-14: wave 3 closes 5 months after (14 August), wave 6 opens 14 September and closes 9 months after.
        #expect(try waves.due(wave: 3, asOf: day("2025-08-14")).count == 4)
        #expect(try waves.due(wave: 3, asOf: day("2025-08-15")).isEmpty)
        #expect(try waves.due(wave: 6, asOf: day("2026-02-15")).isEmpty)  // 11 months after: no wave is open
        #expect(try waves.due(wave: 12, asOf: day("2026-02-15")).isEmpty)
        #expect(throws: OutreachError.self) { try waves.due(wave: 7, asOf: day("2025-10-15")) }
        let outbox = SurveyOutbox(database: database)
        let late = try outbox.prepare(wave: 6, channel: .whatsapp, asOf: day("2025-10-20"), now: now)
        #expect(late.recipients.first?.message.contains("Sudah 7 bulan sejak kelas") == true)
        // The windows are a setting.
        try Settings(database: database).set(.surveyWaves, to: "3:5,6:12,12:18")
        #expect(try waves.due(wave: 6, asOf: day("2026-02-15")).count == 4)
    }
}

func day(_ text: String) -> CivilDate { CivilDate(parsing: text)! }
