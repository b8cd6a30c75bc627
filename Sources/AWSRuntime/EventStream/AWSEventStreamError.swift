/// An event stream body that breaks the event stream format, or an `error` message from the service.
public struct AWSEventStreamError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong; for an `error` message, its code and message.
    public var reason: String

    /// Creates the error.
    public init(_ reason: String) {
        self.reason = reason
    }

    /// `event stream: reason`.
    public var description: String { "event stream: \(reason)" }
}
