/// An HTTP response whose body arrives in chunks: what a transport returns for an operation whose output
/// is an event stream.
public struct AWSStreamingResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields.
    public var headers: AWSHTTPHeaders
    /// The body, chunk by chunk, as it arrives; it throws `AWSTransportError` when the connection fails.
    public var body: AsyncThrowingStream<[UInt8], any Error>

    /// Creates a response.
    public init(status: Int, headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: AsyncThrowingStream<[UInt8], any Error>) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose whole body is already here, as one chunk.
    public init(_ response: AWSHTTPResponse) {
        status = response.status
        headers = response.headers
        let (body, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        if !response.body.isEmpty { continuation.yield(response.body) }
        continuation.finish()
        self.body = body
    }

    /// Reads the rest of the body, for an error response; a body over `limit` bytes fails as `send` does.
    func collected(limit: Int = AWSTransportLimits.defaultMaxResponseBodySize) async throws -> AWSHTTPResponse {
        var bytes: [UInt8] = []
        for try await chunk in body {
            bytes += chunk
            if bytes.count > limit { throw AWSTransportLimits.bodyTooLarge(limit: limit) }
        }
        return AWSHTTPResponse(status: status, headers: headers, body: bytes)
    }
}
