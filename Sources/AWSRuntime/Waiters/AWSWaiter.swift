/// A waiter of a service model (`waiters-2.json`): how often to poll an operation, and the acceptors
/// that decide, from each response, whether the awaited state is reached, can no longer be reached, or
/// is still to come.
///
/// Generated clients hold one per waiter and call `wait` from their `waitUntil...` methods. The path
/// expressions are compiled once, when the descriptor is created.
public struct AWSWaiter: Sendable {
    /// The waiter name, such as `TableExists`.
    public var name: String
    /// The first delay between attempts, and the least one (the model's `delay`).
    public var minDelay: Duration
    /// The longest delay between attempts.
    public var maxDelay: Duration
    /// The acceptors, tried in order on each response; the first that matches decides.
    public var acceptors: [AWSWaiterAcceptor]

    /// Creates a waiter. The default `maxDelay` is the AWS SDKs' 120 seconds.
    public init(name: String, minDelay: Duration, maxDelay: Duration = .seconds(120), acceptors: [AWSWaiterAcceptor]) {
        self.name = name
        self.minDelay = minDelay
        self.maxDelay = maxDelay
        self.acceptors = acceptors
    }

    /// The delay before attempt `attempt + 1`, or nil when less than `minDelay` of the `remaining` time
    /// is left. It grows exponentially from `minDelay` to `maxDelay` with jitter (`random` in `0...1`),
    /// and is cut so that the last attempt comes `minDelay` before the time is up, as the AWS SDKs do.
    func delay(after attempt: Int, remaining: Duration, random: Double) -> Duration? {
        guard remaining > minDelay else { return nil }
        let ceiling = max(minDelay, maxDelay)
        let exponential = min(minDelay * (1 << min(attempt - 1, 30)), ceiling)
        let delay = minDelay + (exponential - minDelay) * random
        return remaining - delay <= minDelay ? remaining - minDelay : delay
    }
}
