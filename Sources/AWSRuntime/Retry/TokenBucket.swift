/// botocore's `TokenBucket` (`botocore/retries/bucket.py`) without its lock: tokens refill at `maxRate` per second up
/// to a capacity of `max(maxRate, 1)`, and a send takes one. ``AdaptiveRateLimiter`` holds it under its lock.
struct TokenBucket: Equatable {
    /// The lowest fill rate, in tokens per second.
    static let minRate = 0.5

    /// Tokens per second, at least ``minRate``.
    private(set) var fillRate: Double = 0
    /// The most tokens the bucket holds.
    private(set) var maxCapacity: Double = 1
    /// The tokens in the bucket.
    private(set) var capacity: Double = 0
    private var lastTimestamp: Double?

    /// A bucket of `maxRate` at time `now`.
    init(maxRate: Double, now: Double) {
        setMaxRate(maxRate, now: now)
    }

    /// Refills at the old rate up to `now`, then sets the rate (and the capacity, which shrinks with it).
    mutating func setMaxRate(_ value: Double, now: Double) {
        refill(now: now)
        fillRate = max(value, Self.minRate)
        maxCapacity = value >= 1 ? value : 1
        capacity = min(capacity, maxCapacity)
    }

    /// Takes `amount` tokens when the bucket has them and returns 0; else takes nothing and returns the seconds
    /// until it will have them.
    mutating func acquire(_ amount: Double = 1, now: Double) -> Double {
        refill(now: now)
        guard amount > capacity else {
            capacity -= amount
            return 0
        }
        return (amount - capacity) / fillRate
    }

    private mutating func refill(now: Double) {
        guard let last = lastTimestamp else {
            lastTimestamp = now
            return
        }
        capacity = min(maxCapacity, capacity + (now - last) * fillRate)
        lastTimestamp = now
    }
}
