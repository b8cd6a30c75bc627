/// One waiter of `waiters-2.json` (or of a Smithy `@waitable` trait): an operation to poll and the
/// acceptors that judge its responses.
package struct Waiter: Sendable, Equatable {
    /// What a matching acceptor means.
    package enum State: String, Sendable, Equatable {
        case success, failure, retry
    }

    /// A value an acceptor expects.
    package enum Value: Sendable, Equatable {
        case string(String)
        case bool(Bool)
        case number(Double)
    }

    /// What an acceptor looks at, with its `argument` and `expected` value.
    package enum Matcher: Sendable, Equatable {
        case path(String, expected: Value)
        case pathAll(String, expected: Value)
        case pathAny(String, expected: Value)
        case status(Int)
        case errorCode(String)
        /// `true`: any error; `false`: no error.
        case error(Bool)
    }

    /// One acceptor.
    package struct Acceptor: Sendable, Equatable {
        package var state: State
        package var matcher: Matcher
    }

    /// The waiter name, such as `TableExists`.
    package var name: String
    /// The operation polled.
    package var operation: String
    /// Seconds between attempts (the least delay).
    package var delay: Int
    /// Attempts before giving up, which with `delay` sets the default time limit; Smithy sets none.
    package var maxAttempts: Int?
    /// The longest delay between attempts (Smithy's `maxDelay`); nil for the default of 120 seconds.
    package var maxDelay: Int?
    /// The model's description, if any.
    package var description: String?
    package var acceptors: [Acceptor]
}
