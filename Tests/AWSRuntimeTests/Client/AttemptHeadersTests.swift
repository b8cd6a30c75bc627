import AWSRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AWSRuntime

/// `amz-sdk-invocation-id` and `amz-sdk-request` on every attempt, as botocore sends them.
@Suite struct AttemptHeadersTests {
    /// A transport that answers with `responses` in order, then 200.
    static func transport(_ responses: [AWSHTTPResponse]) -> AWSStubTransport {
        let remaining = Remaining(responses)
        return AWSStubTransport { _ in remaining.next() ?? AWSHTTPResponse(status: 200, body: Array("{}".utf8)) }
    }

    @Test func theInvocationIDStaysTheSameAcrossAttemptsAndTheAttemptIsCounted() async throws {
        let date = ("Date", "Thu, 03 Dec 2026 10:00:00 GMT")
        let transport = Self.transport([
            TestService.error("InternalFailure", status: 500, headers: [date]),
            TestService.error("ServiceUnavailable", status: 503),
        ])
        let client = try TestService.client(.hygieneTest(transport))
        try await TestService.call(client)
        let requests = transport.requests
        #expect(requests.count == 3)
        let ids = requests.map { $0.headers["amz-sdk-invocation-id"] }
        let first = try #require(ids[0])
        #expect(UUID(uuidString: first) != nil && first == first.lowercased())
        #expect(ids.allSatisfy { $0 == first })
        // The retry after a response with a Date gets botocore's ttl: that Date plus the attempt timeout (120 s).
        #expect(requests.map { $0.headers["amz-sdk-request"] } == [
            "attempt=1; max=3", "ttl=20261203T100200Z; attempt=2; max=3", "attempt=3; max=3",
        ])
        // botocore does not sign them: they are added after signing, so a retry never invalidates a signature.
        #expect(requests.allSatisfy { $0.headers["Authorization"]?.contains("amz-sdk") == false })

        try await TestService.call(client)
        let next = try #require(transport.requests.last?.headers["amz-sdk-invocation-id"])
        #expect(next != first)
        #expect(transport.requests.last?.headers["amz-sdk-request"] == "attempt=1; max=3")
    }

    @Test func maxIsTheClientsMaxAttempts() async throws {
        let transport = Self.transport([])
        var configuration = AWSClientConfiguration.hygieneTest(transport)
        configuration.environment = ["AWS_MAX_ATTEMPTS": "7"]
        try await TestService.call(try TestService.client(configuration))
        #expect(transport.requests.first?.headers["amz-sdk-request"] == "attempt=1; max=7")
    }

    /// Responses handed out one at a time.
    final class Remaining: @unchecked Sendable {
        private let lock = NSLock()
        private var responses: [AWSHTTPResponse]

        init(_ responses: [AWSHTTPResponse]) { self.responses = responses }

        func next() -> AWSHTTPResponse? {
            lock.withLock { responses.isEmpty ? nil : responses.removeFirst() }
        }
    }
}
