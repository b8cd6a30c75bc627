import AWSEndpointRules
import Foundation

/// Fetches the credentials of the IAM role attached to an EC2 instance from the instance metadata service,
/// with IMDSv2 session tokens only.
///
/// The service is `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else `http://[fd00:ec2::254]` when
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE` is `IPv6`, else `http://169.254.169.254`; setting
/// `AWS_EC2_METADATA_DISABLED` to `true` turns the provider off. It gets a session token with
/// `PUT /latest/api/token`, reads the role name from `GET /latest/meta-data/iam/security-credentials/` and
/// the role's credentials from `GET /latest/meta-data/iam/security-credentials/<role>`.
///
/// The token is kept until shortly before its lifetime ends; a 401 answer to a metadata request drops it and
/// tries once more with a new one. Each request waits at most `timeout` per attempt and is tried once more
/// after a transport error or a 5xx status.
public actor InstanceMetadataCredentialProvider: AWSCredentialProvider {
    /// The default service endpoint.
    public static let defaultEndpoint = "http://169.254.169.254"
    /// The service endpoint when `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE` is `IPv6`.
    public static let defaultIPv6Endpoint = "http://[fd00:ec2::254]"
    /// The lifetime requested for session tokens, in seconds.
    public static let tokenLifetime = 21600
    /// How long before the end of its lifetime a session token is replaced, in seconds.
    public static let tokenRefreshWindow: TimeInterval = 120

    private static let credentialsPath = "/latest/meta-data/iam/security-credentials/"

    /// `EC2 instance metadata`.
    public nonisolated let name = "EC2 instance metadata"

    private let environment: [String: String]
    private let transport: any AWSTransport
    private let timeout: Duration
    private let now: @Sendable () -> Date
    private var token: (value: String, expiration: Date)?

    /// Creates a provider that reads `environment` (the process environment by default), sends with
    /// `transport`, waits at most `timeout` for each attempt and tells token age by `now`.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, transport: any AWSTransport,
        timeout: Duration = .seconds(1), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.environment = environment
        self.transport = transport
        self.timeout = timeout
        self.now = now
    }

    /// The credentials of the instance's role.
    public func credentials() async throws -> AWSCredentials {
        if environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true" {
            throw AWSCredentialsError.instanceMetadataDisabled
        }
        let endpoint = try self.endpoint()
        let listURL = try CredentialsEndpointURL(endpoint + Self.credentialsPath)
        let roles = String(decoding: try await get(listURL), as: UTF8.self)
        guard let role = roles.split(whereSeparator: \.isNewline).first?.trimmingCharacters(in: .whitespaces),
            !role.isEmpty
        else {
            throw AWSCredentialsError.invalidEndpointResponse(uri: listURL.text, reason: "no IAM role is attached")
        }
        let roleURL = try CredentialsEndpointURL(endpoint + Self.credentialsPath + PercentEncoding.encode(role))
        return try CredentialsDocument.credentials(from: try await get(roleURL), uri: roleURL.text)
    }

    /// The endpoint from the environment, without a trailing `/`.
    private func endpoint() throws -> String {
        var endpoint = environment.nonEmptyValue("AWS_EC2_METADATA_SERVICE_ENDPOINT")
            ?? (environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]?.lowercased() == "ipv6"
                ? Self.defaultIPv6Endpoint : Self.defaultEndpoint)
        while endpoint.hasSuffix("/") {
            endpoint.removeLast()
        }
        return endpoint
    }

    /// The body of a successful `GET url`, with a new token once if the service answers 401.
    private func get(_ url: CredentialsEndpointURL) async throws -> [UInt8] {
        var request = try await metadataRequest(url)
        var response = try await transport.sendToCredentialsEndpoint(request, attempts: 2)
        if response.status == 401 {
            token = nil
            request = try await metadataRequest(url)
            response = try await transport.sendToCredentialsEndpoint(request, attempts: 2)
        }
        return try response.successBody(for: request)
    }

    /// A `GET url` that carries the session token.
    private func metadataRequest(_ url: CredentialsEndpointURL) async throws -> AWSHTTPRequest {
        let headers = AWSHTTPHeaders([("X-aws-ec2-metadata-token", try await sessionToken())])
        return url.request(method: "GET", headers: headers, timeout: timeout)
    }

    /// The cached session token while fresh, else a new one.
    private func sessionToken() async throws -> String {
        if let token, token.expiration.timeIntervalSince(now()) > Self.tokenRefreshWindow {
            return token.value
        }
        let url = try CredentialsEndpointURL(try endpoint() + "/latest/api/token")
        let headers = AWSHTTPHeaders([("X-aws-ec2-metadata-token-ttl-seconds", String(Self.tokenLifetime))])
        let request = url.request(method: "PUT", headers: headers, timeout: timeout)
        let requested = now()
        let response = try await transport.sendToCredentialsEndpoint(request, attempts: 2)
        let value = String(decoding: try response.successBody(for: request), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else {
            throw AWSCredentialsError.invalidEndpointResponse(uri: url.text, reason: "empty session token")
        }
        let lifetime = response.headers["X-aws-ec2-metadata-token-ttl-seconds"].flatMap(Int.init) ?? Self.tokenLifetime
        token = (value, requested + TimeInterval(lifetime))
        return value
    }
}
