import Testing
@testable import AWSRuntime

/// Reading the rest of a streamed body, as the client does for an error response.
@Suite struct StreamingResponseTests {
    static func response(_ chunks: [[UInt8]]) -> AWSStreamingResponse {
        let (body, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        for chunk in chunks { continuation.yield(chunk) }
        continuation.finish()
        return AWSStreamingResponse(status: 400, body: body)
    }

    @Test func collectsEveryChunk() async throws {
        let response = try await Self.response([Array("{\"a\":".utf8), Array(" 1}".utf8)]).collected()
        #expect(response.status == 400)
        #expect(response.body == Array("{\"a\": 1}".utf8))
    }

    @Test func aBodyOverTheLimitFails() async throws {
        await #expect(throws: AWSTransportError.self) {
            _ = try await Self.response([[UInt8](repeating: 0, count: 8), [UInt8](repeating: 0, count: 8)]).collected(limit: 10)
        }
    }
}
