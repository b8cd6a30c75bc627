/// A waiter stopped without reaching its success state.
public struct AWSWaiterError: Error, CustomStringConvertible {
    /// Why the waiter stopped.
    public enum Reason: Sendable {
        /// `maxWait` passed before an acceptor decided.
        case timedOut
        /// A failure acceptor matched: the awaited state cannot be reached.
        case failureState(AWSWaiterAcceptor)
        /// The operation failed with an error that no acceptor matched.
        case unexpectedError(any Error)
    }

    /// The waiter name, such as `TableExists`.
    public var waiter: String
    /// Why the waiter stopped.
    public var reason: Reason
    /// The attempts made.
    public var attempts: Int
    /// The time from the first attempt until the waiter stopped.
    public var elapsed: Duration

    /// Creates the error.
    public init(waiter: String, reason: Reason, attempts: Int, elapsed: Duration) {
        self.waiter = waiter
        self.reason = reason
        self.attempts = attempts
        self.elapsed = elapsed
    }

    /// `waiter TableExists timed out after 12 attempts in 600.1 seconds`.
    public var description: String {
        let what: String
        switch reason {
        case .timedOut: what = "timed out"
        case .failureState(let acceptor): what = "reached its failure state (\(acceptor))"
        case .unexpectedError(let error): what = "failed with an unexpected error (\(error))"
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let elapsedText = (seconds * 10).rounded() / 10
        return "waiter \(waiter) \(what) after \(attempts) attempt\(attempts == 1 ? "" : "s") in \(elapsedText) seconds"
    }
}
