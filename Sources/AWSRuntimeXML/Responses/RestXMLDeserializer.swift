@_spi(Generated) import AWSRuntime
import AWSXML

/// Reads `rest-xml` responses: members bound to headers and the status code through the HTTP bindings that
/// rest-json shares, the payload member from the whole body (a structure or union from the root element,
/// whatever its name; a blob or string from the bytes), and the other members from the children of the root
/// element, or of a modeled error's `<Error>` element. An empty body holds no members. Event messages decode
/// the same way, with their typed headers for the HTTP headers and their payload for the body, as botocore's
/// `EventStreamXMLParser` reads them.
struct RestXMLDeserializer: EventStreamDeserializer {
    /// Creates the deserializer.
    init() {}

    func decode<T: AWSDecodableShape>(
        _ type: T.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation, eventStream: EventStreamContext?
    ) throws -> T {
        // An operation without output ignores whatever body comes back.
        if T.self == AWSEmptyShape.self { return AWSEmptyShape() as! T }
        let headers = try HTTPResponseBindings.members(T.awsMembers, response, operation)
        return try decode(type, response, XMLRootOverlay(headers: headers, payload: nil, eventStream: eventStream), operation)
    }

    func decodeEvent<T: AWSDecodableShape>(_ type: T.Type, _ message: EventStreamMessage, _ operation: AWSOperation, status: Int) throws -> T {
        let overlay = XMLRootOverlay(headers: message.headerMembers(T.awsMembers), payload: nil)
        return try decode(type, AWSHTTPResponse(status: status, body: message.payload), overlay, operation)
    }

    func errorFields(_ response: AWSHTTPResponse, _ operation: AWSOperation) -> AWSErrorFields {
        XMLErrorFields.fields(response)
    }

    /// 500 for an S3 response of 200 whose body is an `<Error>` element: S3 answers so when an operation fails
    /// after it has begun to respond (CopyObject, CompleteMultipartUpload, UploadPartCopy). botocore reads such a
    /// response as a 500, which is retried, for every S3 operation with an output that is not a stream or a blob
    /// or string payload; so does this.
    func effectiveStatus<Output: AWSDecodableShape>(
        _ response: AWSHTTPResponse, _ operation: AWSOperation, service: AWSServiceDescriptor, as type: Output.Type
    ) -> Int {
        guard response.status == 200, service.serviceID == "S3", Output.self != AWSEmptyShape.self,
            !Output.awsMembers.contains(where: {
                $0.location == .blobPayload || $0.location == .streamingPayload || $0.location == .stringPayload
                    || $0.location == .eventStream
            }),
            XMLResponseBody.rootName(response.body) == "Error"
        else { return response.status }
        return 500
    }

    /// Decodes a `T` from the body of `response`, with the members from outside the body in `overlay`.
    private func decode<T: AWSDecodableShape>(
        _ type: T.Type, _ response: AWSHTTPResponse, _ overlay: XMLRootOverlay, _ operation: AWSOperation
    ) throws -> T {
        var overlay = overlay
        let members = T.awsMembers
        let payloadMember = members.first {
            $0.location == .payload || $0.location == .blobPayload || $0.location == .streamingPayload
                || $0.location == .stringPayload
        }
        if let payloadMember {
            if payloadMember.location == .payload {
                overlay.payload = try XMLResponseBody.root(response, operation).map(XMLValue.element)
            } else if !response.body.isEmpty || payloadMember.location == .streamingPayload {
                // A streaming payload is always there, if empty; the client hands a streamed response's body to it.
                overlay.payload = .bytes(response.body)
            }
            return try XMLResponseBody.decode(type, AWSXMLElement(""), overlay: overlay, operation, status: response.status)
        }
        var element = try XMLResponseBody.root(response, operation) ?? AWSXMLElement("")
        // S3's GetBucketLocation answers with the member itself as the root, `<LocationConstraint>` (empty in
        // us-east-1, which botocore reads as no value); botocore reads it by hand too.
        if operation.name == "GetBucketLocation", element.name == "LocationConstraint" {
            element = AWSXMLElement("", children: element.text.isEmpty ? [] : [element])
        }
        if T.self is any AWSModeledError.Type { element = XMLResponseBody.errorElement(element) }
        if operation.decodesURLEncodedKeys, element["EncodingType"]?.text == "url" {
            element = Self.urlDecoded(element, operation: operation.name)
        }
        return try XMLResponseBody.decode(type, element, overlay: overlay, operation, status: response.status)
    }

    /// `root` with the keys, prefixes, markers and delimiter S3 url-encoded decoded (``S3URLEncodedListing``).
    private static func urlDecoded(_ root: AWSXMLElement, operation: String) -> AWSXMLElement {
        var root = root
        for index in root.children.indices {
            let name = root.children[index].name
            if S3URLEncodedListing.isEncoded(operation: operation, parent: nil, name: name) {
                root.children[index].text = PercentEncoding.decodeForm(root.children[index].text)
            }
            for inner in root.children[index].children.indices
            where S3URLEncodedListing.isEncoded(operation: operation, parent: name, name: root.children[index].children[inner].name) {
                root.children[index].children[inner].text = PercentEncoding.decodeForm(root.children[index].children[inner].text)
            }
        }
        return root
    }
}
