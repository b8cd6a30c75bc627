@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
@_spi(Generated) import FeaturesFixture
import Foundation
import Testing
import TestSupport

/// An operation whose model requires endpoint discovery (`endpointdiscovery: {required: true}`, as in Timestream)
/// goes to the endpoint the model's endpoint operation gives, which the client keeps.
@Suite struct FeaturesEndpointDiscoveryTests {
    @Test func theGeneratedClientDiscoversItsEndpoint() async throws {
        let transport = AWSStubTransport { request in
            let body = request.path == "/endpoints"
                ? #"{"Endpoints": [{"Address": "records.features.example", "CachePeriodInMinutes": 10}]}"#
                : #"{"recorded": "yes"}"#
            return AWSHTTPResponse(status: 200, body: Array(body.utf8))
        }
        let client = try FeaturesClient(configuration: .test(transport, region: "eu-west-1"))
        let first = try await client.recordThing(RecordThingRequest(name: "a"))
        _ = try await client.recordThing(RecordThingRequest(name: "b"))
        #expect(first.recorded == "yes")
        #expect(transport.requests.map { "\($0.method) \($0.url)" } == [
            "GET https://features.eu-west-1.amazonaws.com/endpoints",
            "POST https://records.features.example/records",
            "POST https://records.features.example/records",
        ])
        #expect(FeaturesClient.Operations.recordThing.requiresEndpointDiscovery)
        #expect(!FeaturesClient.Operations.getThing.requiresEndpointDiscovery)
        #expect(FeaturesClient.service.endpointOperation?.name == "DescribeEndpoints")
        // The other operations keep the resolved endpoint.
        let output = try await client.describeEndpoints(DescribeEndpointsRequest())
        #expect(output.endpoints.first?.address == "records.features.example")
    }
}
