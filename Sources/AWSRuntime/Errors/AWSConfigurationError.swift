/// A client configuration that cannot work: no region, a bad endpoint, no endpoint for the settings.
public struct AWSConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
