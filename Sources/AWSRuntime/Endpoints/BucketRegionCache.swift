import Foundation

/// The regions of S3 buckets that answered a client from another region than its own, by bucket name: later
/// requests for such a bucket resolve their endpoint in its region at once, as botocore's `S3RegionRedirectorv2`
/// caches them.
///
/// Like ``EndpointCache`` it holds a fixed number of entries and starts over when full: a forgotten bucket costs
/// one more redirect, not memory without bound.
final class BucketRegionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var regions: [String: String] = [:]
    private let capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
    }

    subscript(bucket: String) -> String? {
        get { lock.withLock { regions[bucket] } }
        set {
            lock.withLock {
                if regions.count >= capacity, regions[bucket] == nil { regions.removeAll(keepingCapacity: true) }
                regions[bucket] = newValue
            }
        }
    }
}
