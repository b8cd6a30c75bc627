#if AsyncHTTPClient
import Foundation
import Testing

@testable import AWSRuntime
import LoopbackTesting

/// `AWSHTTPClientTransport` with proxies: a request goes through a real forward proxy on loopback, unless
/// `NO_PROXY` names its host.
@Suite struct ProxyTransportTests {
    static func request(_ server: LoopbackHTTPServer) -> AWSHTTPRequest {
        AWSHTTPRequest(method: "GET", scheme: "http", host: "127.0.0.1", port: server.port, path: "/through", timeout: .seconds(10))
    }

    @Test func aRequestGoesThroughTheProxy() async throws {
        let proxy = try await ForwardProxy.start()
        defer { proxy.stop() }
        let server = try await LoopbackHTTPServer.start()
        server.enqueue(.respond(status: 200, body: Array("via proxy".utf8)))
        let settings = try AWSProxySettings(environment: ["HTTP_PROXY": "http://127.0.0.1:\(proxy.port)"])
        let transport = AWSHTTPClientTransport(proxies: settings)
        let response = try await transport.send(Self.request(server))
        #expect(response.status == 200)
        #expect(response.body == Array("via proxy".utf8))
        #expect(server.requests.map(\.uri) == ["/through"])
        #expect(await proxy.waitForRequests(1))
        #expect(proxy.requests == ["CONNECT 127.0.0.1:\(server.port)"])
        try await transport.shutdown()
        try await server.shutdown()
    }

    @Test func noProxyBypassesTheProxy() async throws {
        let proxy = try await ForwardProxy.start()
        defer { proxy.stop() }
        let server = try await LoopbackHTTPServer.start()
        server.enqueue(.respond(status: 200, body: Array("direct".utf8)))
        let settings = try AWSProxySettings(environment: [
            "http_proxy": "127.0.0.1:\(proxy.port)", "no_proxy": "example.com,127.0.0.1",
        ])
        let transport = AWSHTTPClientTransport(proxies: settings)
        let response = try await transport.send(Self.request(server))
        #expect(response.body == Array("direct".utf8))
        #expect(server.requests.count == 1)
        // The proxy prints a request line before it answers, so a line that has not come within 300 ms never will.
        #expect(await proxy.waitForRequests(1, limit: .milliseconds(300)) == false)
        #expect(proxy.requests.isEmpty)
        try await transport.shutdown()
        try await server.shutdown()
    }
}
#endif
