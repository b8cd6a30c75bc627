import AWSIdentity
import AWSRuntime
import Foundation
import Testing

/// Without an endpoint URL, the identity calls go to the regional endpoints of the generated clients' rules.
struct IdentityEndpointTests {
    static let source = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDSOURCE", secretAccessKey: "source-secret"))

    /// The host of the one request `call` sends through a transport that answers none.
    private func host(_ call: (any AWSTransport) async throws -> Void) async throws -> String? {
        let transport = RecordingTransport(UnreachableTransport())
        await #expect(throws: (any Error).self) { try await call(transport) }
        return transport.requests.first?.host
    }

    @Test func stsIsRegional() async throws {
        let environment = ["HOME": "/nonexistent"]
        let assumeRole = try await host { transport in
            _ = try await AssumeRoleProvider(
                settings: .init(profile: "dev", roleArn: "arn:aws:iam::123456789012:role/r"), source: Self.source,
                region: "eu-west-2", environment: environment, transport: transport
            ).credentials()
        }
        #expect(assumeRole == "sts.eu-west-2.amazonaws.com")

        let home = try IdentityTestHome()
        defer { home.remove() }
        let tokenFile = try home.write("token", "web-identity-token")
        let webIdentity = try await host { transport in
            _ = try await WebIdentityProvider(
                settings: .init(source: "the environment", roleArn: "arn:aws:iam::123456789012:role/r", tokenFile: tokenFile),
                region: "ap-southeast-2", environment: environment, transport: transport
            ).credentials()
        }
        #expect(webIdentity == "sts.ap-southeast-2.amazonaws.com")
    }

    @Test func ssoCallsGoToTheSSORegion() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let settings = SSOSettings(
            profile: "dev", sessionName: "s", startURL: "https://x.awsapps.com/start", region: "eu-central-1",
            accountId: "111122223333", roleName: "R")
        let file = ".aws/sso/cache/" + SSOTokenCache.fileName(sessionName: "s", startURL: settings.startURL)
        func provider(_ transport: any AWSTransport) -> SSOProvider {
            SSOProvider(settings: settings, cache: SSOTokenCache(environment: home.environment()), environment: home.environment(), transport: transport)
        }
        try home.write(file, #"{"accessToken": "a", "expiresAt": "\#(SSOTokenTestDates.inOneHour)"}"#)
        let portal = try await host { _ = try await provider($0).credentials() }
        #expect(portal == "portal.sso.eu-central-1.amazonaws.com")

        try home.write(file, #"{"accessToken": "a", "expiresAt": "\#(SSOTokenTestDates.inFiveMinutes)", "refreshToken": "r", "clientId": "c", "clientSecret": "s"}"#)
        let oidc = try await host { _ = try await provider($0).credentials() }
        #expect(oidc == "oidc.eu-central-1.amazonaws.com")
    }
}
