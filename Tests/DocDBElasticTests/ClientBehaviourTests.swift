import AWSRuntime
import AWSRuntimeTesting
import DocDBElastic
import Foundation
import Testing
import TestSupport

/// Responses, errors, validation, enums and redaction of the generated DocDBElastic client.
@Suite struct ClientBehaviourTests {
    static let snapshotJSON = """
        {"snapshot": {"adminUserName": "admin", "clusterArn": "arn:c", "clusterCreationTime": "2024-01-01T00:00:00Z",
        "kmsKeyId": "k", "snapshotArn": "arn:s", "snapshotCreationTime": "2024-01-02T00:00:00Z", "snapshotName": "snap-1",
        "status": "CREATING", "subnetIds": ["s1"], "vpcSecurityGroupIds": ["g1"], "snapshotType": "SOMETHING_NEW"}}
        """

    /// A client that does not retry, so that errors come back at once.
    static func client(_ transport: AWSStubTransport) throws -> DocDBElasticClient {
        var configuration = AWSClientConfiguration.test(transport, idempotencyToken: { UUID().uuidString })
        configuration.retry.maxAttempts = 1
        return try DocDBElasticClient(configuration: configuration)
    }

    static let input = CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "snap-1")

    @Test func createClusterSnapshotParsesTheOutput() async throws {
        let output = try await Self.client(AWSStubTransport(body: Self.snapshotJSON)).createClusterSnapshot(Self.input)
        #expect(output.snapshot.snapshotName == "snap-1")
        #expect(output.snapshot.status == .creating)
        #expect(output.snapshot.subnetIds == ["s1"])
        #expect(output.snapshot.snapshotType?.rawValue == "SOMETHING_NEW")
        #expect(output.snapshot.snapshotType?.isKnown == false)
    }

    /// Smithy's client error correction: required members a response leaves out get their zero values, a
    /// missing required structure its own required members' zeros; a wrong type still fails.
    @Test func missingRequiredMembersGetTheirZeroValues() async throws {
        let partial = #"{"snapshot": {"snapshotName": "snap-1", "subnetIds": ["s1"]}}"#
        let output = try await Self.client(AWSStubTransport(body: partial)).createClusterSnapshot(Self.input)
        #expect(output.snapshot.snapshotName == "snap-1")
        #expect(output.snapshot.adminUserName == "" && output.snapshot.vpcSecurityGroupIds == [])
        #expect(output.snapshot.status.rawValue == "")
        #expect(output.snapshot.snapshotType == nil)
        let empty = try await Self.client(AWSStubTransport(body: "{}")).createClusterSnapshot(Self.input)
        #expect(empty.snapshot.snapshotArn == "" && empty.snapshot.subnetIds.isEmpty)
        await #expect(throws: AWSResponseDecodingError.self) {
            _ = try await Self.client(AWSStubTransport(body: #"{"snapshot": {"snapshotName": 3}}"#)).createClusterSnapshot(Self.input)
        }
    }

    @Test func validationExceptionIsTyped() async throws {
        let transport = AWSStubTransport(
            status: 400, headers: AWSHTTPHeaders([("X-Amzn-Errortype", "ValidationException:http://internal"), ("x-amzn-RequestId", "req-1")]),
            body: #"{"message": "bad", "reason": "fieldValidationFailed", "fieldList": [{"name": "snapshotName", "message": "too long"}]}"#)
        do {
            _ = try await Self.client(transport).createClusterSnapshot(Self.input)
            Issue.record("expected an error")
        } catch let error as ValidationException {
            #expect(error.reason == .fieldValidationFailed)
            #expect(error.fieldList?.first?.name == "snapshotName")
            #expect(error.message == "bad")
            #expect(error.context.status == 400)
            #expect(error.context.code == "ValidationException")
            #expect(error.context.requestID == "req-1")
        }
    }

    /// A modeled error's context is the response's only while the client decodes it: one decoded from anything
    /// else has an empty context, and none is left bound after the client's decoding.
    @Test func anErrorDecodedOutsideTheClientHasAnEmptyContext() async throws {
        let transport = AWSStubTransport(
            status: 400, headers: AWSHTTPHeaders([("X-Amzn-Errortype", "ValidationException"), ("x-amzn-RequestId", "req-2")]),
            body: #"{"message": "bad", "reason": "other"}"#)
        await #expect(throws: ValidationException.self) { try await Self.client(transport).createClusterSnapshot(Self.input) }
        let decoded = try JSONDecoder().decode(ValidationException.self, from: Data(#"{"message": "bad", "reason": "other"}"#.utf8))
        #expect(decoded.message == "bad")
        #expect(decoded.context == AWSErrorContext())
    }

    @Test func throttlingExceptionReadsRetryAfter() async throws {
        let transport = AWSStubTransport(
            status: 429, headers: AWSHTTPHeaders([("Retry-After", "7")]),
            body: #"{"__type": "aws.docdb#ThrottlingException", "message": "slow down"}"#)
        await #expect(throws: ThrottlingException.self) { try await Self.client(transport).createClusterSnapshot(Self.input) }
        do {
            _ = try await Self.client(transport).createClusterSnapshot(Self.input)
        } catch let error as ThrottlingException {
            #expect(error.retryAfterSeconds == 7)
            #expect(error.message == "slow down")
            #expect(ThrottlingException.retryKind == .transient)
        }
    }

    @Test func unknownErrorCodesKeepTheirDetails() async throws {
        let transport = AWSStubTransport(
            status: 418, headers: AWSHTTPHeaders([("x-amzn-RequestId", "req-2")]),
            body: #"{"code": "TeapotException", "Message": "short and stout"}"#)
        do {
            _ = try await Self.client(transport).createClusterSnapshot(Self.input)
            Issue.record("expected an error")
        } catch let error as AWSUnknownServiceError {
            #expect(error.context == AWSErrorContext(
                code: "TeapotException", message: "short and stout", status: 418, requestID: "req-2",
                headers: AWSHTTPHeaders([("x-amzn-RequestId", "req-2")])))
            #expect(error.description == "TeapotException (HTTP 418, request id req-2): short and stout")
        }
    }

    @Test func invalidInputIsRejectedBeforeSending() async throws {
        let transport = AWSStubTransport(body: Self.snapshotJSON)
        let input = CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "")
        await #expect {
            _ = try await Self.client(transport).createClusterSnapshot(input)
        } throws: { error in
            (error as? AWSValidationError)?.description == "CreateClusterSnapshotInput.snapshotName: length 0 is below the minimum 1"
        }
        let long = CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: String(repeating: "a", count: 64))
        await #expect {
            _ = try await Self.client(transport).createClusterSnapshot(long)
        } throws: { error in
            (error as? AWSValidationError)?.description == "CreateClusterSnapshotInput.snapshotName: length 64 is above the maximum 63"
        }
        let badTag = CreateClusterSnapshotInput(clusterArn: "arn:c", snapshotName: "s", tags: ["aws:x": "v"])
        await #expect(throws: AWSValidationError.self) { _ = try await Self.client(transport).createClusterSnapshot(badTag) }
        #expect(transport.requests.isEmpty)
    }

    @Test func malformedResponsesNameThePath() async throws {
        let transport = AWSStubTransport(body: #"{"snapshot": {"snapshotName": 5}}"#)
        await #expect {
            _ = try await Self.client(transport).createClusterSnapshot(Self.input)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("CreateClusterSnapshot: HTTP 200: cannot decode the response at snapshot.")
        }
    }

    @Test func enumsAreOpen() throws {
        let value = SnapshotType(rawValue: "SOMETHING_NEW")
        #expect(value.rawValue == "SOMETHING_NEW")
        #expect(SnapshotType.automated.rawValue == "AUTOMATED")
        #expect(SnapshotType.knownValues == [.manual, .automated])
        #expect(Status(rawValue: "ACTIVE") == .active)
    }

    @Test func passwordsAreRedacted() {
        let input = CreateClusterInput(
            adminUserName: "admin", adminUserPassword: "hunter2-secret", authType: .plainText, clusterName: "c",
            shardCapacity: 2, shardCount: 1)
        var dumped = ""
        dump(input, to: &dumped)
        for text in [input.description, input.debugDescription, String(describing: input), String(reflecting: input), dumped] {
            #expect(!text.contains("hunter2-secret"))
            #expect(text.contains("<redacted>"))
        }
        #expect(input.description.contains("adminUserName: \"admin\""))
    }

    @Test func idempotencyTokensAreFreshUUIDs() async throws {
        let transport = AWSStubTransport(status: 200, body: #"{"cluster": {}}"#)
        let client = try Self.client(transport)
        let input = CreateClusterInput(
            adminUserName: "admin", adminUserPassword: "password1", authType: .plainText, clusterName: "c",
            shardCapacity: 2, shardCount: 1)
        _ = try? await client.createCluster(input)
        _ = try? await client.createCluster(input)
        let explicit = CreateClusterInput(
            adminUserName: "admin", adminUserPassword: "password1", authType: .plainText, clientToken: "mine",
            clusterName: "c", shardCapacity: 2, shardCount: 1)
        _ = try? await client.createCluster(explicit)
        let tokens = try transport.requests.map { try JSONValue.parse($0.body)["clientToken"]?.stringValue }
        #expect(tokens.count == 3)
        #expect(tokens[0] != tokens[1])
        #expect(UUID(uuidString: tokens[0] ?? "") != nil)
        #expect(tokens[2] == "mine")
    }
}
