@_spi(Generated) import AWSRuntime
@_spi(Generated) @testable import AWSRuntimeXML

/// Builds requests the way a client does, with the botocore suites' API version and idempotency token.
enum RequestHarness {
    /// The token the suites expect for an idempotency token left nil.
    static let token = "00000000-0000-4000-8000-000000000000"

    /// The request `serializer` builds for `input` to `operation`, sent to `endpoint`.
    static func request<Input: AWSEncodableShape>(
        _ serializer: some AWSRequestSerializer, _ input: Input, _ operation: AWSOperation,
        endpoint: String = "https://example.com"
    ) throws -> AWSHTTPRequest {
        let service = AWSServiceDescriptor(
            serviceID: "Test", signingName: "test", endpointPrefix: "test", apiVersion: "2020-01-08",
            protocol: .restJSON, errors: [:])
        let context = AWSRequestContext(service: service, endpoint: try AWSEndpoint(url: endpoint), tokenGenerator: { token })
        return try serializer.request(input, operation, context)
    }

    /// The body of a query or ec2 request for `input` to the POST operation `name`.
    static func queryBody<Input: AWSEncodableShape>(_ flavor: QuerySerializer.Flavor, _ input: Input, _ name: String) throws -> String {
        let request = try request(QuerySerializer(flavor: flavor), input, AWSOperation(name, method: "POST", requestURI: "/"))
        return String(decoding: request.body, as: UTF8.self)
    }
}
