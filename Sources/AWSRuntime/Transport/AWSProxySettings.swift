import Foundation

/// The HTTP proxies of the environment, as botocore (through `requests`/`urllib`) reads them: `HTTP_PROXY` for
/// `http://` URLs, `HTTPS_PROXY` for `https://` URLs (the lowercase names win over the capitals), and `NO_PROXY`,
/// the hosts that are reached directly.
///
/// A proxy is an `http://[user:password@]host[:port]` URL (no scheme means `http://`; the port defaults to 80); an
/// `https://` URL to the proxy is requested through it with `CONNECT`. `NO_PROXY` is a comma-separated list of
/// `*` (no proxy at all), host names (which match themselves and their subdomains; a leading `.` or `*.` is
/// ignored), either with `:port` to match that port only, and IPv4 addresses or CIDR blocks (`10.0.0.0/8`).
public struct AWSProxySettings: Sendable, Equatable {
    /// One proxy server.
    public struct Proxy: Sendable, Hashable, CustomStringConvertible {
        /// The proxy's host name or address.
        public var host: String
        /// The proxy's port.
        public var port: Int
        /// The user name and password of the proxy's basic authentication, if the URL had them.
        public var credentials: (user: String, password: String)? {
            user.map { ($0, password ?? "") }
        }
        private var user: String?
        private var password: String?

        /// A proxy at `host:port`, with basic authentication when `user` is given.
        public init(host: String, port: Int, user: String? = nil, password: String? = nil) {
            self.host = host
            self.port = port
            self.user = user
            self.password = password
        }

        /// `host:port`, with the user but never the password.
        public var description: String { (user.map { $0 + ":…@" } ?? "") + "\(host):\(port)" }
    }

    /// The proxy of `http://` URLs.
    public var http: Proxy?
    /// The proxy of `https://` URLs.
    public var https: Proxy?
    /// The `NO_PROXY` entries, as given.
    public var noProxy: [String]

    /// No proxy.
    public static let none = AWSProxySettings(http: nil, https: nil, noProxy: [])

    /// Settings from values.
    public init(http: Proxy? = nil, https: Proxy? = nil, noProxy: [String] = []) {
        self.http = http
        self.https = https
        self.noProxy = noProxy
    }

    /// Reads `environment` (the process's by default); throws `AWSConfigurationError` naming the variable when a
    /// proxy URL is malformed.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        func value(_ name: String) -> (String, name: String)? {
            let lower = name.lowercased()
            if let value = environment.nonEmptyValue(lower) { return (value, lower) }
            return environment.nonEmptyValue(name).map { ($0, name) }
        }
        http = try value("HTTP_PROXY").map { try Self.proxy($0.0, variable: $0.name) }
        https = try value("HTTPS_PROXY").map { try Self.proxy($0.0, variable: $0.name) }
        noProxy = (value("NO_PROXY")?.0 ?? "")
            .split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
    }

    /// Whether there is no proxy at all.
    public var isEmpty: Bool { http == nil && https == nil }

    /// The proxy for a request to `host` on `port` over `scheme` (`http` or `https`); nil to connect directly.
    public func proxy(scheme: String, host: String, port: Int?) -> Proxy? {
        let chosen = scheme.lowercased() == "https" ? https : http
        guard let chosen else { return nil }
        let effectivePort = port ?? (scheme.lowercased() == "https" ? 443 : 80)
        return bypasses(host: host, port: effectivePort) ? nil : chosen
    }

    /// Whether `NO_PROXY` says to reach `host:port` directly.
    public func bypasses(host: String, port: Int) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return noProxy.contains { raw in
            var entry = raw.lowercased()
            if entry == "*" { return true }
            if entry.hasPrefix("*.") { entry.removeFirst(2) } else if entry.hasPrefix(".") { entry.removeFirst() }
            if let colon = entry.lastIndex(of: ":"), !entry.contains("]"), entry.firstIndex(of: ":") == colon {
                guard Int(entry[entry.index(after: colon)...]) == port else { return false }
                entry = String(entry[..<colon])
            }
            if entry.contains("/") { return Self.address(host, isIn: entry) }
            return host == entry || host.hasSuffix("." + entry)
        }
    }

    /// Whether the IPv4 address `host` is in the CIDR block `block` (`10.0.0.0/8`).
    private static func address(_ host: String, isIn block: String) -> Bool {
        let parts = block.split(separator: "/")
        guard parts.count == 2, let bits = Int(parts[1]), (0...32).contains(bits),
            let network = ipv4(String(parts[0])), let address = ipv4(host)
        else { return false }
        let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << (32 - bits)
        return network & mask == address & mask
    }

    /// The IPv4 address in `text`, or nil.
    private static func ipv4(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard let byte = UInt8(octet) else { return nil }
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    /// The proxy of a URL in `variable`.
    private static func proxy(_ text: String, variable: String) throws -> Proxy {
        let url = text.contains("://") ? text : "http://" + text
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw AWSConfigurationError("the environment variable \(variable) is not a proxy URL: '\(redacted(text))'")
        }
        guard components.scheme?.lowercased() == "http" else {
            throw AWSConfigurationError(
                "the environment variable \(variable) must be an http:// proxy URL, not '\(redacted(text))'")
        }
        guard components.path.isEmpty || components.path == "/" else {
            throw AWSConfigurationError("the environment variable \(variable) has a path; a proxy URL is http://host:port")
        }
        return Proxy(
            host: host, port: components.port ?? 80,
            user: components.percentEncodedUser?.removingPercentEncoding,
            password: components.percentEncodedPassword?.removingPercentEncoding)
    }

    /// `text` without a password, for messages.
    private static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@") else { return text }
        let start = text.range(of: "://")?.upperBound ?? text.startIndex
        return String(text[..<start]) + "…@" + text[text.index(after: at)...]
    }
}
