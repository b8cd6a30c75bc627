import AWSIdentity
import AWSRuntime
import Foundation
import Testing

/// The STS, SSO and SSO-OIDC requests the providers send are botocore's (`Resources/oracle`), regional endpoints
/// included.
struct BotocoreOracleTests {
    /// A botocore request, from `Resources/oracle/<name>.json`.
    private struct OracleRequest {
        let method: String
        let url: String
        let headers: [String: String]
        let body: String

        init(_ name: String) throws {
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Resources/oracle/\(name).json")
            let document = try JSONValue.parse(try String(contentsOf: path, encoding: .utf8))
            method = document["method"]?.stringValue ?? ""
            url = document["url"]?.stringValue ?? ""
            headers = (document["headers"]?.objectValue ?? [:]).compactMapValues(\.stringValue)
            body = document["body"]?.stringValue ?? ""
        }
    }

    /// The first request `call` sends, through a transport that answers none.
    private func firstRequest(_ call: (any AWSTransport) async throws -> Void) async throws -> AWSHTTPRequest {
        let transport = RecordingTransport(UnreachableTransport())
        await #expect(throws: (any Error).self) { try await call(transport) }
        return try #require(transport.requests.first)
    }

    /// Compares method, URL, the headers botocore sets but Content-Length, and the body: query bodies as their
    /// sorted pairs, JSON bodies as values.
    private func expectMatches(_ request: AWSHTTPRequest, _ oracleName: String) throws {
        let oracle = try OracleRequest(oracleName)
        #expect(request.method == oracle.method)
        #expect(request.url == oracle.url)
        for (name, value) in oracle.headers where name != "Content-Length" {
            #expect(request.headers[name] == value, "header \(name)")
        }
        let body = String(decoding: request.body, as: UTF8.self)
        if oracle.headers["Content-Type"] == "application/json" {
            #expect(try JSONValue.parse(body) == JSONValue.parse(oracle.body))
        } else {
            #expect(body.split(separator: "&").sorted() == oracle.body.split(separator: "&").sorted())
        }
    }

    @Test func assumeRole() async throws {
        let source = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDSOURCE", secretAccessKey: "source-secret"))
        let request = try await firstRequest { transport in
            _ = try await AssumeRoleProvider(
                settings: .init(
                    profile: "dev", roleArn: "arn:aws:iam::123456789012:role/dev", roleSessionName: "identity-tests",
                    externalId: "ext-123", durationSeconds: 1800),
                source: source, region: "eu-west-2", environment: [:], transport: transport
            ).credentials()
        }
        try expectMatches(request, "sts-AssumeRole")
        #expect(request.headers["Authorization"]?.contains("Credential=AKIDSOURCE/") == true)
    }

    @Test func assumeRoleWithWebIdentity() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let tokenFile = try home.write("token", "web-identity-token\n")
        let request = try await firstRequest { transport in
            _ = try await WebIdentityProvider(
                settings: .init(source: "the environment", roleArn: "arn:aws:iam::123456789012:role/web", tokenFile: tokenFile, roleSessionName: "pod-1"),
                region: "eu-west-2", environment: [:], transport: transport
            ).credentials()
        }
        try expectMatches(request, "sts-AssumeRoleWithWebIdentity")
        #expect(request.headers["Authorization"] == nil)
    }

    @Test func createTokenThenGetRoleCredentials() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let settings = SSOSettings(
            profile: "dev", sessionName: "s", startURL: "https://x.awsapps.com/start", region: "eu-central-1",
            accountId: "111122223333", roleName: "ReadOnly")
        let file = ".aws/sso/cache/" + SSOTokenCache.fileName(sessionName: "s", startURL: settings.startURL)
        let transport = RecordingTransport(UnreachableTransport())
        let provider = SSOProvider(
            settings: settings, cache: SSOTokenCache(environment: home.environment()), environment: [:], transport: transport)
        // Near expiry: the refresh fails (nothing answers), and the token, still valid, goes to the portal.
        try home.write(file, """
            {"accessToken": "access-token-1", "expiresAt": "\(SSOTokenTestDates.inFiveMinutes)", "refreshToken": "refresh-1", \
            "clientId": "client-1", "clientSecret": "client-secret-1"}
            """)
        await #expect(throws: (any Error).self) { try await provider.credentials() }
        let requests = transport.requests
        try #require(requests.count == 2)
        try expectMatches(requests[0], "sso-oidc-CreateToken")
        try expectMatches(requests[1], "sso-GetRoleCredentials")
        #expect(requests.allSatisfy { $0.headers["Authorization"] == nil })
    }
}
