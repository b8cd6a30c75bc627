/// Sends one HTTP request and returns its response.
///
/// The client calls the transport once per attempt. A transport honours `request.timeout`, reports
/// network failures as `AWSTransportError`, and stops when its task is cancelled (throwing
/// `CancellationError`). Tests implement it to record requests and return canned responses without a network.
public protocol AWSTransport: Sendable {
    /// Sends `request` and returns the complete response.
    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse
}
