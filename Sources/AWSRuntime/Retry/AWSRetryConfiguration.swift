/// How a client retries failed attempts: the AWS "standard" retry mode.
///
/// Throttling, transient and modeled-retryable errors are retried with exponential backoff and full
/// jitter, capped at `maxBackoff`. A `Retry-After` header replaces the computed delay. A retry quota
/// shared by the client's calls stops retries while a service keeps failing.
public struct AWSRetryConfiguration: Sendable {
    /// Attempts per call, the first included. 1 turns retries off.
    public var maxAttempts: Int
    /// The backoff before jitter of the first retry; it doubles with each retry.
    public var baseDelay: Duration
    /// The longest wait between attempts.
    public var maxBackoff: Duration
    /// The size of the retry quota.
    public var quotaCapacity: Int

    /// Creates a configuration; the defaults are the AWS standard mode's.
    public init(maxAttempts: Int = 3, baseDelay: Duration = .seconds(1), maxBackoff: Duration = .seconds(20),
                quotaCapacity: Int = 500) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxBackoff = maxBackoff
        self.quotaCapacity = quotaCapacity
    }

    /// The AWS standard mode: 3 attempts, 1 s base, 20 s cap.
    public static let standard = AWSRetryConfiguration()

    /// The delay before retry number `retry` (1 for the first retry): `random(0...1) * min(base * 2^(retry-1), cap)`.
    func backoff(retry: Int, random: Double) -> Duration {
        let exponential = baseDelay * (1 << min(retry - 1, 30))
        return min(exponential, maxBackoff) * random
    }
}
