import AWSJSON

extension EndpointFunctions {
    /// `parseURL`: the parts of an `http` or `https` URL as a record with `scheme`, `authority`,
    /// `path`, `normalizedPath` (the path ending in `/`) and `isIp` (whether the host is an IPv4
    /// address or a bracketed IPv6 address).
    ///
    /// `nil` for other schemes, a missing host, an invalid port, or a URL with a query or fragment.
    static func parseURL(_ value: String) -> JSONValue? {
        guard let separator = value.firstRange(of: "://") else { return nil }
        let scheme = value[..<separator.lowerBound]
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = value[separator.upperBound...]
        guard !rest.contains(where: { $0 == "?" || $0 == "#" || $0.isWhitespace }) else { return nil }
        let authority = rest.prefix { $0 != "/" }
        let path = rest[authority.endIndex...]
        guard let isIp = hostIsIP(authority: authority) else { return nil }
        return .object([
            "scheme": .string(String(scheme)),
            "authority": .string(String(authority)),
            "path": .string(String(path)),
            "normalizedPath": .string(path.hasSuffix("/") ? String(path) : path + "/"),
            "isIp": .bool(isIp),
        ])
    }

    /// Whether the host of `authority` (`host`, `host:port`, `[v6]` or `[v6]:port`) is an IP
    /// address; `nil` when the authority is malformed.
    private static func hostIsIP(authority: Substring) -> Bool? {
        let host: Substring
        let port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { return nil }
            port = after.isEmpty ? nil : after.dropFirst()
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        } else {
            host = authority
            port = nil
        }
        guard !host.isEmpty, !host.contains("@") else { return nil }
        if let port {
            guard !port.isEmpty, port.allSatisfy(\.isASCII), UInt16(port) != nil else { return nil }
        }
        return host.hasPrefix("[") || isIPv4Shaped(host)
    }
}
