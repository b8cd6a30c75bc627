import Foundation

/// The token bucket of the AWS standard retry mode, shared by all calls of one client.
///
/// A retry costs 5 tokens (10 after a timeout); a successful call returns what its last retry took, or 1
/// token when it needed none, as botocore's `RetryQuotaChecker` and the other SDKs do. With too few tokens left,
/// failures are not retried.
final class RetryQuota: @unchecked Sendable {
    static let retryCost = 5
    static let timeoutCost = 10
    static let successIncrement = 1

    private let lock = NSLock()
    private let capacity: Int
    private var available: Int

    init(capacity: Int) {
        self.capacity = capacity
        available = capacity
    }

    /// Takes the cost of a retry for `reason`; nil when the quota is exhausted.
    func acquire(for reason: RetryClassifier.Reason) -> Int? {
        let cost = reason == .timeout ? Self.timeoutCost : Self.retryCost
        return lock.withLock {
            guard available >= cost else { return nil }
            available -= cost
            return cost
        }
    }

    /// Returns tokens after a successful call: what its last retry took (`lastRetryCost`), or the no-retry
    /// increment when it made none.
    func release(_ lastRetryCost: Int) {
        lock.withLock { available = min(capacity, available + (lastRetryCost > 0 ? lastRetryCost : Self.successIncrement)) }
    }

    /// Tokens left, for tests.
    var tokens: Int { lock.withLock { available } }
}
