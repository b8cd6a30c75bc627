/// What both JSON protocols do first: encode the input and expand the host prefix.
enum JSONInputEncoding {
    /// The request with the host prefix expanded, and the encoded input: its body, and the values of the
    /// members bound to the URI, query and headers (when `bindsMembers`) and of the host labels.
    static func request<Input: AWSEncodableShape>(
        _ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext, bindsMembers: Bool
    ) throws -> (AWSHTTPRequest, JSONBodyEncoder.Encoded) {
        let encoder = JSONBodyEncoder(
            tree: TreeEncoder(tokenGenerator: context.tokenGenerator), bindsMembers: bindsMembers,
            hostLabels: operation.hostLabels)
        guard let encoded = try encoder.encode(input) else {
            throw AWSRequestError(operation: operation.name, reason: "the input did not encode as an object")
        }
        var request = context.emptyRequest(method: operation.method)
        if let hostPrefix = operation.hostPrefix {
            request.host = try HTTPBindings.expandHostPrefix(hostPrefix, encoded.values, operation) + request.host
        }
        return (request, encoded)
    }
}
