/// A transport that could not be made: every request fails with the error that prevented it, such as a malformed
/// `HTTPS_PROXY`, so that the error reaches the caller rather than stopping the process.
struct UnusableTransport: AWSTransport {
    let error: any Error

    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        throw error
    }
}
