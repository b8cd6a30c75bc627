import AWSJSON

/// The endpoint an endpoint rule set resolved to.
public struct ResolvedEndpoint: Sendable, Equatable {
    /// The endpoint URL, such as `https://docdb-elastic.us-east-1.amazonaws.com`.
    public var url: String
    /// Headers to add to the request, by name; a header may have several values.
    public var headers: [String: [String]]
    /// Extra properties of the endpoint, such as `authSchemes`.
    public var properties: [String: JSONValue]

    /// Creates a resolved endpoint.
    public init(url: String, headers: [String: [String]] = [:], properties: [String: JSONValue] = [:]) {
        self.url = url
        self.headers = headers
        self.properties = properties
    }
}
