import Foundation

/// botocore's `RateClocker` (`botocore/retries/adaptive.py`): the client's measured send rate, smoothed, updated
/// every half second.
struct RateClocker: Equatable {
    static let smoothing = 0.8
    static let timeBucketRange = 0.5

    /// The smoothed rate, in requests per second.
    private(set) var measuredRate: Double = 0
    private var lastBucket: Double
    private var count: Double = 0

    init(now: Double) {
        lastBucket = now.rounded(.down)
    }

    /// Counts `amount` requests at `now` and returns the measured rate.
    mutating func record(_ amount: Double = 1, now: Double) -> Double {
        let scale = 1 / Self.timeBucketRange
        let bucket = (now * scale).rounded(.down) / scale
        count += amount
        if bucket > lastBucket {
            let currentRate = count / (bucket - lastBucket)
            measuredRate = currentRate * Self.smoothing + measuredRate * (1 - Self.smoothing)
            count = 0
            lastBucket = bucket
        }
        return measuredRate
    }
}
