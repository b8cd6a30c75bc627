import AWSCBOR
import AWSRuntime
import AWSRuntimeTesting
import CBORFixture
import Foundation
import Testing
import TestSupport

/// The CBOR fixture speaks smithy-rpc-v2-cbor: its generated client sends CBOR maps to
/// `/service/ThingService/operation/<name>` and reads CBOR outputs and errors.
@Suite struct CBORFixtureTests {
    static func response(_ status: Int, _ body: CBORValue) -> AWSHTTPResponse {
        var headers = AWSHTTPHeaders()
        headers.add("Content-Type", "application/cbor")
        headers.add("smithy-protocol", "rpc-v2-cbor")
        return AWSHTTPResponse(status: status, headers: headers, body: body.encoded())
    }

    @Test func sendsACBORMapAndReadsTheOutput() async throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000.5)
        let transport = AWSStubTransport { _ in
            Self.response(200, .map([
                "Name": .string("thing"),
                "Payload": .bytes([0, 1, 255]),
                "CreatedAt": .tagged(1, .double(1_700_000_000.5)),
                "Weight": .float(.infinity),
                "Count": .integer(-3),
                "Tags": .array([.string("a"), .string("b")]),
                "Detail": .map(["Level": .string("HIGH"), "Note": .null]),
                "Unknown": .map(["ignored": .bool(true)]),
            ]))
        }
        let client = try ThingsClient(configuration: .test(transport, region: "us-west-2"))
        let output = try await client.putThing(PutThingInput(
            attributes: ["x": 1], choice: .number(7), count: 300, createdAt: created, detail: Detail(level: .low),
            name: "thing", payload: Data([0, 1, 255]), ratio: .nan, tags: ["a"], weight: -.infinity))

        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == "https://things.us-west-2.amazonaws.com/service/ThingService/operation/PutThing")
        #expect(request.headers["smithy-protocol"] == "rpc-v2-cbor")
        #expect(request.headers["Accept"] == "application/cbor")
        #expect(request.headers["Content-Type"] == "application/cbor")
        let body = try CBORValue.decode(request.body)
        guard case .map(var members) = body, case .float(let ratio)? = members.removeValue(forKey: "Ratio") else {
            Issue.record("not a map with a float Ratio: \(body)")
            return
        }
        #expect(ratio.isNaN)
        #expect(members == [
            "Attributes": .map(["x": .unsigned(1)]),
            "Choice": .map(["Number": .unsigned(7)]),
            "ClientToken": .string("00000000-0000-4000-8000-000000000000"),
            "Count": .unsigned(300),
            "CreatedAt": .tagged(1, .double(1_700_000_000.5)),
            "Detail": .map(["Level": .string("LOW")]),
            "Name": .string("thing"),
            "Payload": .bytes([0, 1, 255]),
            "Tags": .array([.string("a")]),
            "Weight": .double(-.infinity),
        ])

        #expect(output.name == "thing")
        #expect(output.payload == Data([0, 1, 255]))
        #expect(output.createdAt == created)
        #expect(output.weight == .infinity)
        #expect(output.count == -3)
        #expect(output.tags == ["a", "b"])
        #expect(output.detail?.level == .high)
        #expect(output.detail?.note == nil)
    }

    @Test func anOperationWithoutInputSendsNoBody() async throws {
        let transport = AWSStubTransport { _ in AWSHTTPResponse(status: 200) }
        let client = try ThingsClient(configuration: .test(transport))
        try await client.ping()
        let request = try #require(transport.requests.first)
        #expect(request.path == "/service/ThingService/operation/Ping")
        #expect(request.body.isEmpty)
        #expect(request.headers["Content-Type"] == nil)
    }

    @Test func readsAModeledError() async throws {
        let transport = AWSStubTransport { _ in
            Self.response(409, .map([
                "__type": .string("com.example.things#ThingConflict"),
                "Message": .string("taken"),
                "ConflictingName": .string("thing"),
            ]))
        }
        let client = try ThingsClient(configuration: .test(transport))
        let error = try await #require(throws: ThingConflict.self) { _ = try await client.putThing(PutThingInput()) }
        #expect(error.conflictingName == "thing")
        #expect(error.context.code == "ThingConflict")
        #expect(error.context.message == "taken")
        #expect(error.context.status == 409)
    }

    @Test func aMalformedBodyIsADecodingError() async throws {
        let transport = AWSStubTransport { _ in AWSHTTPResponse(status: 200, body: [0xBF, 0x61, 0x61]) }
        let client = try ThingsClient(configuration: .test(transport))
        let error = try await #require(throws: AWSResponseDecodingError.self) { _ = try await client.putThing(PutThingInput()) }
        #expect(error.operation == "PutThing")
        #expect(error.reason == "invalid CBOR body: offset 3: unexpected end of input")
    }
}
