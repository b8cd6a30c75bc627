import Foundation
import Testing

import AWSRuntime
import AWSRuntimeTesting

@Suite struct CredentialsContainerProviderTests {
    static let document = credentialsJSON(accessKeyId: "ASIAECS", expiration: "2030-05-06T07:08:09Z")

    @Test func relativeURIGoesToTheECSAddress() async throws {
        let transport = ScriptedReplies(["GET /v2/credentials/abc": [.ok(Self.document)]]).makeTransport()
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc"], transport: transport)
        let credentials = try await provider.credentials()
        #expect(
            credentials
                == AWSCredentials(
                    accessKeyId: "ASIAECS", secretAccessKey: "endpoint-secret", sessionToken: "endpoint-token",
                    expiration: Date(timeIntervalSince1970: 1_904_281_689)))
        let request = try #require(transport.requests.first)
        #expect(request.url == "http://169.254.170.2/v2/credentials/abc")
        #expect(request.method == "GET")
        #expect(request.timeout == .seconds(2))
        #expect(request.headers["Authorization"] == nil)
        #expect(provider.name == "ECS container")
    }

    @Test func relativeURIWinsOverFullURI() async throws {
        let transport = ScriptedReplies(["GET /relative": [.ok(Self.document)]]).makeTransport()
        let environment = [
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/relative",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1/full",
        ]
        _ = try await ContainerCredentialProvider(environment: environment, transport: transport).credentials()
        #expect(transport.requests.map(\.url) == ["http://169.254.170.2/relative"])
    }

    @Test func fullURIKeepsPortPathAndQuery() async throws {
        let transport = ScriptedReplies(["GET /get-credentials/": [.ok(Self.document)]]).makeTransport()
        let environment = [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23:8080/get-credentials/?role=a%20b",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "env-token",
        ]
        _ = try await ContainerCredentialProvider(environment: environment, transport: transport).credentials()
        let request = try #require(transport.requests.first)
        #expect(request.url == "http://169.254.170.23:8080/get-credentials/?role=a%20b")
        #expect(request.headers["Authorization"] == "env-token")
    }

    @Test func tokenFileWinsOverTokenVariableAndIsReadEachTime() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let tokenFile = try directory.write("token", "file-token-1\n")
        let transport = ScriptedReplies(["GET /creds": [.ok(Self.document)]]).makeTransport()
        let provider = ContainerCredentialProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": "https://auth.example.com/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "env-token",
            ], transport: transport)
        _ = try await provider.credentials()
        try directory.write("token", "file-token-2")
        _ = try await provider.credentials()
        #expect(transport.requests.map { $0.headers["Authorization"] } == ["file-token-1", "file-token-2"])
    }

    @Test func unreadableTokenFileIsReported() async throws {
        let environment = [
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/nonexistent/token",
        ]
        let provider = ContainerCredentialProvider(environment: environment, transport: AWSStubTransport())
        await #expect(throws: AWSCredentialsError.fileUnreadable(path: "/nonexistent/token")) {
            try await provider.credentials()
        }
    }

    @Test func tokenWithLineBreaksIsRejectedWithoutShowingIt() async throws {
        let environment = [
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "secret-token\r\nX-Injected: 1",
        ]
        let transport = AWSStubTransport()
        let provider = ContainerCredentialProvider(environment: environment, transport: transport)
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        #expect(error == .authorizationTokenInvalid(source: "AWS_CONTAINER_AUTHORIZATION_TOKEN"))
        #expect(error.map { !String(describing: $0).contains("secret-token") } == true)
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: [
        "http://127.0.0.1/creds", "http://127.1.2.3:9000/creds", "http://localhost/creds", "http://LOCALHOST/creds",
        "http://[::1]:8080/creds", "http://169.254.170.2/creds", "http://169.254.170.23/creds",
        "http://[fd00:ec2::23]/creds", "https://anything.example.com/creds",
    ])
    func allowedFullURIs(uri: String) async throws {
        let transport = ScriptedReplies(["GET /creds": [.ok(Self.document)]]).makeTransport()
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri], transport: transport)
        #expect(try await provider.credentials().accessKeyId == "ASIAECS")
    }

    @Test(arguments: [
        "http://example.com/creds", "http://169.254.169.254/creds", "http://127.0.0.1.example.com/creds",
        "http://128.0.0.1/creds", "http://127.0.0/creds", "http://127.0.0.256/creds", "http://[::2]/creds",
    ])
    func plainHTTPToOtherHostsIsRejected(uri: String) async throws {
        let transport = AWSStubTransport()
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri], transport: transport)
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        guard case .endpointNotAllowed(let reported, let reason) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(reported == uri)
        #expect(reason.contains("use https"))
        #expect(transport.requests.isEmpty)
    }

    @Test func malformedFullURIIsReported() async throws {
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "ftp://host/creds"], transport: AWSStubTransport())
        let error = await #expect(throws: AWSCredentialsError.self) { try await provider.credentials() }
        #expect(error.map(String.init(describing:))?.hasPrefix("cannot use ftp://host/creds: ") == true)
    }

    @Test func noURIIsReported() async throws {
        let provider = ContainerCredentialProvider(environment: [:], transport: AWSStubTransport())
        let error = await #expect(throws: AWSCredentialsError.containerURIMissing) { try await provider.credentials() }
        #expect(
            error.map(String.init(describing:))
                == "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set")
    }
}
