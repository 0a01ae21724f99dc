import Foundation

/// How sends are paced and retried: exponential backoff with the API's own Retry-After honoured.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    /// The first wait after a temporary failure; doubles each time up to `maxDelay`.
    public var baseDelay: Double
    public var maxDelay: Double
    /// The least time between two sends (WhatsApp Cloud allows about 80 per second, Telegram about 30).
    public var minimumInterval: Double

    public init(maxAttempts: Int = 5, baseDelay: Double = 1, maxDelay: Double = 60, minimumInterval: Double = 0.05) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.minimumInterval = minimumInterval
    }

    /// Sends with retries; refusals and configuration errors are returned at once.
    func run(_ attempt: () async throws(SendError) -> String) async throws(SendError) -> String {
        var delay = baseDelay
        var tries = 0
        while true {
            tries += 1
            do {
                return try await attempt()
            } catch {
                let wait: Double
                switch error {
                case .rateLimited(let retryAfter): wait = min(retryAfter ?? delay, maxDelay)
                case .temporary: wait = delay
                case .refused, .configuration: throw error
                }
                if tries >= maxAttempts { throw error }
                try? await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000))
                delay = min(delay * 2, maxDelay)
            }
        }
    }
}
