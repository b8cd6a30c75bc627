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
}
