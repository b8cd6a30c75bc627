import AWSRuntime
import AWSRuntimeTesting
import FeaturesFixture
import Foundation
import Testing
import TestSupport

/// Responses and errors of the features fixture.
@Suite struct FeaturesResponseTests {
    static func client(_ transport: AWSStubTransport) throws -> FeaturesClient {
        try FeaturesClient(configuration: .test(transport, region: "eu-west-1"))
    }

    static let input = PutThingRequest(name: "n", thingId: "t-1")

    @Test func outputsReadHeadersStatusAndBody() async throws {
        let transport = AWSStubTransport(
            status: 201, headers: AWSHTTPHeaders([("x-amzn-requestid", "req-9")]),
            body: #"{"thingId": "t-1", "createdAt": 1576540098.5, "level": "us-east-1", "node": {"value": "a", "next": {"value": "b"}}}"#)
        let output = try await Self.client(transport).putThing(Self.input)
        #expect(output.thingId == "t-1")
        #expect(output.requestId == "req-9")
        #expect(output.status == 201)
        #expect(output.createdAt == Date(timeIntervalSince1970: 1_576_540_098.5))
        #expect(output.level == .usEast1)
        #expect(output.node?.next?.value == "b")
    }

    @Test func modeledErrorsWithHeadersAndRetryKind() async throws {
        let transport = AWSStubTransport(
            status: 429, headers: AWSHTTPHeaders([("X-Amzn-Errortype", "BadThingException"), ("Retry-After", "3")]),
            body: #"{"message": "bad", "reason": "a-b", "context": "ctx"}"#)
        do {
            _ = try await Self.client(transport).putThing(Self.input)
            Issue.record("expected an error")
        } catch let error as BadThingException {
            #expect(error.retryAfterSeconds == 3)
            #expect(error.reason == .aB)
            #expect(error.context2 == "ctx")
            #expect(error.context.code == "BadThingException")
            #expect(BadThingException.retryKind == .throttling)
        }
    }

    @Test func errorCodesFromTheModelsErrorCodeTrait() async throws {
        let transport = AWSStubTransport(
            status: 500, headers: AWSHTTPHeaders([("X-Amzn-Errortype", "com.example#Error.Code:http://internal/")]),
            body: #"{"message": "boom", "code": "inner"}"#)
        do {
            _ = try await Self.client(transport).putThing(Self.input)
            Issue.record("expected an error")
        } catch let error as ErrorShape {
            #expect(error.code2 == "inner")
            #expect(error.message == "boom")
            #expect(error.context.code == "Error.Code")
        }
    }

    @Test func unionsDecodeKnownAndUnknownMembers() throws {
        let known = try JSONValue.parse(#"{"nested": {"number": 4}}"#)
        let unknown = try JSONValue.parse(#"{"futureMember": {"x": 1}}"#)
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Choice.self, from: Data(known.serialized())) == .nested(.number(4)))
        #expect(try decoder.decode(Choice.self, from: Data(unknown.serialized())) == .sdkUnknown("futureMember"))
    }
}

extension Choice: Equatable {
    public static func == (lhs: Choice, rhs: Choice) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.nested(let a), .nested(let b)): a == b
        case (.at(let a), .at(let b)): a == b
        case (.sdkUnknown(let a), .sdkUnknown(let b)): a == b
        default: false
        }
    }
}
