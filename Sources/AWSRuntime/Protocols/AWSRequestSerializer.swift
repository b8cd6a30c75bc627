/// Builds the HTTP request of an operation from its validated input, in one wire protocol.
@_spi(Generated) public protocol AWSRequestSerializer: Sendable {
    /// The unsigned request for `input`.
    func request<Input: AWSEncodableShape>(_ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext) throws -> AWSHTTPRequest
}

/// What a serializer needs beyond the input: the service, where the request goes, and how to make
/// idempotency tokens.
@_spi(Generated) public struct AWSRequestContext: Sendable {
    /// The service.
    public let service: AWSServiceDescriptor
    /// The resolved endpoint.
    public let endpoint: AWSEndpoint
    /// Makes a fresh idempotency token for a member left nil.
    public let tokenGenerator: @Sendable () -> String

    /// Creates a context.
    public init(service: AWSServiceDescriptor, endpoint: AWSEndpoint, tokenGenerator: @escaping @Sendable () -> String) {
        self.service = service
        self.endpoint = endpoint
        self.tokenGenerator = tokenGenerator
    }

    /// A request with the endpoint's scheme, host and port, and room for the protocol's headers and the
    /// signer's (date, host, token, authorization) without growing.
    package func emptyRequest(method: String) -> AWSHTTPRequest {
        var headers = AWSHTTPHeaders()
        headers.reserveCapacity(9)
        return AWSHTTPRequest(method: method, scheme: endpoint.scheme, host: endpoint.host, port: endpoint.port, headers: headers)
    }
}
