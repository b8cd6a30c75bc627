import Testing

import AWSRuntime

/// A valid `Expiration` member.
private let expirationMember = #""Expiration": "2030-01-01T00:00:00Z""#

/// How the container provider reports bad answers; the EC2 provider parses the same documents.
@Suite struct CredentialsContainerResponseTests {
    static let uri = "http://169.254.170.2/creds"

    /// The error of a provider whose endpoint answers `replies`, and the requests it sent.
    private func failure(_ replies: [ScriptedReplies.Reply]) async -> (String, [AWSHTTPRequest]) {
        let transport = ScriptedReplies(["GET /creds": replies]).makeTransport()
        let provider = ContainerCredentialProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "tok-secret",
            ], transport: transport)
        do {
            let credentials = try await provider.credentials()
            Issue.record("unexpected \(credentials)")
            return ("", transport.requests)
        } catch {
            let description = String(describing: error)
            #expect(!description.contains("tok-secret"))
            return (description, transport.requests)
        }
    }

    @Test(arguments: [
        ("<html>", "not JSON: line 1, column 1: unexpected '<', expected a value"),
        ("[]", "not a JSON object"),
        (#"{"SecretAccessKey": "s", "Token": "t", \#(expirationMember)}"#, "no AccessKeyId"),
        (#"{"AccessKeyId": "A", "Token": "t", \#(expirationMember)}"#, "no SecretAccessKey"),
        (#"{"AccessKeyId": "A", "SecretAccessKey": "s", \#(expirationMember)}"#, "no Token"),
        (#"{"AccessKeyId": "A", "SecretAccessKey": "s", "Token": "t"}"#, "no Expiration"),
        (
            #"{"AccessKeyId": "A", "SecretAccessKey": "s", "Token": "t", "Expiration": "tomorrow"}"#,
            "Expiration is not an ISO 8601 timestamp"
        ),
        (#"{"Code": "AccessDenied", "AccessKeyId": "A"}"#, #"Code is "AccessDenied", not "Success""#),
    ])
    func badDocumentsNameWhatIsWrong(body: String, reason: String) async {
        let (description, _) = await failure([.ok(body)])
        #expect(description == "\(Self.uri) returned no usable credentials: \(reason)")
    }

    @Test func secretsOfPartialDocumentsAreNotShown() async {
        let document = #"{"AccessKeyId": "A", "SecretAccessKey": "doc-secret", "Token": "doc-token"}"#
        let (description, _) = await failure([.ok(document)])
        #expect(!description.contains("doc-secret"))
        #expect(!description.contains("doc-token"))
    }

    @Test func serverErrorsAreTriedOnceMore() async {
        let (description, requests) = await failure([.status(500)])
        #expect(description == "GET \(Self.uri) returned HTTP 500")
        #expect(requests.count == 2)
    }

    @Test func serverErrorThenSuccessYieldsCredentials() async throws {
        let transport = ScriptedReplies(["GET /creds": [.status(503), .ok(credentialsJSON(accessKeyId: "ASIA2"))]])
            .makeTransport()
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds"], transport: transport)
        #expect(try await provider.credentials().accessKeyId == "ASIA2")
        #expect(transport.requests.count == 2)
    }

    @Test func clientErrorsAreNotRetried() async {
        let (description, requests) = await failure([.status(403)])
        #expect(description == "GET \(Self.uri) returned HTTP 403")
        #expect(requests.count == 1)
    }

    @Test func transientTransportErrorsAreTriedOnceMore() async {
        let (description, requests) = await failure([.failure(AWSTransportError(.timeout, "no answer in 2s"))])
        #expect(description == "cannot reach \(Self.uri): transport error (timeout): no answer in 2s")
        #expect(requests.count == 2)
    }

    @Test func otherTransportErrorsAreNotRetried() async {
        let (description, requests) = await failure([.failure(AWSTransportError(.other, "TLS failure"))])
        #expect(description == "cannot reach \(Self.uri): transport error (other): TLS failure")
        #expect(requests.count == 1)
    }
}
