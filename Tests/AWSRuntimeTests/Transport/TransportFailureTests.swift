import AWSRuntime
import LoopbackTesting
import Testing

/// How every built-in transport reports a request that gets no complete response.
@Suite struct TransportFailureTests {
    @Test(arguments: TransportKind.all, Stall.allCases)
    func reportsATimeoutAtTheRequestsTimeout(kind: TransportKind, stall: Stall) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(stall.behavior)
            let start = ContinuousClock.now

            let error = try await #require(throws: AWSTransportError.self) {
                try await transport.send(server.request(timeout: .milliseconds(500)))
            }

            #expect(error.kind == .timeout)
            let elapsed = ContinuousClock.now - start
            #expect(elapsed >= .milliseconds(450) && elapsed < .seconds(6), "after \(elapsed)")
        }
    }

    @Test(arguments: TransportKind.all)
    func reportsAConnectionClosedMidResponse(kind: TransportKind) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(.closeMidResponse(contentLength: 100, bodyPrefix: Array("partial".utf8)))

            try await withKnownIssue(
                "FoundationNetworking on Linux reports curl's early close as URLError.unknown, not .networkConnectionLost"
            ) {
                let error = try await #require(throws: AWSTransportError.self) {
                    try await transport.send(server.request())
                }
                #expect(error.kind == .connectionClosed, "\(error)")
            } when: {
                kind == .urlSession && TransportKind.isLinux
            }
        }
    }

    @Test(arguments: TransportKind.all)
    func reportsAFailedConnectionToAClosedPort(kind: TransportKind) async throws {
        let port = try await LoopbackHTTPServer.closedPort()
        try await kind.withLoopback { transport, _ in
            let request = AWSHTTPRequest(
                method: "GET", scheme: "http", host: "127.0.0.1", port: port, timeout: .seconds(1))
            let start = ContinuousClock.now

            let error = try await #require(throws: AWSTransportError.self) {
                try await transport.send(request)
            }

            #expect(error.kind == .connectionFailed)
            #expect(ContinuousClock.now - start < .seconds(6))
        }
    }
}
