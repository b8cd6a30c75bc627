import Foundation

/// The client-side rate limiter of the `adaptive` retry mode, as botocore's `ClientRateLimiter`
/// (`botocore/retries/adaptive.py`): every attempt of the client's calls takes a token from a ``TokenBucket`` before
/// it is sent, once a throttling error has turned the limiter on; each response sets the bucket's rate from
/// ``CubicCalculator`` (down at a throttling error, back up as a cubic of the time since), capped at twice the
/// measured send rate (``RateClocker``).
final class AdaptiveRateLimiter: @unchecked Sendable {
    static let maxRateAdjustScale = 2.0

    private let lock = NSLock()
    private let clock: @Sendable () -> Double
    private var bucket: TokenBucket
    private var cubic: CubicCalculator
    private var clocker: RateClocker
    private var enabled = false

    /// A limiter that is off until the first throttling error, on `clock` (seconds; the system's by default).
    init(clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.clock = clock
        let now = clock()
        bucket = TokenBucket(maxRate: 1, now: now)
        cubic = CubicCalculator(startingMaxRate: 0, startTime: now)
        clocker = RateClocker(now: now)
    }

    /// Waits until the bucket has a token, when the limiter is on; throws `CancellationError` when the task is
    /// cancelled while it waits.
    func acquire() async throws {
        while true {
            let wait = lock.withLock { enabled ? bucket.acquire(now: clock()) : 0 }
            guard wait > 0 else { return }
            try await Task.sleep(for: .milliseconds(Int64((wait * 1000).rounded(.up))))
        }
    }

    /// Takes in a response: `throttled` when it was a throttling error.
    func record(throttled: Bool) {
        lock.withLock {
            let measured = clocker.record(now: clock())
            let timestamp = clock()
            let newRate: Double
            if throttled {
                let rate = enabled ? min(measured, bucket.fillRate) : measured
                newRate = cubic.errorReceived(currentRate: rate, timestamp: timestamp)
                enabled = true
            } else {
                newRate = cubic.successReceived(timestamp)
            }
            bucket.setMaxRate(min(newRate, Self.maxRateAdjustScale * measured), now: timestamp)
        }
    }

    /// The state, for tests: whether the limiter is on, the bucket's rate and tokens, and the measured rate.
    var state: (enabled: Bool, fillRate: Double, capacity: Double, measuredRate: Double) {
        lock.withLock { (enabled, bucket.fillRate, bucket.capacity, clocker.measuredRate) }
    }
}
