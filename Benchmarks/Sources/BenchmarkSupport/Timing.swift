/// Times per call of a piece of work, over several batches.
public struct Timing {
    /// The time per call of each batch, in microseconds, sorted.
    public let microseconds: [Double]
    /// How many batches ran.
    public var batches: Int { microseconds.count }
    /// The median time per call.
    public var median: Double { microseconds[microseconds.count / 2] }
    /// The fastest batch's time per call.
    public var min: Double { microseconds.first! }
    /// The slowest batch's time per call.
    public var max: Double { microseconds.last! }

    /// Runs `body` `iterations` times in each of `batches` batches and records the time per call of each batch.
    public init(batches: Int, iterations: Int, _ body: () throws -> Void) rethrows {
        var times: [Double] = []
        for _ in 0..<batches {
            let start = ContinuousClock.now
            for _ in 0..<iterations {
                try body()
            }
            let elapsed = ContinuousClock.now - start
            times.append((Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
                / Double(iterations))
        }
        microseconds = times.sorted()
    }
}
