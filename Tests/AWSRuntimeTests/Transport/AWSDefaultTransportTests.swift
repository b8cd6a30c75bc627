import Testing

@testable import AWSRuntime

/// Which transport `AWSDefaultTransport` picks.
@Suite struct AWSDefaultTransportTests {
    @Test func sharedIsOneTransportOfTheBuildsKind() {
        #if AsyncHTTPClient
        let transport = AWSDefaultTransport.shared as? AWSHTTPClientTransport
        #else
        let transport = AWSDefaultTransport.shared as? AWSURLSessionTransport
        #endif
        #expect(transport != nil)
        #expect(transport === (AWSDefaultTransport.shared as AnyObject))
    }

    #if AsyncHTTPClient
    @Test func theEnvironmentsProxiesPickTheTransport() async throws {
        let direct = try #require(AWSDefaultTransport.make(environment: [:]) as? AWSHTTPClientTransport)
        #expect(direct.proxies.isEmpty)
        // A direct transport does not own its client (the shared one lives as long as the process); this one stops here.
        try await direct.client.shutdown()
        let proxied = try #require(
            AWSDefaultTransport.make(environment: ["HTTPS_PROXY": "proxy.example:3128", "NO_PROXY": "localhost"])
                as? AWSHTTPClientTransport)
        #expect(proxied.proxies.https == AWSProxySettings.Proxy(host: "proxy.example", port: 3128))
        #expect(proxied.proxies.noProxy == ["localhost"])
        try await proxied.shutdown()
    }

    @Test func aMalformedProxyFailsEveryRequestWithAnErrorNamingIt() async throws {
        let transport = AWSDefaultTransport.make(environment: ["HTTP_PROXY": "ftp://proxy.example"])
        let request = AWSHTTPRequest(method: "GET", scheme: "http", host: "127.0.0.1", path: "/")
        let error = await #expect(throws: AWSConfigurationError.self) { try await transport.send(request) }
        #expect(error?.message.contains("HTTP_PROXY") == true)
    }
    #endif
}
