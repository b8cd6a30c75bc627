import AWSRuntime
import AWSRuntimeTesting
import EmulatorCognitoIdentityProvider
import Foundation
import Testing
import TestSupport

/// Cognito's sign-up and sign-in on a device with no credentials at all: `SignUp` and `InitiateAuth` (no SigV4
/// auth in the model) go to moto unsigned and succeed; the pool itself is made with a signed client.
@Suite struct CognitoUnsignedEmulatorTests {
    /// A provider that records being asked, then fails as an empty chain does.
    final class NoCredentials: AWSCredentialProvider, @unchecked Sendable {
        private let lock = NSLock()
        private var asked = 0

        var name: String { "none" }
        var timesAsked: Int { lock.withLock { asked } }

        func credentials() async throws -> AWSCredentials {
            lock.withLock { asked += 1 }
            throw AWSCredentialsError.noCredentials([])
        }
    }

    @Test func signUpAndSignInWithoutCredentials() async throws {
        let signed = try EmulatorCognitoIdentityProviderClient(configuration: try await EmulatorClients.configuration())
        let pool = try #require(try await signed.createUserPool(CreateUserPoolRequest(poolName: EmulatorClients.unique("pool"))).userPool?.id)
        let appClient = try await signed.createUserPoolClient(CreateUserPoolClientRequest(
            clientName: "app", explicitAuthFlows: [.allowUserPasswordAuth, .allowRefreshTokenAuth], userPoolId: pool))
        let clientId = try #require(appClient.userPoolClient?.clientId)

        // The device: no keys anywhere, a transport that keeps what it sends, and a log at trace level.
        let server = try await MotoServer.shared.value
        let noCredentials = NoCredentials()
        let transport = AWSStubTransport { try await AWSDefaultTransport.shared.send($0) }
        let capture = LogCapture()
        let device = try EmulatorCognitoIdentityProviderClient(configuration: AWSClientConfiguration(
            credentials: noCredentials, transport: transport, retry: AWSRetryConfiguration(maxAttempts: 1),
            logger: capture.logger,
            environment: ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": server.url, "HOME": "/nonexistent"]))

        let password = "Correct-Horse-9-battery"
        let username = EmulatorClients.unique("user")
        let signUp = try await device.signUp(SignUpRequest(clientId: clientId, password: password, username: username))
        #expect(!signUp.userSub.isEmpty)
        #expect(!signUp.userConfirmed)

        // Not confirmed yet: moto's typed error comes back through the unsigned call.
        let flow = InitiateAuthRequest(
            authFlow: .userPasswordAuth, authParameters: ["USERNAME": username, "PASSWORD": password], clientId: clientId)
        await #expect(throws: UserNotConfirmedException.self) { try await device.initiateAuth(flow) }

        _ = try await signed.adminConfirmSignUp(AdminConfirmSignUpRequest(userPoolId: pool, username: username))
        let signIn = try await device.initiateAuth(flow)
        let accessToken = try #require(signIn.authenticationResult?.accessToken)

        #expect(noCredentials.timesAsked == 0, "an unsigned operation asked for credentials")
        #expect(transport.requests.count == 3)
        for request in transport.requests {
            #expect(request.headers["Authorization"] == nil)
            #expect(request.headers["X-Amz-Security-Token"] == nil)
            #expect(request.headers["X-Amz-Target"]?.hasPrefix("AWSCognitoIdentityProviderService.") == true)
        }
        // The password and the token the service returned show up neither in the log nor in descriptions.
        #expect(capture.text.contains("sending attempt"))
        for text in [capture.text, "\(signIn)", String(reflecting: signIn), "\(flow)", String(reflecting: flow)] {
            #expect(!text.contains(password))
            #expect(!text.contains(accessToken))
        }
    }

    @Test func aSignedOperationStillNeedsCredentials() async throws {
        let server = try await MotoServer.shared.value
        let noCredentials = NoCredentials()
        let device = try EmulatorCognitoIdentityProviderClient(configuration: AWSClientConfiguration(
            credentials: noCredentials, retry: AWSRetryConfiguration(maxAttempts: 1),
            environment: ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": server.url, "HOME": "/nonexistent"]))
        await #expect(throws: AWSCredentialsError.self) {
            try await device.createUserPool(CreateUserPoolRequest(poolName: "denied"))
        }
        #expect(noCredentials.timesAsked == 1)
    }
}
