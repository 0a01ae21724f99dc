import Foundation
import Synchronization
import Testing
@testable import Web

/// One computation per question and version; the previous figures while a slow one runs.
@Suite struct FigureCacheTests {
    final class Counter: Sendable {
        let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
        var count: Int { value.withLock { $0 } }
    }

    @Test func aQuestionIsComputedOncePerVersionEvenWhenAskedAtOnce() async throws {
        let cache = FigureCache(patience: .seconds(60))
        let runs = Counter()
        let answers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value("rates", version: "1") { Thread.sleep(forTimeInterval: 0.05); return runs.next() }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(runs.count == 1)
        #expect(Set(answers) == [1])
        #expect(try await cache.value("rates", version: "2") { runs.next() } == 2)
        #expect(try await cache.value("other", version: "2") { runs.next() } == 3)
    }

    @Test func aSlowRecomputationServesThePreviousFiguresMeanwhile() async throws {
        let cache = FigureCache(patience: .milliseconds(20))
        #expect(try await cache.value("rates", version: "1") { "old" } == "old")
        // The new figures take until the test lets them finish (or 30 s, and then the answer below is wrong).
        let release = DispatchSemaphore(value: 0)
        let meanwhile = try await cache.value("rates", version: "2") { _ = release.wait(timeout: .now() + 30); return "new" }
        #expect(meanwhile == "old")
        release.signal()
        var fresh = ""
        for _ in 0..<200 where fresh != "new" {
            fresh = try await cache.value("rates", version: "2") { "computed twice" }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(fresh == "new", "the finished computation is kept, and not started again")
    }

    @Test func aFastRecomputationIsServedFresh() async throws {
        let cache = FigureCache(patience: .seconds(5))
        _ = try await cache.value("rates", version: "1") { "old" }
        #expect(try await cache.value("rates", version: "2") { "new" } == "new")
    }

    @Test func aFailureIsReportedNotCached() async throws {
        struct Broken: Error {}
        let cache = FigureCache()
        await #expect(throws: Broken.self) { try await cache.value("rates", version: "1") { () throws -> String in throw Broken() } }
        #expect(try await cache.value("rates", version: "1") { "ok" } == "ok")
    }
}
