extension AWSTransport {
    /// Sends `request` to a credentials endpoint up to `attempts` times, trying again after a transient
    /// transport error or a 5xx status, and returns the last response whatever its status.
    ///
    /// Transport failures become ``AWSCredentialsError/endpointUnreachable(uri:reason:)``; cancellation is
    /// rethrown as is.
    func sendToCredentialsEndpoint(_ request: AWSHTTPRequest, attempts: Int) async throws -> AWSHTTPResponse {
        var attempt = 1
        while true {
            let isLast = attempt >= attempts
            do {
                let response = try await send(request)
                if response.status < 500 || isLast {
                    return response
                }
            } catch let error as CancellationError {
                throw error
            } catch let error as AWSTransportError where error.isTransient && !isLast {
                // Try again below.
            } catch {
                throw AWSCredentialsError.endpointUnreachable(uri: request.url, reason: String(describing: error))
            }
            try Task.checkCancellation()
            attempt += 1
        }
    }
}

extension AWSHTTPResponse {
    /// The body of a 2xx response, else ``AWSCredentialsError/endpointStatus(method:uri:status:)`` for
    /// `request`.
    func successBody(for request: AWSHTTPRequest) throws -> [UInt8] {
        guard (200..<300).contains(status) else {
            throw AWSCredentialsError.endpointStatus(method: request.method, uri: request.url, status: status)
        }
        return body
    }
}
