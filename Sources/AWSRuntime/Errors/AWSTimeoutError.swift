/// A call did not finish within its configured time limit.
public struct AWSTimeoutError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The operation name.
    public var operation: String
    /// The limit that was reached.
    public var limit: Duration
    /// Attempts made.
    public var attempts: Int

    /// Creates the error.
    public init(operation: String, limit: Duration, attempts: Int) {
        self.operation = operation
        self.limit = limit
        self.attempts = attempts
    }

    /// `Operation: no response within 2.0 seconds (2 attempts)`.
    public var description: String {
        "\(operation): no response within \(limit) (\(attempts) attempt\(attempts == 1 ? "" : "s"))"
    }
}
