import Foundation
import Synchronization

/// Figures computed once per question and data version, and served from memory until something is written.
///
/// Computing a table over a million graduates takes seconds, and an import or ingest writes many times a minute.
/// So after a write the first request starts one computation (never two for the same question) on a thread of its
/// own and waits for it a short while (`patience`); if it is not done by then, the request is answered with the
/// figures of the previous version, which stay in memory until the new ones replace them. A question never asked
/// before waits for its answer.
actor FigureCache {
    private struct Entry {
        var version: String
        var value: any Sendable
    }

    private var entries: [String: Entry] = [:]
    private var computing: [String: (version: String, task: Task<Entry, any Error>)] = [:]
    private let patience: Duration
    /// Questions kept; the oldest is dropped beyond this.
    private let capacity: Int
    private var order: [String] = []

    init(patience: Duration = .milliseconds(300), capacity: Int = 500) {
        self.patience = patience
        self.capacity = capacity
    }

    /// The figures for `key` at data version `version`, computing them when needed.
    func value<T: Sendable>(_ key: String, version: String, compute: @escaping @Sendable () throws -> T) async throws -> T {
        if let entry = entries[key], entry.version == version { return entry.value as! T }
        let task = computing[key].flatMap { $0.version == version ? $0.task : nil } ?? start(key, version: version, compute: compute)
        guard let stale = entries[key] else { return try await task.value.value as! T }
        return try await Self.first(of: task, or: stale, after: patience).value as! T
    }

    private func start<T: Sendable>(_ key: String, version: String, compute: @escaping @Sendable () throws -> T) -> Task<Entry, any Error> {
        let task = Task<Entry, any Error> {
            Entry(version: version, value: try await Blocking.run(compute))
        }
        computing[key] = (version, task)
        Task { await self.finish(key, task: task) }
        return task
    }

    private func finish(_ key: String, task: Task<Entry, any Error>) async {
        let result = await task.result
        if computing[key]?.task == task { computing[key] = nil }
        guard case .success(let entry) = result else { return }
        if entries[key] == nil {
            order.append(key)
            if order.count > capacity { entries[order.removeFirst()] = nil }
        }
        entries[key] = entry
    }

    /// The task's result if it comes within `patience`, else the stale entry.
    private static func first(of task: Task<Entry, any Error>, or stale: Entry, after patience: Duration) async throws -> Entry {
        try await withCheckedThrowingContinuation { continuation in
            let once = ResumeOnce(continuation)
            Task { once.resume(with: await task.result) }
            Task {
                try? await Task.sleep(for: patience)
                once.resume(with: .success(stale))
            }
        }
    }

    /// A continuation two racers may try to resume: the first one wins.
    private final class ResumeOnce: Sendable {
        private let pending: Mutex<CheckedContinuation<Entry, any Error>?>

        init(_ continuation: CheckedContinuation<Entry, any Error>) { pending = Mutex(continuation) }

        func resume(with result: Result<Entry, any Error>) {
            pending.withLock { continuation in
                continuation?.resume(with: result)
                continuation = nil
            }
        }
    }
}
