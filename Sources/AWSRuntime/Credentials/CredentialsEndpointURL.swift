/// The URL of a credentials endpoint, split into the parts of an ``AWSHTTPRequest``.
///
/// Unlike ``AWSEndpoint`` it keeps the path as given, trailing `/` included, and the query.
struct CredentialsEndpointURL: Sendable, Equatable {
    /// The URL as given, for messages.
    let text: String
    /// `http` or `https`.
    let scheme: String
    /// The host, IPv6 addresses in brackets.
    let host: String
    /// The port, when given.
    let port: Int?
    /// The percent-encoded path; `/` when the URL has none.
    let path: String
    /// The percent-encoded query items.
    let query: [AWSHTTPRequest.QueryItem]

    /// Parses `text`, such as `http://169.254.170.2/v2/credentials?id=1`.
    init(_ text: String) throws {
        let endpoint: AWSEndpoint
        do {
            endpoint = try AWSEndpoint(url: text)
        } catch {
            let reason = (error as? AWSRequestError)?.reason ?? String(describing: error)
            throw AWSCredentialsError.endpointNotAllowed(uri: text, reason: reason)
        }
        self.text = text
        scheme = endpoint.scheme
        host = endpoint.host
        port = endpoint.port
        // AWSEndpoint has found the "://".
        let afterScheme = text[text.range(of: "://")!.upperBound...]
        let target = afterScheme.drop { $0 != "/" && $0 != "?" }.prefix { $0 != "#" }
        let pathPart = target.prefix { $0 != "?" }
        path = pathPart.isEmpty ? "/" : String(pathPart)
        query = target.dropFirst(pathPart.count + 1).split(separator: "&").map { item in
            let name = item.prefix { $0 != "=" }
            return AWSHTTPRequest.QueryItem(name: String(name), value: String(item.dropFirst(name.count + 1)))
        }
    }

    /// A request to this URL.
    func request(method: String, headers: AWSHTTPHeaders, timeout: Duration) -> AWSHTTPRequest {
        AWSHTTPRequest(
            method: method, scheme: scheme, host: host, port: port, path: path, query: query, headers: headers,
            timeout: timeout)
    }
}
