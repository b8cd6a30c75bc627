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
    static func decode<T: AWSDecodableShape>(
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
    /// The name of the body's root element, found without parsing the document: the first tag after any XML
    /// declaration, processing instructions, comments and whitespace; `nil` when the body does not start so.
    static func rootName(_ body: [UInt8]) -> String? {
        // A UTF-8 byte order mark may come first.
        var index = body.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < body.count {
            switch body[index] {
            case 0x20, 0x0A, 0x0D, 0x09:
                index += 1
            case UInt8(ascii: "<"):
                guard index + 1 < body.count else { return nil }
                let next = body[index + 1]
                if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                    // A declaration, processing instruction, comment or doctype ends at the next `>`.
                    guard let end = body[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                    index = end + 1
                    continue
                }
                let start = index + 1
                var end = start
                while end < body.count, !Self.endsName(body[end]) { end += 1 }
                return end > start ? String(decoding: body[start..<end], as: UTF8.self) : nil
            default:
                return nil
            }
        }
        return nil
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte.isXMLSpace
    }

    static func isBlank(_ body: [UInt8]) -> Bool {
        body.allSatisfy(\.isXMLSpace)
    }
}
