import AWSRuntime
import Testing

/// What every built-in transport sends and returns when the server answers.
@Suite struct TransportExchangeTests {
    @Test(arguments: TransportKind.all)
    func sendsTheRequestAndReturnsTheResponse(kind: TransportKind) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(.respond(status: 201, headers: AWSHTTPHeaders([("X-Reply", "yes")]), body: Array("reply".utf8)))
            let request = server.request(
                "PUT", path: "/bucket/a%20b/c%2Fd",
                query: [.init(name: "x", value: "1"), .init(name: "y", value: "a%2Fb")],
                headers: AWSHTTPHeaders([("X-Amz-Meta-Tag", "v1"), ("Content-Type", "application/json")]),
                body: Array("hello".utf8))

            let response = try await transport.send(request)

            #expect(response.status == 201)
            #expect(response.headers["x-reply"] == "yes")
            #expect(response.body == Array("reply".utf8))
            let received = try #require(server.requests.first)
            #expect(received.method == "PUT")
            #expect(received.uri == "/bucket/a%20b/c%2Fd?x=1&y=a%2Fb")
            #expect(received.headers["X-Amz-Meta-Tag"] == "v1")
            #expect(received.headers["Content-Type"] == "application/json")
            #expect(received.headers.values("Host") == ["127.0.0.1:\(server.port)"])
            #expect(received.headers.values("Content-Length") == ["5"])
            #expect(received.body == Array("hello".utf8))
        }
    }

    @Test(arguments: TransportKind.all)
    func sendsTheSignedHostHeaderOnce(kind: TransportKind) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(.respond(status: 200))
            var request = server.request("POST")
            request.headers.add("Host", request.authority)

            _ = try await transport.send(request)

            let received = try #require(server.requests.first)
            #expect(received.headers.values("Host") == [request.authority])
            #expect(received.headers.values("Content-Length") == ["0"])
        }
    }

    @Test(arguments: TransportKind.all)
    func returnsAServerErrorAsAResponse(kind: TransportKind) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(.respond(status: 503, body: Array("slow down".utf8)))

            let response = try await transport.send(server.request())

            #expect(response.status == 503)
            #expect(response.body == Array("slow down".utf8))
        }
    }

    @Test(arguments: TransportKind.all)
    func waitsForADelayedResponseWithinTheTimeout(kind: TransportKind) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(.delay(.milliseconds(200), then: .respond(status: 200, body: Array("late".utf8))))

            let response = try await transport.send(server.request(timeout: .seconds(5)))

            #expect(response.body == Array("late".utf8))
        }
    }

    @Test(arguments: TransportKind.all)
    func reusesTheConnectionForTheNextRequest(kind: TransportKind) async throws {
        try await kind.withLoopback { transport, server in
            server.enqueue(.respond(status: 200, body: [1]), .respond(status: 200, body: [2]))

            let first = try await transport.send(server.request(path: "/1"))
            let second = try await transport.send(server.request(path: "/2"))

            #expect([first.body, second.body] == [[1], [2]])
            #expect(server.requests.map(\.uri) == ["/1", "/2"])
            #expect(server.requests.map(\.connection) == [0, 0])
        }
    }

    @Test(arguments: TransportKind.all)
    func rejectsABodyOverTheLimit(kind: TransportKind) async throws {
        try await kind.withLoopback(maxResponseBodySize: 8) { transport, server in
            server.enqueue(.respond(status: 200, body: Array(repeating: 7, count: 9)))

            let error = try await #require(throws: AWSTransportError.self) {
                try await transport.send(server.request())
            }
            #expect(error.kind == .other)
        }
    }
}
