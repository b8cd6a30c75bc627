/// Where the JSON protocols and rpc-v2-cbor put an error's code and message: the `X-Amzn-Errortype` header or
/// the body's `code`, `__type` or `Code`; the body's `message`, `Message` or `errorMessage`, or the
/// `x-amzn-error-message` header.
enum JSONErrorFields {
    /// The fields of an error response whose body decoded to `body`.
    static func fields(_ body: JSONValue?, _ response: AWSHTTPResponse) -> AWSErrorFields {
        let members: [String: JSONValue]
        if case .object(let object)? = body { members = object } else { members = [:] }
        func field(_ names: String...) -> String? {
            for name in names { if case .string(let value) = members[name] { return value } }
            return nil
        }
        return AWSErrorFields(
            code: HTTPResponseBindings.sanitizedCode(response.headers["X-Amzn-Errortype"] ?? field("code", "__type", "Code") ?? ""),
            message: field("message", "Message", "errorMessage") ?? response.headers["x-amzn-error-message"],
            requestID: HTTPResponseBindings.requestID(response.headers))
    }
}
