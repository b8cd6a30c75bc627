import AWSIdentity
import AWSRuntime
import Foundation
import Testing

/// The AWS CLI's token cache names and the errors of tokens that cannot be used, without a network.
struct SSOTokenCacheTests {
    static let startURL = "https://d-123example.awsapps.com/start"
    static let session = SSOSettings(
        profile: "dev", sessionName: "my-sso", startURL: startURL, region: "eu-west-1", accountId: "111122223333", roleName: "ReadOnly")
    static var legacy: SSOSettings {
        var settings = session
        settings.sessionName = nil
        return settings
    }

    /// The names botocore's `SSOTokenLoader._generate_cache_key` gives (`hashlib.sha1(name).hexdigest()`), as
    /// printed by `python3 -c "from botocore.utils import SSOTokenLoader; ..."`.
    @Test func fileNamesMatchTheAWSCLI() {
        #expect(SSOTokenCache.fileName(sessionName: "my-sso", startURL: Self.startURL) == "0ad374308c5a4e22f723adf10145eafad7c4031c.json")
        #expect(SSOTokenCache.fileName(sessionName: nil, startURL: Self.startURL) == "26bdfe2017691f310c24ca75f610fa8c5f1e4e7b.json")
        let cache = SSOTokenCache(environment: ["HOME": "/home/me"])
        #expect(cache.path(sessionName: "my-sso", startURL: Self.startURL) == "/home/me/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json")
    }

    private func credentials(_ settings: SSOSettings, token: String?, home: IdentityTestHome) async throws -> AWSCredentials {
        let cache = SSOTokenCache(environment: home.environment())
        if let token {
            try home.write(".aws/sso/cache/" + SSOTokenCache.fileName(sessionName: settings.sessionName, startURL: settings.startURL), token)
        }
        let provider = SSOProvider(settings: settings, cache: cache, environment: home.environment(), transport: UnreachableTransport())
        return try await provider.credentials()
    }

    @Test func expiredTokenWithoutRefreshTokenIsAClearError() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let path = home.path + "/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json"
        await #expect(throws: AWSIdentityError.ssoTokenExpired(name: "sso-session \"my-sso\"", path: path, reason: "it holds no refresh token")) {
            try await credentials(Self.session, token: #"{"accessToken": "old-token", "expiresAt": "2020-01-01T00:00:00Z"}"#, home: home)
        }
        let description = AWSIdentityError.ssoTokenExpired(name: "sso-session \"my-sso\"", path: path, reason: "it holds no refresh token").description
        #expect(description.contains("aws sso login") && description.contains(path))
    }

    @Test func expiredLegacyTokenCannotBeRefreshed() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let token = #"{"accessToken": "old", "expiresAt": "2020-01-01T00:00:00UTC", "refreshToken": "r", "clientId": "c", "clientSecret": "s"}"#
        let path = home.path + "/.aws/sso/cache/26bdfe2017691f310c24ca75f610fa8c5f1e4e7b.json"
        await #expect(throws: AWSIdentityError.ssoTokenExpired(
            name: "start URL \(Self.startURL)", path: path, reason: "the legacy sso_start_url form cannot be refreshed (an sso_session can)")) {
            try await credentials(Self.legacy, token: token, home: home)
        }
    }

    @Test func expiredRegistrationIsNotRefreshed() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let token = #"{"accessToken": "old", "expiresAt": "2020-01-01T00:00:00Z", "refreshToken": "r", "clientId": "c", "clientSecret": "s", "registrationExpiresAt": "2020-01-01T00:00:00.000Z"}"#
        let path = home.path + "/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json"
        await #expect(throws: AWSIdentityError.ssoTokenExpired(name: "sso-session \"my-sso\"", path: path, reason: "its client registration has expired")) {
            try await credentials(Self.session, token: token, home: home)
        }
    }

    @Test func missingAndMalformedTokens() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let path = home.path + "/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json"
        await #expect(throws: AWSIdentityError.ssoTokenMissing(name: "sso-session \"my-sso\"", path: path)) {
            try await credentials(Self.session, token: nil, home: home)
        }
        await #expect(throws: AWSIdentityError.ssoTokenInvalid(path: path, reason: "not a JSON object")) {
            try await credentials(Self.session, token: "[1", home: home)
        }
        await #expect(throws: AWSIdentityError.ssoTokenInvalid(path: path, reason: "no expiresAt in ISO 8601 form")) {
            try await credentials(Self.session, token: #"{"accessToken": "a", "expiresAt": "tomorrow"}"#, home: home)
        }
    }
}
