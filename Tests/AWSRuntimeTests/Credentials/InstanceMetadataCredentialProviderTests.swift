import Foundation
import Testing

import AWSRuntime
import AWSRuntimeTesting

@Suite struct CredentialsInstanceMetadataProviderTests {
    static let tokenPath = "PUT /latest/api/token"
    static let rolesPath = "GET /latest/meta-data/iam/security-credentials/"
    static let rolePath = "GET /latest/meta-data/iam/security-credentials/web-role"
    static let document = credentialsJSON(accessKeyId: "ASIAEC2", expiration: "2030-05-06T07:08:09Z")

    /// Replies of a healthy service with `overrides` replacing routes.
    static func service(_ overrides: [String: [ScriptedReplies.Reply]] = [:]) -> AWSStubTransport {
        let routes: [String: [ScriptedReplies.Reply]] = [
            tokenPath: [.ok("token-1"), .ok("token-2")],
            rolesPath: [.ok("web-role\nother-role\n")],
            rolePath: [.ok(document)],
        ]
        return ScriptedReplies(routes.merging(overrides) { $1 }).makeTransport()
    }

    @Test func fetchesTheTokenTheRoleAndItsCredentials() async throws {
        let transport = Self.service()
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport)
        let credentials = try await provider.credentials()
        #expect(
            credentials
                == AWSCredentials(
                    accessKeyId: "ASIAEC2", secretAccessKey: "endpoint-secret", sessionToken: "endpoint-token",
                    expiration: Date(timeIntervalSince1970: 1_904_281_689)))
        let requests = transport.requests
        #expect(requests.map { $0.method + " " + $0.url } == [
            "PUT http://169.254.169.254/latest/api/token",
            "GET http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "GET http://169.254.169.254/latest/meta-data/iam/security-credentials/web-role",
        ])
        #expect(requests[0].headers["X-aws-ec2-metadata-token-ttl-seconds"] == "21600")
        #expect(requests[0].headers["X-aws-ec2-metadata-token"] == nil)
        #expect(requests.dropFirst().map { $0.headers["X-aws-ec2-metadata-token"] } == ["token-1", "token-1"])
        #expect(requests.allSatisfy { $0.timeout == .seconds(1) })
        #expect(provider.name == "EC2 instance metadata")
    }

    @Test func tokenIsReusedAcrossCalls() async throws {
        let transport = Self.service()
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport)
        _ = try await provider.credentials()
        _ = try await provider.credentials()
        let requests = transport.requests
        #expect(requests.filter { $0.method == "PUT" }.count == 1)
        let tokens = requests.filter { $0.method == "GET" }.map { $0.headers["X-aws-ec2-metadata-token"] }
        #expect(tokens == Array(repeating: "token-1", count: 4))
    }

    @Test func tokenIsReplacedShortlyBeforeItsLifetimeEnds() async throws {
        let clock = TestClock()
        let transport = Self.service()
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport) { clock.now }
        _ = try await provider.credentials()
        clock.advance(by: 21600 - 121)
        _ = try await provider.credentials()
        #expect(transport.requests.filter { $0.method == "PUT" }.count == 1)
        clock.advance(by: 2)
        _ = try await provider.credentials()
        #expect(transport.requests.filter { $0.method == "PUT" }.count == 2)
        #expect(transport.requests.last?.headers["X-aws-ec2-metadata-token"] == "token-2")
    }

    @Test func tokenLifetimeFromTheServiceWins() async throws {
        let clock = TestClock()
        let ttl = AWSHTTPHeaders([("X-aws-ec2-metadata-token-ttl-seconds", "300")])
        let transport = Self.service([Self.tokenPath: [.ok("short-1", headers: ttl), .ok("short-2", headers: ttl)]])
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport) { clock.now }
        _ = try await provider.credentials()
        clock.advance(by: 181)
        _ = try await provider.credentials()
        #expect(transport.requests.filter { $0.method == "PUT" }.count == 2)
    }

    @Test func unauthorizedMetadataRequestGetsANewTokenOnce() async throws {
        let transport = Self.service([Self.rolesPath: [.status(401), .ok("web-role")]])
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport)
        #expect(try await provider.credentials().accessKeyId == "ASIAEC2")
        #expect(transport.requests.map { $0.method + " " + ($0.headers["X-aws-ec2-metadata-token"] ?? "-") } == [
            "PUT -", "GET token-1", "PUT -", "GET token-2", "GET token-2",
        ])
    }

    @Test func repeatedUnauthorizedAnswersFail() async throws {
        let transport = Self.service([Self.rolePath: [.status(401)]])
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport)
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        #expect(
            error.map(String.init(describing:))
                == "GET http://169.254.169.254/latest/meta-data/iam/security-credentials/web-role returned HTTP 401")
        #expect(transport.requests.filter { $0.method == "PUT" }.count == 2)
    }

    @Test(arguments: ["true", "TRUE", "True"])
    func disabledByTheEnvironment(value: String) async throws {
        let transport = Self.service()
        let provider = InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_DISABLED": value], transport: transport)
        let error = await #expect(throws: AWSCredentialsError.instanceMetadataDisabled) {
            try await provider.credentials()
        }
        #expect(error.map(String.init(describing:)) == "instance metadata disabled by AWS_EC2_METADATA_DISABLED")
        #expect(transport.requests.isEmpty)
    }

    @Test func falseDoesNotDisable() async throws {
        let provider = InstanceMetadataCredentialProvider(
            environment: ["AWS_EC2_METADATA_DISABLED": "false"], transport: Self.service())
        #expect(try await provider.credentials().accessKeyId == "ASIAEC2")
    }

    @Test(arguments: [
        (["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338/"], "http://127.0.0.1:1338"),
        (["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"], "http://[fd00:ec2::254]"),
        (
            ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://imds.test", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"],
            "http://imds.test"
        ),
    ])
    func endpointFromTheEnvironment(environment: [String: String], origin: String) async throws {
        let transport = Self.service()
        _ = try await InstanceMetadataCredentialProvider(environment: environment, transport: transport).credentials()
        #expect(transport.requests.first?.url == origin + "/latest/api/token")
        #expect(transport.requests.last?.url == origin + "/latest/meta-data/iam/security-credentials/web-role")
    }

    @Test func noRoleIsReported() async throws {
        let provider = InstanceMetadataCredentialProvider(
            environment: [:], transport: Self.service([Self.rolesPath: [.ok("\n")]]))
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        #expect(
            error
                == .invalidEndpointResponse(
                    uri: "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                    reason: "no IAM role is attached"))
    }

    @Test func failedRoleCodeIsReported() async throws {
        let failed = #"{"Code": "Failure", "Message": "no role"}"#
        let provider = InstanceMetadataCredentialProvider(
            environment: [:], transport: Self.service([Self.rolePath: [.ok(failed)]]))
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        #expect(error.map(String.init(describing:))?.hasSuffix(#"Code is "Failure", not "Success""#) == true)
    }

    @Test func forbiddenTokenRequestIsReportedWithoutRetry() async throws {
        let transport = Self.service([Self.tokenPath: [.status(403)]])
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport)
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        #expect(error == .endpointStatus(method: "PUT", uri: "http://169.254.169.254/latest/api/token", status: 403))
        #expect(transport.requests.count == 1)
    }

    @Test func unreachableServiceIsTriedTwice() async throws {
        let transport = Self.service([Self.tokenPath: [.failure(AWSTransportError(.connectionFailed, "refused"))]])
        let provider = InstanceMetadataCredentialProvider(environment: [:], transport: transport)
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        #expect(
            error.map(String.init(describing:))
                == "cannot reach http://169.254.169.254/latest/api/token: transport error (connectionFailed): refused")
        #expect(transport.requests.count == 2)
    }
}
