/// Reads `smithy-rpc-v2-cbor` responses: the body is the CBOR map of the output's or error's members, with no
/// HTTP bindings.
struct CBORDeserializer: AWSResponseDeserializer {
    func decode<Output: AWSDecodableShape>(_ type: Output.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation) throws -> Output {
        // An operation without output ignores whatever body comes back.
        if Output.self == AWSEmptyShape.self { return AWSEmptyShape() as! Output }
        let body = try CBORResponseDecoder.json(response.body, operation: operation.name, status: response.status)
        let members: [String: JSONValue]
        if case .object(let object) = body { members = object } else { members = [:] }
        do {
            return try TreeDecoder().decode(type, from: .object(members))
        } catch let error as DecodingError {
            throw HTTPResponseBindings.decodingError(error, operation, response.status)
        }
    }

    func errorFields(_ response: AWSHTTPResponse, _ operation: AWSOperation) -> AWSErrorFields {
        JSONErrorFields.fields(
            try? CBORResponseDecoder.json(response.body, operation: operation.name, status: response.status), response)
    }
}
