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
        // The parts are found by their ASCII delimiters in the UTF-8 view: Character-wise and Foundation searches
        // cost more than the rest of building a request whose endpoint is resolved anew.
        let bytes = url.utf8
        guard let schemeEnd = Self.firstIndex(ofSeparatorIn: bytes) else {
            throw AWSConfigurationError("endpoint '\(url)' has no scheme")
        }
        scheme = url[..<schemeEnd].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw AWSConfigurationError("endpoint '\(url)' must use http or https")
        }
        let rest = url[bytes.index(schemeEnd, offsetBy: 3)...]
        let authorityEnd = rest.utf8.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let afterAuthority = rest[authorityEnd...]
        var path = afterAuthority[..<(afterAuthority.utf8.firstIndex(of: UInt8(ascii: "?")) ?? afterAuthority.endIndex)]
        while path.utf8.last == UInt8(ascii: "/") { path = path.dropLast() }
        basePath = String(path)
        if let colon = authority.utf8.lastIndex(of: UInt8(ascii: ":")), authority.utf8.last != UInt8(ascii: "]") {
            guard let port = Int(authority[authority.utf8.index(after: colon)...]) else {
                throw AWSConfigurationError("endpoint '\(url)' has an invalid port")
            }
            self.port = port
            host = String(authority[..<colon])
        } else {
            host = String(authority)
        }
        guard !host.isEmpty else { throw AWSConfigurationError("endpoint '\(url)' has no host") }
    }

    /// Where the first `://` of `bytes` starts.
    private static func firstIndex(ofSeparatorIn bytes: String.UTF8View) -> String.Index? {
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
            let rest = bytes[bytes.index(after: colon)...]
            if rest.starts(with: "//".utf8) { return colon }
            index = rest.startIndex
        }
        return nil
    }
}
