/// A parsed endpoint URL: scheme, host, port and base path.
public struct AWSEndpoint: Sendable, Equatable {
    /// `https` or `http`.
    public var scheme: String
    /// The host name.
    public var host: String
    /// The port, when given.
    public var port: Int?
    /// A path prefix without a trailing `/`, often empty.
    public var basePath: String

    /// Parses `url`, such as `https://docdb-elastic.us-east-1.amazonaws.com` or `http://127.0.0.1:8080/base`.
    public init(url: String) throws {
        guard let schemeEnd = url.range(of: "://") else {
            throw AWSConfigurationError("endpoint '\(url)' has no scheme")
        }
        scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw AWSConfigurationError("endpoint '\(url)' must use http or https")
        }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var path = String(rest[authorityEnd...].prefix { $0 != "?" })
        while path.hasSuffix("/") { path.removeLast() }
        basePath = path
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            guard let port = Int(authority[authority.index(after: colon)...]) else {
                throw AWSConfigurationError("endpoint '\(url)' has an invalid port")
            }
            self.port = port
            host = String(authority[..<colon])
        } else {
            host = String(authority)
        }
        guard !host.isEmpty else { throw AWSConfigurationError("endpoint '\(url)' has no host") }
    }
}
