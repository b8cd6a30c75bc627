@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import Foundation
@_spi(Generated) import SSO
import Testing

/// Operations the model gives no SigV4 auth (SSO's portal calls, Cognito's sign-in) are sent unsigned, without
/// asking for credentials, as botocore sends them; the others are signed.
@Suite struct UnsignedOperationTests {
    /// Credentials that are never there.
    struct NoCredentials: AWSCredentialProvider {
        var name: String { "none" }

        func credentials() async throws -> AWSCredentials {
            throw AWSCredentialsError.environmentVariablesMissing(["AWS_ACCESS_KEY_ID"])
        }
    }

    static func client(_ transport: AWSStubTransport) throws -> SSOClient {
        try SSOClient(configuration: AWSClientConfiguration(
            region: "us-east-1", credentials: NoCredentials(), transport: transport, environment: ["HOME": "/nonexistent"]))
    }

    @Test func getRoleCredentialsIsSentWithoutCredentials() async throws {
        let transport = AWSStubTransport(body: #"""
            {"roleCredentials": {"accessKeyId": "ASIA", "secretAccessKey": "s", "sessionToken": "t", "expiration": 1700000000000}}
            """#)
        let output = try await Self.client(transport).getRoleCredentials(
            GetRoleCredentialsRequest(accessToken: "token", accountId: "111122223333", roleName: "dev"))
        #expect(output.roleCredentials?.accessKeyId == "ASIA")
        let request = try #require(transport.requests.first)
        #expect(request.headers["Authorization"] == nil)
        #expect(request.headers["X-Amz-Date"] == nil)
        #expect(request.headers["x-amz-sso_bearer_token"] == "token")
        #expect(request.url == "https://portal.sso.us-east-1.amazonaws.com/federation/credentials?account_id=111122223333&role_name=dev")
    }

    @Test func theDescriptorSaysWhichOperationsAreSigned() {
        #expect(!SSOClient.Operations.getRoleCredentials.isSigned)
        #expect(!SSOClient.Operations.logout.isSigned)
    }
}
