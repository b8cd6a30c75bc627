@_spi(Generated) import AWSRuntime
import AWSXML

/// Reads `query` and `ec2` responses, whose bodies differ only where botocore's `EC2QueryParser` looks for an
/// error: an output's members are children of `<Op>Response><Op>Result>` (the operation's `resultWrapper`;
/// ec2 has none and its members are children of the root), a modeled error's are children of its `<Error>`
/// element. No member is bound to a header. An empty body holds no members.
struct QueryDeserializer: AWSResponseDeserializer {
    /// Creates the deserializer of both protocols.
    init() {}

    func decode<Output: AWSDecodableShape>(_ type: Output.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation) throws -> Output {
        // An operation without output ignores whatever body comes back.
        if Output.self == AWSEmptyShape.self { return AWSEmptyShape() as! Output }
        var element = try XMLResponseBody.root(response, operation) ?? AWSXMLElement("")
        if Output.self is any AWSModeledError.Type {
            element = XMLResponseBody.errorElement(element)
        } else if let wrapper = operation.resultWrapper {
            element = element[wrapper] ?? AWSXMLElement(wrapper)
        }
        return try XMLResponseBody.decode(type, element, overlay: nil, operation, status: response.status)
    }

    func errorFields(_ response: AWSHTTPResponse, _ operation: AWSOperation) -> AWSErrorFields {
        XMLErrorFields.fields(response)
    }
}
