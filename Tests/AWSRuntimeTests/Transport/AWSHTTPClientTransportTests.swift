#if AsyncHTTPClient
import AWSRuntime
import AsyncHTTPClient
import LoopbackTesting
import Testing

/// The client ownership of `AWSHTTPClientTransport`.
@Suite struct AWSHTTPClientTransportTests {
    @Test func usesTheSharedClientByDefault() {
        #expect(AWSHTTPClientTransport().client === HTTPClient.shared)
    }

    @Test func shutdownStopsAClientTheTransportCreated() async throws {
        let server = try await LoopbackHTTPServer.start()
        let transport = AWSHTTPClientTransport(configuration: AWSHTTPClientTransport.recommendedConfiguration)

        try await transport.shutdown()

        let error = try await #require(throws: AWSTransportError.self) {
            try await transport.send(server.request())
        }
        #expect(error.kind == .other)
        #expect(server.requests.isEmpty)
        try await server.shutdown()
    }

    @Test func shutdownLeavesAClientPassedIn() async throws {
        let client = HTTPClient(configuration: AWSHTTPClientTransport.recommendedConfiguration)
        let transport = AWSHTTPClientTransport(client: client)
        let server = try await LoopbackHTTPServer.start()
        server.enqueue(.respond(status: 204))

        try await transport.shutdown()

        #expect(try await transport.send(server.request()).status == 204)
        try await client.shutdown()
        try await server.shutdown()
    }

    @Test func recommendedConfigurationReturnsARedirect() async throws {
        let transport = AWSHTTPClientTransport(configuration: AWSHTTPClientTransport.recommendedConfiguration)
        let server = try await LoopbackHTTPServer.start()
        server.enqueue(.respond(status: 307, headers: AWSHTTPHeaders([("Location", server.baseURL + "/elsewhere")])))

        let response = try await transport.send(server.request())

        #expect(response.status == 307)
        #expect(server.requests.count == 1)
        try await transport.shutdown()
        try await server.shutdown()
    }
}
#endif
