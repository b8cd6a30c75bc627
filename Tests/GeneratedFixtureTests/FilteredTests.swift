import AWSRuntime
import AWSRuntimeTesting
import FilteredFixture
import Testing
import TestSupport

/// The filtered fixture holds one operation (package access) and speaks awsJson 1.1.
@Suite struct FilteredTests {
    @Test func awsJSONRequests() async throws {
        let transport = AWSStubTransport(body: #"{"Shared": {"Value": "v"}}"#)
        let client = try FilteredClient(configuration: .test(transport, region: "us-west-2"))
        let output = try await client.keepMe(KeepMeInput(kind: .one, name: "x"))
        #expect(output.shared?.value == "v")
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == "https://filtered.us-west-2.amazonaws.com/")
        #expect(request.headers["X-Amz-Target"] == "Filtered_20240202.KeepMe")
        #expect(request.headers["Content-Type"] == "application/x-amz-json-1.1")
        #expect(try JSONValue.parse(request.body) == .object(["Kind": .string("ONE"), "Name": .string("x")]))
    }

    @Test func awsJSONErrors() async throws {
        let transport = AWSStubTransport(status: 400, body: #"{"__type": "com.example#KeptError", "Message": "kept"}"#)
        let client = try FilteredClient(configuration: .test(transport, region: "us-west-2"))
        await #expect(throws: KeptError.self) { _ = try await client.keepMe(KeepMeInput()) }
    }
}
