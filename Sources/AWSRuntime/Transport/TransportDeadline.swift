/// The point in time by which a transport must have the whole response of one attempt.
struct TransportDeadline: Sendable {
    /// The instant on the continuous clock; nil for no limit.
    let instant: ContinuousClock.Instant?
    /// The request's timeout, for error messages.
    let timeout: Duration?

    /// The deadline `timeout` from now, or none when `timeout` is nil.
    init(timeout: Duration?) {
        self.timeout = timeout
        instant = timeout.map { ContinuousClock.now + $0 }
    }

    /// The error a transport reports when the deadline passes.
    var exceeded: AWSTransportError {
        AWSTransportError(.timeout, "no complete response within \(timeout.map { "\($0)" } ?? "the deadline")")
    }

    /// Runs `operation` and fails with `exceeded` when the deadline passes first, cancelling `operation`.
    ///
    /// `operation` must stop when its task is cancelled: the call returns only once it has.
    func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let instant else { return try await operation() }
        return try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask(operation: operation)
            group.addTask {
                try await Task.sleep(until: instant, clock: .continuous)
                throw exceeded
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }
}
