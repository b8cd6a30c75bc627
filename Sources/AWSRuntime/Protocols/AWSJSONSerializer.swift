/// Builds `json` (awsJson 1.0 and 1.1) requests: a POST to `/` whose `X-Amz-Target` names the operation and
/// whose body is the input's JSON object.
struct AWSJSONSerializer: AWSRequestSerializer {
    /// The JSON version of the content type, `1.0` or `1.1`.
    let version: String
    /// The prefix of `X-Amz-Target`, such as `DynamoDB_20120810`.
    let targetPrefix: String

    func request<Input: AWSEncodableShape>(_ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext) throws -> AWSHTTPRequest {
        var (request, encoded) = try JSONInputEncoding.request(input, operation, context, bindsMembers: false)
        request.path = context.endpoint.basePath + "/"
        request.headers.add("Content-Type", "application/x-amz-json-\(version)")
        request.headers.add("X-Amz-Target", "\(targetPrefix).\(operation.name)")
        if context.service.queryCompatible { request.headers.add("x-amzn-query-mode", "true") }
        request.body = encoded.body
        return request
    }
}
