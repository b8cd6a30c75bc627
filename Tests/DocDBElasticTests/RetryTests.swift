import AWSRuntime
import AWSRuntimeTesting
import DocDBElastic
import Foundation
import Testing
import TestSupport

/// Retries, timeouts and cancellation of the DocDBElastic client, with scripted responses.
@Suite struct RetryTests {
    static let input = CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "snap-1")
    static let success = ResponseScript.Step.respond(status: 200, body: ClientBehaviourTests.snapshotJSON)

    static func client(_ script: ResponseScript, _ change: (inout AWSClientConfiguration) -> Void = { _ in }) throws
        -> (DocDBElasticClient, AWSStubTransport)
    {
        let transport = script.transport
        var configuration = AWSClientConfiguration.test(transport)
        change(&configuration)
        return (try DocDBElasticClient(configuration: configuration), transport)
    }

    @Test func serverErrorsAreRetriedUntilSuccess() async throws {
        let (client, transport) = try Self.client(ResponseScript([
            .respond(status: 503, body: #"{"message": "unavailable"}"#),
            .respond(status: 503, body: #"{"message": "unavailable"}"#),
            Self.success,
        ]))
        let output = try await client.createClusterSnapshot(Self.input)
        #expect(output.snapshot.snapshotName == "snap-1")
        #expect(transport.requests.count == 3)
        #expect(transport.requests.allSatisfy { $0.headers["Authorization"]?.hasPrefix("AWS4-HMAC-SHA256 ") == true })
    }

    @Test func idempotencyTokensStayTheSameAcrossAttempts() async throws {
        let (client, transport) = try Self.client(ResponseScript([
            .respond(status: 500, body: "{}"),
            .respond(status: 200, body: #"{"cluster": {}}"#),
        ])) { $0.idempotencyToken = { UUID().uuidString } }
        _ = try? await client.createCluster(CreateClusterInput(
            adminUserName: "a", adminUserPassword: "password1", authType: .plainText, clusterName: "c",
            shardCapacity: 2, shardCount: 1))
        let tokens = try transport.requests.map { try JSONValue.parse($0.body)["clientToken"]?.stringValue }
        #expect(tokens.count == 2)
        #expect(tokens[0] != nil && tokens[0] == tokens[1])
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let (client, transport) = try Self.client(ResponseScript([
            .respond(status: 400, headers: [("X-Amzn-Errortype", "ValidationException")], body: #"{"message": "no", "reason": "other"}"#),
            Self.success,
        ]))
        await #expect(throws: ValidationException.self) { try await client.createClusterSnapshot(Self.input) }
        #expect(transport.requests.count == 1)
    }

    @Test func throttlingHonoursRetryAfter() async throws {
        let (client, transport) = try Self.client(ResponseScript([
            .respond(status: 429, headers: [("X-Amzn-Errortype", "ThrottlingException"), ("Retry-After", "1")], body: #"{"message": "slow"}"#),
            Self.success,
        ]))
        let start = ContinuousClock.now
        _ = try await client.createClusterSnapshot(Self.input)
        #expect(ContinuousClock.now - start >= .milliseconds(950))
        #expect(transport.requests.count == 2)
    }

    @Test func transientTransportErrorsAreRetried() async throws {
        let (client, transport) = try Self.client(ResponseScript([
            .fail(AWSTransportError(.connectionClosed, "closed mid-response")),
            Self.success,
        ]))
        _ = try await client.createClusterSnapshot(Self.input)
        #expect(transport.requests.count == 2)
    }

    @Test func attemptsAreLimited() async throws {
        let (client, transport) = try Self.client(ResponseScript([.respond(status: 502, body: "{}")])) {
            $0.retry.maxAttempts = 2
        }
        await #expect(throws: AWSUnknownServiceError.self) { try await client.createClusterSnapshot(Self.input) }
        #expect(transport.requests.count == 2)
    }

    @Test func theRetryQuotaStopsRetries() async throws {
        let (client, transport) = try Self.client(ResponseScript([.respond(status: 503, body: "{}")])) {
            $0.retry.quotaCapacity = 5
        }
        _ = try? await client.createClusterSnapshot(Self.input)
        _ = try? await client.createClusterSnapshot(Self.input)
        #expect(transport.requests.count == 3)
    }

    @Test func callTimeoutBoundsHangingServers() async throws {
        let (client, _) = try Self.client(ResponseScript([.hang])) {
            $0.attemptTimeout = .milliseconds(200)
            $0.callTimeout = .milliseconds(500)
        }
        let start = ContinuousClock.now
        await #expect(throws: AWSTimeoutError.self) { try await client.createClusterSnapshot(Self.input) }
        #expect(ContinuousClock.now - start < .seconds(4), "a 0.5 s call limit, with slack for a loaded machine")
    }

    @Test func cancellationStopsTheCall() async throws {
        let (client, _) = try Self.client(ResponseScript([.hang]))
        let task = Task { try await client.createClusterSnapshot(Self.input) }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test func logsHoldNoSecrets() async throws {
        let capture = LogCapture()
        let (client, _) = try Self.client(ResponseScript([.respond(status: 503, body: "{}"), .respond(status: 200, body: #"{"cluster": {}}"#)])) {
            $0.logger = capture.logger
        }
        _ = try? await client.createCluster(CreateClusterInput(
            adminUserName: "a", adminUserPassword: "hunter2-password", authType: .plainText, clusterName: "c",
            shardCapacity: 2, shardCount: 1))
        let text = capture.text
        #expect(text.contains("retrying"))
        for secret in ["hunter2-password", AWSClientConfiguration.testCredentials.secretAccessKey, "Signature="] {
            #expect(!text.contains(secret))
        }
    }
}
