@_spi(Generated) import AWSRuntime
import AWSXML

/// What the three XML protocols share in reading a response: parsing the body, finding a modeled error's
/// element, and decoding a shape from an element with the members from outside the body laid over it.
enum XMLResponseBody {
    /// The body's root element, or nil for a body that is empty or only white space.
    static func root(_ response: AWSHTTPResponse, _ operation: AWSOperation) throws -> AWSXMLElement? {
        if isBlank(response.body) { return nil }
        do {
            return try AWSXMLElement.parse(response.body)
        } catch {
            throw AWSResponseDecodingError(
                operation: operation.name, status: response.status, path: "", reason: "the body is not well-formed XML: \(error)")
        }
    }

    /// The element a modeled error's members are children of, as botocore's `_get_error_root` finds it:
    /// `<ErrorResponse><Error>` (query, rest-xml), `<Response><Errors><Error>` (ec2), or the root itself
    /// (S3's bare `<Error>`).
    static func errorElement(_ root: AWSXMLElement) -> AWSXMLElement {
        if root.name == "ErrorResponse", let error = root["Error"] { return error }
        if let error = root["Errors"]?["Error"] { return error }
        return root
    }

    /// Decodes a `T` from `element`, with the header, status and payload members of `overlay`; turns a
    /// `DecodingError` into an `AWSResponseDecodingError` that names the operation.
    static func decode<T: AWSShape>(
        _ type: T.Type, _ element: AWSXMLElement, overlay: XMLRootOverlay?, _ operation: AWSOperation, status: Int
    ) throws -> T {
        let decoder = XMLDecoding(
            value: .element(element), layout: nil, members: T.awsMembers, parent: nil, key: nil, overlay: overlay)
        do {
            return try T(from: decoder)
        } catch let error as DecodingError {
            throw HTTPResponseBindings.decodingError(error, operation, status)
        }
    }

    /// Whether a body holds nothing but XML white space.
    static func isBlank(_ body: [UInt8]) -> Bool {
        body.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }
}
