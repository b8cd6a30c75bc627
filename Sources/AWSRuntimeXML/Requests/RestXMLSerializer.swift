@_spi(Generated) import AWSRuntime

/// Builds `rest-xml` requests as botocore's `RestXMLSerializer` does: members bound to the URI, query and
/// headers by the HTTP bindings rest-json shares, and a body that is the payload member (a structure as XML,
/// a blob or string as it is) or else the body members inside the operation's root element.
///
/// An XML body gets no `Content-Type`, as botocore sends none; a body with no member set is empty.
struct RestXMLSerializer: AWSRequestSerializer {
    /// A rest-xml serializer.
    init() {}

    func request<Input: AWSShape>(_ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext) throws -> AWSHTTPRequest {
        let encoded = try XMLBodyEncoder(tokenGenerator: context.tokenGenerator).encode(input, operation)
        var request = context.emptyRequest(method: operation.method)
        if let hostPrefix = operation.hostPrefix {
            request.host = try HTTPBindings.expandHostPrefix(hostPrefix, encoded.values, operation) + request.host
        }
        if let (location, value) = try HTTPBindings.apply(Input.awsMembers, encoded.values, operation, context, to: &request) {
            if try !HTTPBindings.setRawPayload(location, value, operation, on: &request), let payload = encoded.payload {
                request.body = payload.serialized()
            }
        } else if let body = encoded.body {
            request.body = body.serialized()
        }
        return request
    }
}
