@_spi(Generated) import AWSRuntime
import AWSXML

/// Reads `rest-xml` responses: members bound to headers and the status code through the HTTP bindings that
/// rest-json shares, the payload member from the whole body (a structure or union from the root element,
/// whatever its name; a blob or string from the bytes), and the other members from the children of the root
/// element, or of a modeled error's `<Error>` element. An empty body holds no members.
struct RestXMLDeserializer: AWSResponseDeserializer {
    /// Creates the deserializer.
    init() {}

    func decode<Output: AWSShape>(_ type: Output.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation) throws -> Output {
        // An operation without output ignores whatever body comes back.
        if Output.self == AWSEmptyShape.self { return AWSEmptyShape() as! Output }
        let members = Output.awsMembers
        var overlay = XMLRootOverlay(headers: try HTTPResponseBindings.members(members, response, operation), payload: nil)
        let payloadMember = members.first {
            $0.location == .payload || $0.location == .blobPayload || $0.location == .stringPayload
        }
        if let payloadMember {
            if payloadMember.location == .payload {
                overlay.payload = try XMLResponseBody.root(response, operation).map(XMLValue.element)
            } else if !response.body.isEmpty {
                overlay.payload = .bytes(response.body)
            }
            return try XMLResponseBody.decode(type, AWSXMLElement(""), overlay: overlay, operation, status: response.status)
        }
        var element = try XMLResponseBody.root(response, operation) ?? AWSXMLElement("")
        if Output.self is any AWSModeledError.Type { element = XMLResponseBody.errorElement(element) }
        return try XMLResponseBody.decode(type, element, overlay: overlay, operation, status: response.status)
    }

    func errorFields(_ response: AWSHTTPResponse, _ operation: AWSOperation) -> AWSErrorFields {
        XMLErrorFields.fields(response)
    }
}
