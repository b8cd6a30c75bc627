#if AsyncHTTPClient
import AWSRuntime
import LoopbackTesting
import Testing

/// A client on AsyncHTTPClient against a server that fails at the connection or HTTP level: each call ends in a
/// typed error (or a success) within the configured timeouts, retried as the standard mode says.
@Suite struct ConnectionFaultTests {
    /// The client every test here calls: rest-json, which reads the whole body.
    let client = ProtocolClient.restJSON

    @Test func aRefusedConnectionIsRetriedThenFailsAtOnce() async throws {
        let port = try await LoopbackHTTPServer.closedPort()
        try await Loopback.with { loopback in
            let start = ContinuousClock.now

            let error = try await #require(throws: AWSTransportError.self) {
                try await client.call(loopback.configuration(port: port))
            }

            #expect(error.kind == .connectionFailed, "\(error)")
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test func aConnectionResetMidBodyIsRetriedAndTheRetrySucceeds() async throws {
        try await Loopback.with { loopback in
            let reset = LoopbackHTTPServer.Behavior.resetMidResponse(
                contentLength: client.validBody.count, bodyPrefix: Array(client.validBody.prefix(10)))
            loopback.server.enqueue(reset, .respond(status: 200, headers: client.headers, body: client.validBody))

            let value = try await client.call(loopback.configuration())
            #expect(value == client.expectedValue)
            #expect(loopback.server.requestCount == 2)
        }
    }

    @Test func connectionsResetMidBodyOnEveryAttemptEndInAConnectionClosed() async throws {
        try await Loopback.with { loopback in
            let reset = LoopbackHTTPServer.Behavior.resetMidResponse(
                contentLength: client.validBody.count, bodyPrefix: Array(client.validBody.prefix(10)))
            loopback.server.enqueue(reset, reset, reset)

            let error = try await #require(throws: AWSTransportError.self) {
                try await client.call(loopback.configuration())
            }

            #expect(error.kind == .connectionClosed, "\(error)")
            #expect(loopback.server.requestCount == 3)
        }
    }

    @Test(arguments: [
        LoopbackHTTPServer.Behavior.neverAnswer,
        .stallMidResponse(contentLength: 100, bodyPrefix: Array("{\"clusters\": [".utf8)),
        // A Content-Length longer than the body that follows: the body never ends.
        .respondDeclaring(contentLength: 100, body: Array("{}".utf8)),
    ])
    func aResponseThatNeverEndsTimesOutEachAttempt(stall: LoopbackHTTPServer.Behavior) async throws {
        try await Loopback.with { loopback in
            loopback.server.enqueue(stall, stall)
            let start = ContinuousClock.now
            let retry = AWSRetryConfiguration(maxAttempts: 2, baseDelay: .milliseconds(1), maxBackoff: .milliseconds(1))

            let error = try await #require(throws: AWSTransportError.self) {
                try await client.call(loopback.configuration(retry: retry, attemptTimeout: .milliseconds(300)))
            }

            #expect(error.kind == .timeout, "\(error)")
            let elapsed = ContinuousClock.now - start
            #expect(elapsed >= .milliseconds(600) && elapsed < .seconds(5), "after \(elapsed)")
            #expect(loopback.server.requestCount == 2)
        }
    }

    @Test func aResponseThatNeverEndsStopsAtTheCallTimeout() async throws {
        try await Loopback.with { loopback in
            loopback.server.enqueue(.neverAnswer, .neverAnswer, .neverAnswer)
            let start = ContinuousClock.now

            let error = try await #require(throws: AWSTimeoutError.self) {
                try await client.call(loopback.configuration(attemptTimeout: nil, callTimeout: .milliseconds(500)))
            }

            #expect(error.limit == .milliseconds(500))
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test func aBodyOverTheSizeLimitFailsWithoutARetry() async throws {
        try await Loopback.with(maxResponseBodySize: 1024) { loopback in
            let body = Array(#"{"clusters": [], "padding": ""#.utf8) + Array(repeating: UInt8(ascii: "x"), count: 4096)
                + Array(#""}"#.utf8)
            loopback.server.enqueue(.respond(status: 200, headers: client.headers, body: body))

            let error = try await #require(throws: AWSTransportError.self) {
                try await client.call(loopback.configuration())
            }

            #expect(error.kind == .other)
            #expect(error.message.contains("1024"), "\(error)")
            #expect(loopback.server.requestCount == 1)
        }
    }

    @Test func aContentLengthShorterThanTheBodyCutsTheDocumentAndTheNextCallSucceeds() async throws {
        try await Loopback.with { loopback in
            loopback.server.enqueue(
                .respondDeclaring(contentLength: client.validBody.count / 2, body: client.validBody),
                .respond(status: 200, headers: client.headers, body: client.validBody))

            await #expect(throws: AWSResponseDecodingError.self) {
                try await client.call(loopback.configuration())
            }
            let value = try await client.call(loopback.configuration())
            #expect(value == client.expectedValue)
        }
    }
}
#endif
