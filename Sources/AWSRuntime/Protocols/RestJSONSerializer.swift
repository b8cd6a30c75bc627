/// Builds `rest-json` requests: members bound to the URI, query and headers by the shared HTTP bindings, the
/// other members (or the payload member) as the JSON body.
struct RestJSONSerializer: AWSRequestSerializer {
    func request<Input: AWSEncodableShape>(_ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext) throws -> AWSHTTPRequest {
        var (request, encoded) = try JSONInputEncoding.request(input, operation, context, bindsMembers: true)
        let payload = try HTTPBindings.apply(Input.awsMembers, encoded.values, operation, context, to: &request)
        if let (member, value) = payload {
            if try !HTTPBindings.setRawPayload(member, value, operation, on: &request) {
                request.headers.add("Content-Type", "application/json")
                request.body = value?.serialized() ?? Array("{}".utf8)
            }
        } else if encoded.hasMembers || operation.inputHasBody {
            request.headers.add("Content-Type", "application/json")
            request.body = encoded.body
        }
        return request
    }
}
