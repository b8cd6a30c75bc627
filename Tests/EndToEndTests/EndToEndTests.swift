import AWSRuntime
import DocDBElastic
import Foundation
import Testing
import TestSupport

/// The DocDBElastic client against a real HTTP server on 127.0.0.1, through the default transport. The
/// server recomputes every request's SigV4 signature with botocore.
@Suite struct EndToEndTests {
    static let snapshot = """
        {"snapshot": {"adminUserName": "admin", "clusterArn": "arn:c", "clusterCreationTime": "t", "kmsKeyId": "k",
        "snapshotArn": "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/s/1", "snapshotCreationTime": "t",
        "snapshotName": "snap-1", "status": "ACTIVE", "subnetIds": [], "vpcSecurityGroupIds": []}}
        """
    static let input = CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "snap-1")

    /// A client that finds everything in `environment`, as a user's process would.
    static func client(_ server: FakeAWSServer, environment: [String: String]? = nil,
                       _ change: (inout AWSClientConfiguration) -> Void = { _ in }) throws -> DocDBElasticClient {
        var configuration = AWSClientConfiguration(
            retry: AWSRetryConfiguration(baseDelay: .milliseconds(10)),
            environment: environment ?? [
                "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                "AWS_REGION": "us-east-1",
                "AWS_ENDPOINT_URL": server.url,
            ])
        change(&configuration)
        return try DocDBElasticClient(configuration: configuration)
    }

    static func expectSigned(_ server: FakeAWSServer, count: Int) async throws {
        let received = try await server.received()
        #expect(received.count == count)
        for request in received {
            #expect(request.signatureValid, "\(request.method) \(request.path): \(request.reason)")
        }
    }

    @Test func createClusterSnapshotSucceeds() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([FakeAWSServer.respond(200, body: Self.snapshot)])
        let output = try await Self.client(server).createClusterSnapshot(Self.input)
        #expect(output.snapshot.status == .active)
        let received = try await server.received()
        #expect(received.first?.path == "/cluster-snapshot")
        #expect(try JSONValue.parse(received.first?.body ?? "") == .object(["clusterArn": .string("arn:c"), "snapshotName": .string("snap-1")]))
        try await Self.expectSigned(server, count: 1)
    }

    @Test func getClusterSnapshotWithAnARNLabel() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([FakeAWSServer.respond(200, body: Self.snapshot)])
        let arn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/s/1"
        let output = try await Self.client(server).getClusterSnapshot(GetClusterSnapshotInput(snapshotArn: arn))
        #expect(output.snapshot.snapshotArn == arn)
        #expect(try await server.received().first?.path == "/cluster-snapshot/arn%3Aaws%3Adocdb-elastic%3Aus-east-1%3A123456789012%3Acluster-snapshot%2Fs%2F1")
        try await Self.expectSigned(server, count: 1)
    }

    @Test func validationExceptionsAreTyped() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([FakeAWSServer.respond(
            400, headers: ["x-amzn-ErrorType": "ValidationException", "x-amzn-RequestId": "r-1"],
            body: #"{"message": "bad name", "reason": "fieldValidationFailed", "fieldList": [{"name": "snapshotName", "message": "too long"}]}"#)])
        do {
            _ = try await Self.client(server).createClusterSnapshot(Self.input)
            Issue.record("expected ValidationException")
        } catch let error as ValidationException {
            #expect(error.reason == .fieldValidationFailed)
            #expect(error.fieldList?.map(\.name) == ["snapshotName"])
            #expect(error.context.requestID == "r-1")
        }
        try await Self.expectSigned(server, count: 1)
    }

    @Test func serviceUnavailableTwiceThenSuccess() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([
            FakeAWSServer.respond(503), FakeAWSServer.respond(503), FakeAWSServer.respond(200, body: Self.snapshot),
        ])
        _ = try await Self.client(server).createClusterSnapshot(Self.input)
        try await Self.expectSigned(server, count: 3)
    }

    @Test func retryAfterIsHonoured() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([
            FakeAWSServer.respond(429, headers: ["x-amzn-ErrorType": "ThrottlingException", "Retry-After": "1"], body: #"{"message": "slow"}"#),
            FakeAWSServer.respond(200, body: Self.snapshot),
        ])
        let start = ContinuousClock.now
        _ = try await Self.client(server).createClusterSnapshot(Self.input)
        #expect(ContinuousClock.now - start >= .milliseconds(950))
        try await Self.expectSigned(server, count: 2)
    }

    @Test func aPlainBadRequestIsNotRetried() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([FakeAWSServer.respond(400, body: #"{"message": "nope"}"#), FakeAWSServer.respond(200, body: Self.snapshot)])
        await #expect(throws: AWSUnknownServiceError.self) { try await Self.client(server).createClusterSnapshot(Self.input) }
        try await Self.expectSigned(server, count: 1)
    }

    @Test func aDroppedConnectionIsRetried() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([FakeAWSServer.drop, FakeAWSServer.respond(200, body: Self.snapshot)])
        _ = try await Self.client(server).createClusterSnapshot(Self.input)
        try await Self.expectSigned(server, count: 2)
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let server = try await FakeAWSServer.start()
        try await server.script([FakeAWSServer.hang])
        let client = try Self.client(server) {
            $0.attemptTimeout = .milliseconds(500)
            $0.callTimeout = .milliseconds(1500)
        }
        let start = ContinuousClock.now
        await #expect(throws: AWSTimeoutError.self) { try await client.createClusterSnapshot(Self.input) }
        #expect(ContinuousClock.now - start < .seconds(6), "a 1.5 s call limit, with slack for a loaded machine")
    }
}
