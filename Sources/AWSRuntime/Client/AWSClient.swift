/// Runs the operations of one service: validates and encodes the input, sends the request through the
/// transport, and decodes the output or the error. Generated clients hold one and call `execute`.
public struct AWSClient: Sendable {
    /// The service this client talks to.
    public let service: AWSServiceDescriptor
    /// The configuration.
    public let configuration: AWSClientConfiguration
    private let endpoint: AWSEndpoint

    /// Creates a client; throws when the endpoint is not a valid URL.
    public init(service: AWSServiceDescriptor, configuration: AWSClientConfiguration) throws {
        self.service = service
        self.configuration = configuration
        endpoint = try AWSEndpoint(
            url: configuration.endpoint ?? "https://\(service.endpointPrefix).\(configuration.region).amazonaws.com")
    }

    /// Runs `operation` with `input` and decodes an `Output`.
    public func execute<Input: AWSShape, Output: AWSShape>(
        _ operation: AWSOperation, _ input: Input, output: Output.Type = Output.self
    ) async throws -> Output {
        let request = try buildRequest(operation, input)
        let response = try await configuration.transport.send(request)
        return try parseResponse(operation, response, as: output)
    }

    /// The request `execute` would send for `input`, before signing.
    public func buildRequest<Input: AWSShape>(_ operation: AWSOperation, _ input: Input) throws -> AWSHTTPRequest {
        try RequestBuilder(service: service, endpoint: endpoint, tokenGenerator: configuration.idempotencyToken)
            .build(operation, input)
    }

    /// Decodes `response` as the output of `operation`, or throws the service error it holds.
    public func parseResponse<Output: AWSShape>(
        _ operation: AWSOperation, _ response: AWSHTTPResponse, as output: Output.Type = Output.self
    ) throws -> Output {
        try ResponseParser(service: service).parse(operation, response, as: output)
    }
}
