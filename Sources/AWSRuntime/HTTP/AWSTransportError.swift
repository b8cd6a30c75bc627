/// A failure to exchange a request and a response with the server.
public struct AWSTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// No response within the attempt's timeout.
        case timeout
        /// The connection could not be made (refused, unreachable, DNS).
        case connectionFailed
        /// The connection closed before the whole response arrived.
        case connectionClosed
        /// Anything else the transport reports.
        case other
    }

    /// What went wrong.
    public var kind: Kind
    /// A description of the cause, from the transport.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// Whether a new attempt may succeed: all kinds but `.other`.
    public var isTransient: Bool { kind != .other }

    /// `transport error (timeout): message`.
    public var description: String { "transport error (\(kind)): \(message)" }
}
