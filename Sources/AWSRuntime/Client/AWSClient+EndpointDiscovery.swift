import Foundation

extension AWSClient {
    /// The endpoint of operations that require discovery: the one `discovery` keeps, else what the service's endpoint
    /// operation gives now, signed and sent as any request of the client (one attempt, within `timeout`). Its errors
    /// are thrown as they are.
    func discoveredEndpoint(_ discovery: EndpointDiscovery, timeout: Duration?) async throws -> AWSEndpoint {
        if let endpoint = discovery.endpoint { return endpoint }
        guard let operation = service.endpointOperation else {
            throw AWSRequestError(operation: "endpoint discovery", reason: "\(service.serviceID) has no endpoint operation")
        }
        var (request, auth) = try prepareRequest(operation, AWSEmptyShape(), accountId: nil)
        request.timeout = timeout
        if operation.isSigned {
            try signers.signer(for: auth).sign(&request, credentials: try await credentials.credentials(), date: clockSkew.now())
        }
        request.headers.set("User-Agent", userAgent.value)
        let response = try await transport.send(request)
        return try discovery.store(try parseResponse(operation, response, as: DescribeEndpointsOutput.self), operation: operation.name)
    }
}

extension AWSHTTPRequest {
    /// Sends the request to `endpoint`'s scheme, host and port.
    mutating func use(_ endpoint: AWSEndpoint) {
        scheme = endpoint.scheme
        host = endpoint.host
        port = endpoint.port
    }
}
