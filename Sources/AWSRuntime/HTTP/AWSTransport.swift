/// Sends one HTTP request and returns its response.
///
/// The client calls the transport once per attempt. A transport honours `request.timeout`, reports
/// network failures as `AWSTransportError`, and stops when its task is cancelled (throwing
/// `CancellationError`). Tests implement it to record requests and return canned responses without a network.
public protocol AWSTransport: Sendable {
    /// Sends `request` and returns the complete response.
    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse

    /// Sends `request` and returns the response once its head arrives, with the body as it streams in.
    ///
    /// The client calls it for operations whose output is an event stream. `request.timeout` bounds the
    /// exchange up to the response head only: a stream may stay open as long as the service keeps it.
    func stream(_ request: AWSHTTPRequest) async throws -> AWSStreamingResponse
}

extension AWSTransport {
    /// Sends with `send` and hands over the complete body as one chunk: events arrive once the response
    /// has ended. Transports that can stream implement it themselves.
    public func stream(_ request: AWSHTTPRequest) async throws -> AWSStreamingResponse {
        AWSStreamingResponse(try await send(request))
    }
}
