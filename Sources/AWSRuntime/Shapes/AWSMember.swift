/// The wire traits of one member of a shape that differ from the defaults: its HTTP location,
/// its timestamp format, whether it is an idempotency token or a JSON value, and the names and layout the
/// query, ec2 and XML protocols give it.
///
/// Generated shapes list only members that need one; every other member is a body member
/// with default formatting.
@_spi(Generated) public struct AWSMember: Sendable {
    /// Where a member goes in an HTTP message.
    public enum Location: Sendable, Equatable {
        /// In the JSON body (the default).
        case body
        /// The URI label `name`; a greedy label keeps `/` unencoded.
        case uri(String, greedy: Bool)
        /// The query parameter `name`; a map spreads its entries as parameters.
        case query(String)
        /// The header `name`.
        case header(String)
        /// Every header whose name starts with `prefix`, as a map.
        case headers(prefix: String)
        /// The HTTP status code of a response.
        case statusCode
        /// The whole body, as JSON (a structure or document).
        case payload
        /// The whole body, as raw bytes (a blob).
        case blobPayload
        /// The whole body, as an ``AWSByteStream`` read on demand (a streaming blob): sent from a file or a sequence
        /// without holding it in memory, and received as it arrives.
        case streamingPayload
        /// The whole body, as text (a string).
        case stringPayload
        /// The whole body, as an event stream of an output (`AWSEventStream`).
        case eventStream
    }

    /// How a timestamp is written.
    public enum TimestampFormat: String, Sendable {
        /// Seconds since the epoch, as a number (JSON) or a string (headers, query).
        case unixTimestamp
        /// RFC 3339 / ISO 8601, such as `2014-04-29T18:30:38Z`.
        case iso8601
        /// RFC 7231 HTTP-date, such as `Tue, 29 Apr 2014 18:30:38 GMT`.
        case rfc822
    }

    /// The coding key of the member.
    public let key: String
    /// Where the member goes.
    public let location: Location
    /// The timestamp format, when the model sets one.
    public let timestampFormat: TimestampFormat?
    /// Whether a missing value is filled with a fresh idempotency token.
    public let isIdempotencyToken: Bool
    /// Whether a header value is JSON, sent base64-encoded.
    public let isJSONValue: Bool
    /// The ec2 protocol's request name, when it is not `key` with its first letter in capitals (the model's
    /// `queryName`, or a member without `locationName` whose name starts in lower case).
    public let queryName: String?
    /// How a list or map member is laid out in query parameters and XML, when it is not the default.
    public let collection: AWSCollectionLayout?
    /// Whether the member is an XML attribute of its structure's element rather than a child element.
    public let isXMLAttribute: Bool
    /// The XML namespace the member's element declares (`xmlNamespace`).
    public let xmlNamespace: AWSXMLNamespace?
    /// The XML element name of a payload member, when it is not `key`: the root element of a rest-xml body.
    public let xmlName: String?

    /// Creates a member description.
    public init(
        _ key: String, _ location: Location = .body, timestampFormat: TimestampFormat? = nil,
        idempotencyToken: Bool = false, jsonValue: Bool = false, queryName: String? = nil,
        collection: AWSCollectionLayout? = nil, xmlAttribute: Bool = false, xmlNamespace: AWSXMLNamespace? = nil,
        xmlName: String? = nil
    ) {
        self.key = key
        self.location = location
        self.timestampFormat = timestampFormat
        self.isIdempotencyToken = idempotencyToken
        self.isJSONValue = jsonValue
        self.queryName = queryName
        self.collection = collection
        self.isXMLAttribute = xmlAttribute
        self.xmlNamespace = xmlNamespace
        self.xmlName = xmlName
    }

    /// The timestamp format to use: the model's, or the location's default.
    var effectiveTimestampFormat: TimestampFormat {
        if let timestampFormat { return timestampFormat }
        switch location {
        case .header, .headers: return .rfc822
        case .uri, .query: return .iso8601
        case .body, .statusCode, .payload, .blobPayload, .streamingPayload, .stringPayload, .eventStream: return .unixTimestamp
        }
    }
}
