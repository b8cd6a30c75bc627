import AWSCBOR

/// Builds `smithy-rpc-v2-cbor` requests: a POST to `/service/<serviceName>/operation/<name>` whose body is the
/// CBOR map of the input's members, or no body for an operation without input (`AWSEmptyShape`).
struct CBORSerializer: AWSRequestSerializer {
    /// The service's name in the path (botocore's `targetPrefix`).
    let serviceName: String

    func request<Input: AWSEncodableShape>(_ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext) throws -> AWSHTTPRequest {
        var request = context.emptyRequest(method: "POST")
        request.path = context.endpoint.basePath + "/service/\(serviceName)/operation/\(operation.name)"
        request.headers.add("smithy-protocol", "rpc-v2-cbor")
        request.headers.add("Accept", "application/cbor")
        if context.service.queryCompatible { request.headers.add("x-amzn-query-mode", "true") }
        guard Input.self != AWSEmptyShape.self else { return request }
        let body = try CBORBodyEncoder(tokenGenerator: context.tokenGenerator).encode(input)
        if let hostPrefix = operation.hostPrefix {
            guard case .map(let members) = body else {
                throw AWSRequestError(operation: operation.name, reason: "the input did not encode as a map")
            }
            request.host = try HTTPBindings.expandHostPrefix(hostPrefix, members.compactMapValues(Self.hostLabel), operation)
                + request.host
        }
        request.headers.add("Content-Type", "application/cbor")
        request.body = body.encoded()
        return request
    }

    /// A host label's JSON, from the string member that holds it.
    private static func hostLabel(_ value: CBORValue) -> JSONValue? {
        if case .string(let text) = value { .string(text) } else { nil }
    }
}
