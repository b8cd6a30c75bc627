import AWSIdentity
import AWSRuntime
import Foundation
import Testing
import TestSupport

/// IAM Identity Center against a fake portal and OIDC service on loopback (`FakeAWSServer`, which answers from
/// a script and logs what it got).
@Suite(.serialized)
struct SSOFakeServerTests {
    static let settings = SSOSettings(
        profile: "dev", sessionName: "my-sso", startURL: "https://d-123example.awsapps.com/start", region: "eu-west-1",
        accountId: "111122223333", roleName: "ReadOnly")
    static let tokenFile = ".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json"
    static let expirationMilliseconds: Int64 = 1_900_000_000_000

    static let roleCredentials = FakeAWSServer.respond(200, headers: ["Content-Type": "application/json"], body: """
        {"roleCredentials": {"accessKeyId": "ASIASSOEXAMPLE", "secretAccessKey": "sso-secret-key", \
        "sessionToken": "sso-session-token", "expiration": \(expirationMilliseconds)}}
        """)

    /// The provider of `settings`, reaching `server` through `AWS_ENDPOINT_URL`, or through `AWS_ENDPOINT_URL_SSO` and
    /// `AWS_ENDPOINT_URL_SSO_OIDC` when `serviceVariables` (with `AWS_ENDPOINT_URL` then a port nothing listens on).
    private func provider(
        _ home: IdentityTestHome, server: FakeAWSServer, serviceVariables: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() }
    ) -> SSOProvider {
        let endpoints = serviceVariables
            ? ["AWS_ENDPOINT_URL": "http://127.0.0.1:9", "AWS_ENDPOINT_URL_SSO": server.url, "AWS_ENDPOINT_URL_SSO_OIDC": server.url]
            : ["AWS_ENDPOINT_URL": server.url]
        let environment = home.environment(endpoints)
        return SSOProvider(
            settings: Self.settings, cache: SSOTokenCache(environment: environment), environment: environment,
            transport: AWSDefaultTransport.shared, now: now)
    }

    @Test func roleCredentialsWithACachedToken() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let server = try await FakeAWSServer.start(service: "sso")
        defer { server.stop() }
        try home.write(Self.tokenFile, #"{"accessToken": "cached-access-token", "expiresAt": "\#(SSOTokenTestDates.inOneHour)"}"#)
        try await server.script([Self.roleCredentials])

        let credentials = try await provider(home, server: server).credentials()
        #expect(credentials.accessKeyId == "ASIASSOEXAMPLE")
        #expect(credentials.secretAccessKey == "sso-secret-key")
        #expect(credentials.sessionToken == "sso-session-token")
        #expect(credentials.accountId == "111122223333")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_900_000_000))

        let received = try await server.received()
        try #require(received.count == 1)
        #expect(received[0].method == "GET")
        #expect(received[0].path.hasPrefix("/federation/credentials?"))
        #expect(received[0].path.contains("account_id=111122223333") && received[0].path.contains("role_name=ReadOnly"))
        #expect(received[0].headers["x-amz-sso_bearer_token"] == "cached-access-token")
        #expect(received[0].headers["authorization"] == nil, "portal calls are unsigned")
    }

    @Test(arguments: [false, true])
    func nearExpiryTokenIsRefreshedAndWrittenBack(serviceVariables: Bool) async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let server = try await FakeAWSServer.start(service: "sso")
        defer { server.stop() }
        try home.write(Self.tokenFile, """
            {"startUrl": "https://d-123example.awsapps.com/start", "region": "eu-west-1", "accessToken": "stale-access-token", \
            "expiresAt": "\(SSOTokenTestDates.inFiveMinutes)", "refreshToken": "refresh-1", "clientId": "client-1", \
            "clientSecret": "client-secret-1", "registrationExpiresAt": "\(SSOTokenTestDates.inOneHour)", "scopes": ["sso:account:access"]}
            """)
        try await server.script([
            FakeAWSServer.respond(200, headers: ["Content-Type": "application/json"], body: """
                {"accessToken": "fresh-access-token", "expiresIn": 28800, "refreshToken": "refresh-2", "tokenType": "Bearer"}
                """),
            Self.roleCredentials,
        ])

        let credentials = try await provider(home, server: server, serviceVariables: serviceVariables).credentials()
        #expect(credentials.accessKeyId == "ASIASSOEXAMPLE")

        let received = try await server.received()
        try #require(received.count == 2)
        #expect(received[0].method == "POST" && received[0].path == "/token")
        let createToken = try JSONValue.parse(received[0].body)
        #expect(createToken["grantType"]?.stringValue == "refresh_token")
        #expect(createToken["refreshToken"]?.stringValue == "refresh-1")
        #expect(createToken["clientId"]?.stringValue == "client-1")
        #expect(createToken["clientSecret"]?.stringValue == "client-secret-1")
        #expect(received[1].headers["x-amz-sso_bearer_token"] == "fresh-access-token")

        let rewritten = try JSONValue.parse(try home.read(Self.tokenFile))
        #expect(rewritten["accessToken"]?.stringValue == "fresh-access-token")
        #expect(rewritten["refreshToken"]?.stringValue == "refresh-2")
        #expect(rewritten["clientSecret"]?.stringValue == "client-secret-1")
        #expect(rewritten["scopes"]?.arrayValue?.first?.stringValue == "sso:account:access", "members it does not model are kept")
        let expiresAt = try #require(rewritten["expiresAt"]?.stringValue.flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(expiresAt.timeIntervalSinceNow > 28_000)
        let attributes = try FileManager.default.attributesOfItem(atPath: home.path + "/" + Self.tokenFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func failedRefreshOfAnExpiredTokenSaysWhy() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let server = try await FakeAWSServer.start(service: "sso")
        defer { server.stop() }
        try home.write(Self.tokenFile, """
            {"accessToken": "stale", "expiresAt": "2020-01-01T00:00:00Z", "refreshToken": "refresh-1", "clientId": "client-1", \
            "clientSecret": "client-secret-1", "registrationExpiresAt": "\(SSOTokenTestDates.inOneHour)"}
            """)
        try await server.script([
            FakeAWSServer.respond(400, headers: ["Content-Type": "application/json"], body: #"{"error": "invalid_grant", "error_description": "expired"}"#)
        ])
        do {
            _ = try await provider(home, server: server).credentials()
            Issue.record("expected an error")
        } catch let error as AWSIdentityError {
            guard case .ssoTokenExpired(_, _, let reason) = error else { throw error }
            #expect(reason.hasPrefix("refreshing it failed"))
        }
        #expect(try home.read(Self.tokenFile).contains("\"stale\""), "a failed refresh leaves the cache alone")
    }
}

/// Token expiry times relative to now, in the CLI's form.
enum SSOTokenTestDates {
    static var inOneHour: String { ISO8601DateFormatter().string(from: Date().addingTimeInterval(3600)) }
    static var inFiveMinutes: String { ISO8601DateFormatter().string(from: Date().addingTimeInterval(300)) }
}
