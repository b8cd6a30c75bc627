/// An HTTP response whose body arrives in chunks: what a transport returns for an operation whose output
/// is an event stream or a streaming payload (such as S3's `GetObject`).
public struct AWSStreamingResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The header fields.
    public var headers: AWSHTTPHeaders
    /// The body, chunk by chunk, read from the connection as the caller asks for it; it throws `AWSTransportError`
    /// when the connection fails.
    public var body: AWSByteStream

    /// Creates a response.
    public init(status: Int, headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: AWSByteStream) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Creates a response whose body is the chunks of `body`.
    public init(status: Int, headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: AsyncThrowingStream<[UInt8], any Error>) {
        self.init(status: status, headers: headers, body: AWSByteStream(body))
    }

    /// A response whose whole body is already here, as one chunk.
    public init(_ response: AWSHTTPResponse) {
        status = response.status
        headers = response.headers
        body = AWSByteStream(response.body)
    }

    /// Reads the rest of the body, for an error response; a body over `limit` bytes fails as `send` does.
    func collected(limit: Int = AWSTransportLimits.defaultMaxResponseBodySize) async throws -> AWSHTTPResponse {
        do {
            return AWSHTTPResponse(status: status, headers: headers, body: try await body.collect(upTo: limit))
        } catch AWSByteStreamError.tooLong {
            throw AWSTransportLimits.bodyTooLarge(limit: limit)
        }
    }
}
