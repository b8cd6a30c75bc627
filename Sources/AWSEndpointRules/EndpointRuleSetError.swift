/// Why an endpoint rule set document could not be loaded.
///
/// `description` reads like `$.rules[0].conditions[1].fn: unknown function 'foo'`.
public struct EndpointRuleSetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the document the problem is, as a JSON path such as `$.rules[2].endpoint.url`.
    public let path: String
    /// What is wrong.
    public let message: String

    /// Creates an error at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String {
        "\(path): \(message)"
    }
}
