/// A reference from a member, a list, a map or an operation to a shape, with the traits it carries.
package struct ShapeReference: Sendable, Equatable {
    package var shape: String
    package var location: MemberLocation = .body
    package var locationName: String?
    package var documentation: String?
    package var idempotencyToken = false
    package var jsonValue = false
    package var hostLabel = false
    package var timestampFormat: String?
    package var deprecated = false
    package var deprecatedMessage: String?
    package var streaming = false
    package var eventStream = false
    /// A member of an event that travels in a message header.
    package var eventHeader = false
    /// The member of an event that is the message payload.
    package var eventPayload = false
    /// Whether a list or map member repeats its own element instead of wrapping its elements (query, XML).
    package var flattened = false
    package var box = false
    package var sensitive = false
    /// The ec2 protocol's request name of the member (`queryName`).
    package var queryName: String?
    /// Whether the member is an XML attribute of its structure's element.
    package var xmlAttribute = false
    /// The XML namespace the member's element declares; on an operation's input, its body's root element's.
    package var xmlNamespace: XMLNamespace?
    /// The element that wraps an operation's output in a query or ec2 response (on the output reference).
    package var resultWrapper: String?
    /// The endpoint rule-set parameter this member's value sets (`contextParam`).
    package var contextParam: String?
}

/// An XML namespace declaration of a model: `xmlns="uri"`, or `xmlns:prefix="uri"`.
package struct XMLNamespace: Sendable, Equatable {
    package var uri: String
    package var prefix: String?
}

/// Where a member goes in an HTTP message.
package enum MemberLocation: String, Sendable, Equatable {
    case body
    case uri
    case querystring
    case header
    case headers
    case statusCode
}

/// A named shape.
package struct Shape: Sendable {
    /// The kind of a shape, with the parts that only that kind has.
    package enum Kind: Sendable {
        case structure(Structure)
        case list(member: ShapeReference)
        case map(key: ShapeReference, value: ShapeReference)
        case string(enumValues: [String]?)
        case integer, long, float, double, boolean, timestamp, blob, document
        case bigInteger, bigDecimal, byte, short
    }

    /// The parts of a structure or union shape.
    package struct Structure: Sendable {
        /// Members in model order.
        package var members: [(name: String, reference: ShapeReference)]
        package var required: [String]
        package var payload: String?
        package var isUnion: Bool
        package var isException: Bool
        package var isFault: Bool
        /// The model's error code (botocore's `error.code`; Smithy's `awsQueryError` in the query protocols
        /// and `awsQueryCompatible` services, where it is the query code); nil means the shape name.
        package var errorCode: String?
        package var httpStatusCode: Int?
        package var senderFault: Bool
        package var retryable: Bool
        package var throttling: Bool
        package var isDocument: Bool
    }

    package var name: String
    package var kind: Kind
    package var documentation: String?
    package var min: Double?
    package var max: Double?
    package var pattern: String?
    package var sensitive: Bool
    package var deprecated: Bool
    package var timestampFormat: String?
    package var streaming: Bool
    package var eventStream: Bool
    /// Whether a list or map shape is flattened (botocore puts `flattened` on the shape or the member).
    package var flattened = false
    /// The XML namespace of the shape's element, which a member that sets none takes.
    package var xmlNamespace: XMLNamespace?

    /// The structure parts, if this is a structure or union.
    package var structure: Structure? {
        if case .structure(let structure) = kind { return structure }
        return nil
    }
}
