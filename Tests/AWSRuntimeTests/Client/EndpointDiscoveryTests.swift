import AWSRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AWSRuntime

/// Endpoint discovery, as Timestream requires it: the endpoint operation is called first, its endpoint is kept for its
/// cache period, and discovered again when the service rejects it.
@Suite struct EndpointDiscoveryTests {
    static let describeEndpoints = AWSOperation("DescribeEndpoints", method: "POST", requestURI: "/")
    static let writeRecords = AWSOperation("WriteRecords", method: "POST", requestURI: "/", endpointDiscovery: true)
    static let descriptor = AWSServiceDescriptor(
        serviceID: "Test Service", signingName: "testservice", endpointPrefix: "testservice", apiVersion: "2020-01-01",
        protocol: .awsJSON(version: "1.0", targetPrefix: "TestService"), errors: [:], endpointOperation: describeEndpoints)

    /// A transport that answers `DescribeEndpoints` with `ingest-<n>.example` for its n-th call, and other operations
    /// with the next of `responses`, then 200.
    static func transport(_ responses: [AWSHTTPResponse] = []) -> AWSStubTransport {
        let remaining = AttemptHeadersTests.Remaining(responses)
        let discoveries = AttemptHeadersTests.Remaining((1...9).map { index in
            AWSHTTPResponse(status: 200, body: Array(#"{"Endpoints": [{"Address": "ingest-\#(index).example", "CachePeriodInMinutes": 1440}]}"#.utf8))
        })
        return AWSStubTransport { request in
            if request.headers["X-Amz-Target"] == "TestService.DescribeEndpoints" {
                return discoveries.next() ?? AWSHTTPResponse(status: 500)
            }
            return remaining.next() ?? AWSHTTPResponse(status: 200, body: Array("{}".utf8))
        }
    }

    static func call(_ client: AWSClient, _ operation: AWSOperation = writeRecords) async throws {
        _ = try await client.execute(operation, AWSEmptyShape(), output: AWSEmptyShape.self)
    }

    /// `host target` of each request.
    static func log(_ transport: AWSStubTransport) -> [String] {
        transport.requests.map { "\($0.host) \($0.headers["X-Amz-Target"] ?? "")" }
    }

    @Test func theEndpointIsDiscoveredOnceAndKept() async throws {
        let transport = Self.transport()
        let client = try AWSClient(service: Self.descriptor, configuration: .hygieneTest(transport))
        try await Self.call(client)
        try await Self.call(client)
        try await Self.call(client, Self.describeEndpoints)
        #expect(Self.log(transport) == [
            "testservice.us-east-1.amazonaws.com TestService.DescribeEndpoints",
            "ingest-1.example TestService.WriteRecords",
            "ingest-1.example TestService.WriteRecords",
            "testservice.us-east-1.amazonaws.com TestService.DescribeEndpoints",
        ])
        // Both requests are signed for the host they go to.
        #expect(transport.requests.allSatisfy { $0.headers["Authorization"]?.contains("host") == true })
        #expect(transport.requests[0].headers["User-Agent"] == client.userAgent.value)
    }

    @Test func anInvalidEndpointIsDiscoveredAgain() async throws {
        let transport = Self.transport([TestService.error("InvalidEndpointException", status: 421)])
        let client = try AWSClient(service: Self.descriptor, configuration: .hygieneTest(transport))
        try await Self.call(client)
        #expect(Self.log(transport) == [
            "testservice.us-east-1.amazonaws.com TestService.DescribeEndpoints",
            "ingest-1.example TestService.WriteRecords",
            "testservice.us-east-1.amazonaws.com TestService.DescribeEndpoints",
            "ingest-2.example TestService.WriteRecords",
        ])
    }

    @Test func aConfiguredEndpointTurnsDiscoveryOff() async throws {
        let transport = Self.transport()
        let client = try AWSClient(service: Self.descriptor, configuration: .hygieneTest(transport, endpoint: "http://127.0.0.1:9"))
        #expect(client.discovery == nil)
        try await Self.call(client)
        #expect(Self.log(transport) == ["127.0.0.1 TestService.WriteRecords"])
    }

    @Test func theCacheExpiresAfterItsPeriod() throws {
        let clock = SettableSeconds(0)
        let discovery = EndpointDiscovery(now: { Date(timeIntervalSince1970: clock.now) })
        #expect(discovery.endpoint == nil)
        let output = DescribeEndpointsOutput(endpoints: [.init(address: "a.example", cachePeriodInMinutes: 2)])
        try discovery.store(output, operation: "DescribeEndpoints")
        #expect(discovery.endpoint?.host == "a.example")
        #expect(discovery.endpoint?.scheme == "https")
        clock.now = 119
        #expect(discovery.endpoint?.host == "a.example")
        clock.now = 120
        #expect(discovery.endpoint == nil)
    }

    @Test func aResponseWithoutAnEndpointIsAnError() async throws {
        let transport = AWSStubTransport(status: 200, body: #"{"Endpoints": []}"#)
        let client = try AWSClient(service: Self.descriptor, configuration: .hygieneTest(transport))
        let error = await #expect(throws: AWSResponseDecodingError.self) { try await Self.call(client) }
        #expect(error?.reason == "the service gave no endpoint")
    }
}
