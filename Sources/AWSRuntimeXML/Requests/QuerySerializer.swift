@_spi(Generated) import AWSRuntime

/// Builds `query` and `ec2` requests as botocore's `QuerySerializer` and `EC2Serializer` do: a form-encoded
/// POST to the endpoint's base path plus `/`, whose body is `Action=<operation>&Version=<API version>`
/// followed by the input's members, flattened into dotted names (`Tags.member.1.Key=…`).
struct QuerySerializer: AWSRequestSerializer {
    /// Where ec2 differs from query.
    enum Flavor: Sendable {
        /// `query`: members by their wire names, lists as `Name.member.N` (`Name.N` when flattened), an empty
        /// list as `Name=`.
        case query
        /// `ec2`: members by their `queryName`, else their wire name with its first letter in capitals, every
        /// list as `Name.N`, an empty list left out.
        case ec2
    }

    /// Query or ec2.
    let flavor: Flavor

    /// A serializer of `flavor`.
    init(flavor: Flavor) {
        self.flavor = flavor
    }

    func request<Input: AWSEncodableShape>(_ input: Input, _ operation: AWSOperation, _ context: AWSRequestContext) throws -> AWSHTTPRequest {
        let form = QueryForm(flavor: flavor, tokenGenerator: context.tokenGenerator, hostLabels: operation.hostLabels)
        form.append("Action", operation.name)
        form.append("Version", context.service.apiVersion)
        try form.write(input, prefix: "", member: nil, layout: nil)
        var request = context.emptyRequest(method: operation.method)
        if let hostPrefix = operation.hostPrefix {
            request.host = try HTTPBindings.expandHostPrefix(hostPrefix, form.hostLabelValues, operation) + request.host
        }
        request.path = context.endpoint.basePath + "/"
        request.headers.add("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        request.body = form.output
        return request
    }
}
