import Foundation

/// A thread-safe dictionary of at most a fixed number of entries, which starts over when a new key finds it full.
///
/// It holds what a client resolved and may look up again: endpoints by the parameters they were resolved from, and
/// the regions of S3 buckets that answered from another region than the client's. A client that sees more distinct
/// keys than that (such as many bucket names) does the work again, which takes microseconds (or one more redirect),
/// rather than growing without bound.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(key: Key) -> Value? {
        get { lock.withLock { entries[key] } }
        set {
            lock.withLock {
                if entries.count >= capacity, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
                entries[key] = newValue
            }
        }
    }
}
