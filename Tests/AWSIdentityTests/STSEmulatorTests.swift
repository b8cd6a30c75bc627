import AWSIdentity
import AWSRuntime
import Foundation
import STS
import Testing
import TestSupport

/// Role profiles and web identity against moto's STS on loopback, reached through `AWS_ENDPOINT_URL_STS`.
@Suite(.serialized)
struct STSEmulatorTests {
    static let roleArn = "arn:aws:iam::123456789012:role/identity-test"
    static let otherRoleArn = "arn:aws:iam::210987654321:role/identity-hop"

    /// The environment of a home with `config` and `credentials`, with moto as the STS endpoint.
    private func environment(_ home: IdentityTestHome, _ extra: [String: String] = [:]) async throws -> [String: String] {
        let server = try await MotoServer.shared.value
        return home.environment(["AWS_ENDPOINT_URL_STS": server.url, "AWS_REGION": "us-east-1"].merging(extra) { _, new in new })
    }

    /// Checks credentials are a session of moto's (`ASIA…` keys with a token and an expiration) in `account`.
    private func expectAssumed(_ credentials: AWSCredentials, account: String) {
        #expect(credentials.accessKeyId.hasPrefix("ASIA"))
        #expect(!credentials.secretAccessKey.isEmpty)
        #expect(credentials.sessionToken?.isEmpty == false)
        #expect((credentials.expiration?.timeIntervalSinceNow ?? 0) > 600)
        #expect(credentials.accountId == account)
    }

    @Test func roleProfileWithSourceProfile() async throws {
        let home = try IdentityTestHome(
            config: """
                [profile dev]
                role_arn = \(Self.roleArn)
                source_profile = base
                role_session_name = identity-tests
                external_id = ext-123
                duration_seconds = 1800
                """,
            credentials: "[base]\naws_access_key_id = AKIDBASEEXAMPLE\naws_secret_access_key = base-secret-key\n")
        defer { home.remove() }
        let transport = RecordingTransport(AWSDefaultTransport.shared)
        let chain = AWSIdentity.chain(profile: "dev", environment: try await environment(home), transport: transport)
        expectAssumed(try await chain.credentials(), account: "123456789012")

        try #require(transport.requests.count == 1)
        let body = transport.bodies[0]
        #expect(body.contains("Action=AssumeRole&"))
        #expect(body.contains("RoleSessionName=identity-tests"))
        #expect(body.contains("ExternalId=ext-123"))
        #expect(body.contains("DurationSeconds=1800"))
        let authorization = transport.requests[0].headers["Authorization"] ?? ""
        #expect(authorization.contains("Credential=AKIDBASEEXAMPLE/"), "signed with the source profile's keys")
    }

    @Test func roleChainOfTwoHops() async throws {
        let home = try IdentityTestHome(
            config: """
                [profile second]
                role_arn = \(Self.otherRoleArn)
                source_profile = first
                [profile first]
                role_arn = \(Self.roleArn)
                source_profile = base
                [profile base]
                aws_access_key_id = AKIDBASEEXAMPLE
                aws_secret_access_key = base-secret-key
                """)
        defer { home.remove() }
        let transport = RecordingTransport(AWSDefaultTransport.shared)
        let credentials = try await AWSIdentity.chain(profile: "second", environment: try await environment(home), transport: transport).credentials()
        expectAssumed(credentials, account: "210987654321")

        let requests = transport.requests
        try #require(requests.count == 2)
        #expect(transport.bodies[0].contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fidentity-test"))
        #expect(transport.bodies[1].contains("RoleArn=arn%3Aaws%3Aiam%3A%3A210987654321%3Arole%2Fidentity-hop"))
        let authorizations = requests.map { $0.headers["Authorization"] ?? "" }
        #expect(authorizations[0].contains("Credential=AKIDBASEEXAMPLE/"))
        #expect(authorizations[1].contains("Credential=ASIA"), "the second hop signs with the first hop's session")
    }

    @Test func credentialSourceEnvironment() async throws {
        let home = try IdentityTestHome(config: "[profile dev]\nrole_arn = \(Self.roleArn)\ncredential_source = Environment\n")
        defer { home.remove() }
        let environment = try await environment(
            home, ["AWS_ACCESS_KEY_ID": "AKIDENVEXAMPLE", "AWS_SECRET_ACCESS_KEY": "env-secret-key"])
        let transport = RecordingTransport(AWSDefaultTransport.shared)
        // The chain would take the environment's keys themselves first; the profile's provider assumes the role with them.
        let provider = ProfileIdentityProvider(profile: "dev", environment: environment, transport: transport)
        expectAssumed(try await provider.credentials(), account: "123456789012")
        let authorization = transport.requests.first?.headers["Authorization"] ?? ""
        #expect(authorization.contains("Credential=AKIDENVEXAMPLE/"))
    }

    /// `credential_source = EcsContainer` and `Ec2InstanceMetadata`, with the container and metadata endpoints of
    /// `FakeAWSServer` (which hands out `AKIDECS` and `AKIDIMDS` keys) signing the `AssumeRole` sent to moto.
    @Test(arguments: [("EcsContainer", "AKIDECS"), ("Ec2InstanceMetadata", "AKIDIMDS")])
    func credentialSourceEndpoints(source: String, sourceKey: String) async throws {
        let home = try IdentityTestHome(config: "[profile dev]\nrole_arn = \(Self.roleArn)\ncredential_source = \(source)\n")
        defer { home.remove() }
        let server = try await FakeAWSServer.start()
        defer { server.stop() }
        let environment = try await environment(home, [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url + "/ecs/credentials", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ecs-token",
            "AWS_EC2_METADATA_SERVICE_ENDPOINT": server.url, "AWS_EC2_METADATA_DISABLED": "false",
        ])
        let transport = RecordingTransport(AWSDefaultTransport.shared)
        let credentials = try await AWSIdentity.chain(profile: "dev", environment: environment, transport: transport).credentials()
        expectAssumed(credentials, account: "123456789012")
        let assumeRole = try #require(transport.requests.last)
        #expect(String(decoding: assumeRole.body, as: UTF8.self).contains("Action=AssumeRole&"))
        let authorization = assumeRole.headers["Authorization"] ?? ""
        #expect(authorization.contains("Credential=\(sourceKey)/"))
    }

    @Test func webIdentityFromTheEnvironmentRereadsTheTokenOnRefresh() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let tokenPath = try home.write("irsa-token", "first-web-identity-token\n")
        let environment = try await environment(
            home, ["AWS_ROLE_ARN": Self.roleArn, "AWS_WEB_IDENTITY_TOKEN_FILE": tokenPath, "AWS_ROLE_SESSION_NAME": "pod-1"])
        let transport = RecordingTransport(AWSDefaultTransport.shared)
        let clock = TestClock()
        let cached = CachedCredentialProvider(
            AWSIdentity.chain(environment: environment, transport: transport), now: { clock.now })

        let first = try await cached.credentials()
        expectAssumed(first, account: "123456789012")
        _ = try await cached.credentials()
        #expect(transport.requests.count == 1, "fresh credentials come from the cache")

        try home.write("irsa-token", "second-web-identity-token")
        clock.advance(by: 24 * 3600)
        let second = try await cached.credentials()
        expectAssumed(second, account: "123456789012")

        let bodies = transport.bodies
        try #require(bodies.count == 2)
        #expect(bodies[0].contains("Action=AssumeRoleWithWebIdentity&"))
        #expect(bodies[0].contains("WebIdentityToken=first-web-identity-token"))
        #expect(bodies[1].contains("WebIdentityToken=second-web-identity-token"))
        #expect(bodies[0].contains("RoleSessionName=pod-1"))
        #expect(transport.requests[0].headers["Authorization"] == nil, "AssumeRoleWithWebIdentity is unsigned")
    }

    @Test func webIdentityFromAProfile() async throws {
        let home = try IdentityTestHome()
        defer { home.remove() }
        let tokenPath = try home.write("profile-token", "profile-web-identity-token")
        try home.write(".aws/config", "[profile web]\nrole_arn = \(Self.roleArn)\nweb_identity_token_file = \(tokenPath)\n")
        let transport = RecordingTransport(AWSDefaultTransport.shared)
        let credentials = try await AWSIdentity.chain(profile: "web", environment: try await environment(home), transport: transport).credentials()
        expectAssumed(credentials, account: "123456789012")
        #expect(transport.bodies.first?.contains("WebIdentityToken=profile-web-identity-token") == true)
    }

    /// `AWSIdentity.factory` (what `AWSIdentity.bootstrap()` installs), put in effect for this task only: no test
    /// installs a factory for the whole process, which every suite shares.
    @Test func theFactoryMakesItEveryClientsDefault() async throws {
        let home = try IdentityTestHome(
            config: "[profile dev]\nrole_arn = \(Self.roleArn)\nsource_profile = base\n",
            credentials: "[base]\naws_access_key_id = AKIDBASEEXAMPLE\naws_secret_access_key = base-secret-key\n")
        defer { home.remove() }
        let environment = try await environment(home)
        // Without AWSIdentity, AWSRuntime's own chain says what the profile needs.
        do {
            _ = try await CredentialProviderChain.local(profile: "dev", environment: environment, transport: UnreachableTransport()).credentials()
            Issue.record("expected an error")
        } catch let error as AWSCredentialsError {
            #expect(String(describing: error).contains("profile \"dev\" sets role_arn, which needs the AWSIdentity library"))
            #expect(String(describing: error).contains("AWSIdentity.bootstrap()"))
        }
        try await AWSCredentialProviderFactory.withFactory(AWSIdentity.factory) {
            let provider = CredentialProviderChain.default(profile: "dev", environment: environment, transport: UnreachableTransport())
            #expect(await provider.base is IdentityCredentialChain)
            // A generated client given no credentials signs with the role the profile assumes.
            let sts = try STSClient(configuration: AWSClientConfiguration(profile: "dev", environment: environment))
            let identity = try await sts.getCallerIdentity(GetCallerIdentityRequest())
            #expect(identity.arn?.hasPrefix("arn:aws:sts::123456789012:assumed-role/identity-test/") == true)
        }
    }

    /// With AWSIdentity as the default, a client's logger also gets the STS calls made for its credentials, and
    /// no line of it holds a key, a token or a signature: the source profile's secret, the web identity token,
    /// and the sessions moto returned.
    @Test func theClientsLogGetsTheIdentityCallsAndNoSecret() async throws {
        let home = try IdentityTestHome(
            config: "[profile dev]\nrole_arn = \(Self.roleArn)\nsource_profile = base\n",
            credentials: "[base]\naws_access_key_id = AKIDBASEEXAMPLE\naws_secret_access_key = base-secret-key-in-a-log-test\n")
        defer { home.remove() }
        let tokenPath = try home.write("log-test-token", "web-identity-token-in-a-log-test")
        try home.write(".aws/config", try home.read(".aws/config") + "[profile web]\nrole_arn = \(Self.roleArn)\nweb_identity_token_file = \(tokenPath)\n")
        let environment = try await environment(home)
        let transport = RecordingTransport(AWSDefaultTransport.shared)
        let capture = LogCapture()
        try await AWSCredentialProviderFactory.withFactory(AWSIdentity.factory) {
            for profile in ["dev", "web"] {
                let sts = try STSClient(configuration: AWSClientConfiguration(
                    profile: profile, transport: transport, logger: capture.logger, environment: environment))
                _ = try await sts.getCallerIdentity(GetCallerIdentityRequest())
            }
        }
        let log = capture.text
        #expect(transport.requests.count == 4)
        #expect(log.components(separatedBy: "sending attempt").count - 1 == 4, "the role calls log to the client's logger")

        var secrets = ["base-secret-key-in-a-log-test", "web-identity-token-in-a-log-test"]
        for body in transport.responseBodies {
            for element in ["SecretAccessKey", "SessionToken"] {
                if let match = body.firstMatch(of: try Regex("<\(element)>([^<]+)</\(element)>")), let value = match[1].substring {
                    secrets.append(String(value))
                }
            }
        }
        #expect(secrets.count == 6, "two sessions from moto, each with a secret key and a token")
        for secret in secrets + ["Signature=", "Credential="] {
            #expect(!log.contains(secret), "the log shows \(secret)")
        }
    }

    @Test func bootstrapIsSetOnce() {
        let storage = AWSCredentialProviderFactory.Storage()
        #expect(storage.factory == nil)
        #expect(storage.install(AWSIdentity.factory))
        #expect(!storage.install { _ in StaticCredentialProvider(AWSCredentials(accessKeyId: "A", secretAccessKey: "B")) })
        let context = AWSCredentialProviderFactory.Context(profile: nil, environment: [:], transport: UnreachableTransport())
        #expect(storage.factory?(context) is IdentityCredentialChain, "the first factory stays")
    }

    @Test func environmentWithoutAWSIdentitySaysWhatItNeeds() async throws {
        let environment = ["AWS_ROLE_ARN": Self.roleArn, "AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/token"]
        await #expect(throws: AWSCredentialsError.needsAWSIdentity(source: "the environment", keys: ["AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"])) {
            try await EnvironmentCredentialProvider(environment: environment).credentials()
        }
    }
}
