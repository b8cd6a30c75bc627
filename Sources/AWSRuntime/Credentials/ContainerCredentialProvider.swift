import Foundation

/// Fetches credentials from the ECS task (or EKS Pod Identity) credentials endpoint.
///
/// The endpoint is `http://169.254.170.2` followed by `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, else
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI`. A full URI may use `https` with any host, but `http` only with a
/// loopback host (`localhost`, 127.0.0.0/8, `[::1]`) or the ECS and EKS addresses `169.254.170.2`,
/// `169.254.170.23` and `[fd00:ec2::23]`. The `Authorization` header is the content of
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`, read on every call, else `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
///
/// A request that fails in transport or with a 5xx status is tried once more. Errors name the URI and the
/// status or the missing member, never the token or the credentials.
public struct ContainerCredentialProvider: AWSCredentialProvider {
    /// The origin that `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is relative to.
    public static let relativeURIOrigin = "http://169.254.170.2"

    private static let allowedHTTPHosts: Set<String> = [
        "localhost", "[::1]", "169.254.170.2", "169.254.170.23", "[fd00:ec2::23]",
    ]

    private let environment: [String: String]
    private let transport: any AWSTransport
    private let timeout: Duration

    /// Creates a provider that reads `environment` (the process environment by default) and sends with
    /// `transport`, waiting at most `timeout` for each attempt.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, transport: any AWSTransport,
        timeout: Duration = .seconds(2)
    ) {
        self.environment = environment
        self.transport = transport
        self.timeout = timeout
    }

    /// `ECS container`.
    public var name: String { "ECS container" }

    /// The credentials the endpoint returns.
    public func credentials() async throws -> AWSCredentials {
        var headers = AWSHTTPHeaders()
        if let token = try authorizationToken() {
            headers.set("Authorization", token)
        }
        let request = try endpoint().request(method: "GET", headers: headers, timeout: timeout)
        let response = try await transport.sendToCredentialsEndpoint(request, attempts: 2)
        return try CredentialsDocument.credentials(from: response.successBody(for: request), uri: request.url)
    }

    /// The endpoint URL from the environment, checked against the allowed hosts.
    private func endpoint() throws -> CredentialsEndpointURL {
        if let relative = environment.nonEmptyValue("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            return try CredentialsEndpointURL(Self.relativeURIOrigin + (relative.hasPrefix("/") ? "" : "/") + relative)
        }
        guard let full = environment.nonEmptyValue("AWS_CONTAINER_CREDENTIALS_FULL_URI") else {
            throw AWSCredentialsError.containerURIMissing
        }
        let url = try CredentialsEndpointURL(full)
        guard url.scheme == "https" || Self.isAllowedHTTPHost(url.host.lowercased()) else {
            throw AWSCredentialsError.endpointNotAllowed(
                uri: full, reason: "http is allowed only for loopback hosts and the ECS and EKS addresses; use https")
        }
        return url
    }

    /// Whether `host` (lowercased) is one that may be reached over plain `http`.
    private static func isAllowedHTTPHost(_ host: String) -> Bool {
        if allowedHTTPHosts.contains(host) {
            return true
        }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127"
            && octets.allSatisfy { octet in
                (1...3).contains(octet.count) && octet.allSatisfy { ("0"..."9").contains($0) } && UInt8(octet) != nil
            }
    }

    /// The token from the file, else from the environment; nil when neither is set.
    private func authorizationToken() throws -> String? {
        let token: String, source: String
        if let path = environment.nonEmptyValue("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AWSCredentialsError.fileUnreadable(path: path)
            }
            token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            source = path
        } else if let value = environment.nonEmptyValue("AWS_CONTAINER_AUTHORIZATION_TOKEN") {
            token = value
            source = "AWS_CONTAINER_AUTHORIZATION_TOKEN"
        } else {
            return nil
        }
        guard !token.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw AWSCredentialsError.authorizationTokenInvalid(source: source)
        }
        return token
    }
}
