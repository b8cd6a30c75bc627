import AWSRuntime
import AWSRuntimeTesting
import FeaturesFixture
import Foundation
import Testing
import TestSupport

/// Requests built from the features fixture: every HTTP location and wire format.
@Suite struct FeaturesRequestTests {
    static func client(_ transport: AWSStubTransport) throws -> FeaturesClient {
        try FeaturesClient(configuration: .test(transport, region: "eu-west-1", idempotencyToken: { "token-1" }))
    }

    static let date = Date(timeIntervalSince1970: 1_576_540_098)

    /// An input with a member in every location and of every kind.
    static func everyLocation(
        name: String = "n", date: Date = date, metadata: [String: String] = ["Color": "red"],
        document: AWSDocument = .object(["k": .array([.int(1), .bool(true)])]), groups: [String: [String]] = ["g": ["x", "y"]],
        node: Node = Node(children: [Node(value: "child")], next: Node(value: "second"), value: "first")
    ) -> PutThingRequest {
        PutThingRequest(
            foo: "upper", blob: Data("hi".utf8), bodyThingId: "in-body", choice: .nested(.text("deep")), createdAt: date,
            default: true, document: document, foo2: "lower", groups: groups, httpTime: date, isoTime: date,
            level: Level(rawValue: "brand-new"), metadata: metadata, name: name, node: node, self: "me", since: date,
            tags: ["a", "b c"], thingId: "t-1", type: .a, until: date)
    }

    @Test func putThingBindsEveryLocation() async throws {
        let transport = AWSStubTransport(body: #"{"thingId": "t-1"}"#)
        let input = Self.everyLocation()
        _ = try await Self.client(transport).putThing(input)
        let request = try #require(transport.requests.first)
        #expect(request.method == "PUT")
        #expect(request.url == "https://features.eu-west-1.amazonaws.com/things/t-1?tag=a&tag=b%20c&until=2019-12-16T23%3A48%3A18Z")
        #expect(request.headers["X-Since"] == "Mon, 16 Dec 2019 23:48:18 GMT")
        #expect(request.headers["X-Meta-Color"] == "red")
        #expect(request.headers["Content-Type"] == "application/json")
        let body = try JSONValue.parse(request.body)
        #expect(body == .object([
            "name": .string("n"),
            "createdAt": .int(1_576_540_098),
            "isoTime": .string("2019-12-16T23:48:18Z"),
            "httpTime": .string("Mon, 16 Dec 2019 23:48:18 GMT"),
            "blob": .string("aGk="),
            "document": .object(["k": .array([.int(1), .bool(true)])]),
            "groups": .object(["g": .array([.string("x"), .string("y")])]),
            "FooUpper": .string("upper"),
            "foo": .string("lower"),
            "type": .string("A"),
            "level": .string("brand-new"),
            "self": .string("me"),
            "default": .bool(true),
            "thingId": .string("in-body"),
            "clientToken": .string("token-1"),
            "choice": .object(["nested": .object(["text": .string("deep")])]),
            "node": .object([
                "value": .string("first"),
                "next": .object(["value": .string("second")]),
                "children": .array([.object(["value": .string("child")])]),
            ]),
        ]))
    }

    @Test func greedyLabelsKeepSlashesAndStaticQueryStays() async throws {
        let transport = AWSStubTransport(status: 200, headers: AWSHTTPHeaders([("Content-Type", "image/png")]), body: "raw bytes")
        let output = try await Self.client(transport).getObject(GetObjectRequest(key: "a/b c/d:e", range: "bytes=0-9"))
        let request = try #require(transport.requests.first)
        #expect(request.target == "/objects/a/b%20c/d%3Ae?x-id=GetObject")
        #expect(request.headers["Range"] == "bytes=0-9")
        #expect(request.body.isEmpty)
        #expect(output.body == Data("raw bytes".utf8))
        #expect(output.contentType == "image/png")
    }

    @Test func operationsWithoutInputOrOutput() async throws {
        let transport = AWSStubTransport(body: "")
        try await Self.client(transport).deleteEverything()
        #expect(transport.requests.first?.method == "DELETE")
        #expect(transport.requests.first?.body.isEmpty == true)
    }

    @Test func emptyURILabelsAreRejected() async throws {
        let transport = AWSStubTransport()
        await #expect(throws: AWSRequestError.self) {
            _ = try await Self.client(transport).getObject(GetObjectRequest(key: ""))
        }
        #expect(transport.requests.isEmpty)
    }
}
