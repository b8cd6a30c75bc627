@_spi(Generated) import AWSRuntime
import AWSXML

/// Builds `rest-xml` requests as botocore's `RestXMLSerializer` does: members bound to the URI, query and
/// headers by the HTTP bindings rest-json shares, and a body that is the payload member (a structure as XML,
/// a blob or string as it is) or else the body members inside the operation's root element.
///
/// An XML body is sent as `application/xml` (unless a header member sets the type), as the Smithy rest-xml
/// protocol says and its test suite checks; botocore sends no `Content-Type`. A body with no member set is empty.
struct RestXMLSerializer: AWSRequestSerializer {
    /// A rest-xml serializer.
    init() {}

    func request<Input: AWSEncodableShape>(_ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext) throws -> AWSHTTPRequest {
        let encoded = try XMLBodyEncoder(tokenGenerator: context.tokenGenerator).encode(input, operation)
        var request = context.emptyRequest(method: operation.method)
        if let hostPrefix = operation.hostPrefix {
            request.host = try HTTPBindings.expandHostPrefix(hostPrefix, encoded.values, operation) + request.host
        }
        if let (location, value) = try HTTPBindings.apply(Input.awsMembers, encoded.values, operation, context, to: &request) {
            if try !HTTPBindings.setRawPayload(location, value, operation, on: &request), let payload = encoded.payload {
                setXMLBody(payload, on: &request)
            }
        } else if let body = encoded.body {
            setXMLBody(body, on: &request)
        }
        return request
    }

    private func setXMLBody(_ element: AWSXMLElement, on request: inout AWSHTTPRequest) {
        if request.headers["Content-Type"] == nil { request.headers.add("Content-Type", "application/xml") }
        request.body = element.serialized()
    }
}
