/// Why an endpoint rule set resolved to no endpoint.
///
/// For an `error` rule, `message` is the rule's message text exactly, such as
/// `Invalid Configuration: Missing Region`.
public struct EndpointResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error text.
    public let message: String

    /// Creates an error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String {
        message
    }
}
