/// How a client retries failed attempts.
///
/// Throttling, transient and modeled-retryable errors are retried with exponential backoff and full
/// jitter, capped at `maxBackoff`. A `Retry-After` header replaces the computed delay. A retry quota
/// shared by the client's calls stops retries while a service keeps failing. The mode and the number of attempts
/// left nil here come from `AWS_RETRY_MODE` and `AWS_MAX_ATTEMPTS`, else the shared config profile's `retry_mode`
/// and `max_attempts`, else the standard mode's 3 attempts.
public struct AWSRetryConfiguration: Sendable {
    /// Attempts per call, the first included; 1 turns retries off. Nil reads the environment and the shared config.
    public var maxAttempts: Int?
    /// The retry mode. Nil reads the environment and the shared config, else `standard`.
    public var mode: AWSRetryMode?
    /// The backoff before jitter of the first retry; it doubles with each retry.
    public var baseDelay: Duration
    /// The longest wait between attempts.
    public var maxBackoff: Duration
    /// The size of the retry quota.
    public var quotaCapacity: Int

    /// Creates a configuration; the defaults are the AWS standard mode's.
    public init(maxAttempts: Int? = nil, mode: AWSRetryMode? = nil, baseDelay: Duration = .seconds(1),
                maxBackoff: Duration = .seconds(20), quotaCapacity: Int = 500) {
        self.maxAttempts = maxAttempts.map { max(1, $0) }
        self.mode = mode
        self.baseDelay = baseDelay
        self.maxBackoff = maxBackoff
        self.quotaCapacity = quotaCapacity
    }

    /// The AWS standard mode, 1 s base, 20 s cap; the attempts (3 by default) from the environment or shared config.
    public static let standard = AWSRetryConfiguration(mode: .standard)

    /// The delay before retry number `retry` (1 for the first retry): `random(0...1) * min(base * 2^(retry-1), cap)`.
    func backoff(retry: Int, random: Double) -> Duration {
        let exponential = baseDelay * (1 << min(retry - 1, 30))
        return min(exponential, maxBackoff) * random
    }
}
