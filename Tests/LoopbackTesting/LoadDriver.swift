import Foundation

/// Sends many calls from many concurrent tasks and counts how they end, for the load test and the load benchmark.
public enum LoadDriver {
    /// How a run of calls ended.
    public struct Outcome: Sendable {
        /// Calls made.
        public var calls: Int
        /// Calls that threw.
        public var failures: Int
        /// The description of the first error thrown, if any.
        public var firstFailure: String?
        /// The wall time of the run.
        public var elapsed: Duration
        /// User plus system CPU time the process spent during the run.
        public var cpu: Duration

        /// Calls per second of wall time.
        public var callsPerSecond: Double { Double(calls) / elapsed.inSeconds }
    }

    /// Makes `calls` calls of `call` from `concurrency` tasks, each task making its share one after the other.
    public static func run(
        calls: Int, concurrency: Int, _ call: @escaping @Sendable () async throws -> Void
    ) async -> Outcome {
        let clock = ContinuousClock()
        let cpuStart = processCPUTime()
        let start = clock.now
        var outcome = Outcome(calls: calls, failures: 0, firstFailure: nil, elapsed: .zero, cpu: .zero)
        await withTaskGroup(of: (failures: Int, first: String?).self) { group in
            for task in 0..<concurrency {
                let share = calls / concurrency + (task < calls % concurrency ? 1 : 0)
                group.addTask {
                    var failures = 0
                    var first: String?
                    for _ in 0..<share {
                        do {
                            try await call()
                        } catch {
                            failures += 1
                            if first == nil { first = String(describing: error) }
                        }
                    }
                    return (failures, first)
                }
            }
            for await result in group {
                outcome.failures += result.failures
                outcome.firstFailure = outcome.firstFailure ?? result.first
            }
        }
        outcome.elapsed = clock.now - start
        outcome.cpu = processCPUTime() - cpuStart
        return outcome
    }

    /// User plus system CPU time of the process so far, from `CLOCK_PROCESS_CPUTIME_ID`.
    public static func processCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    public var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
