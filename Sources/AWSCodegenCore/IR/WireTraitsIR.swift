/// How a member travels on the wire, beyond its coding key: where it goes and how it is encoded.
///
/// Each protocol's traits are fields here, so that a protocol adds its own (such as XML names or
/// `flattened`) without changing the others.
struct WireTraitsIR: Equatable {
    var location: MemberLocationIR = .body
    /// The timestamp format the model sets for the member, or for the timestamps in its list or map.
    var timestampFormat: TimestampFormatIR?
    /// Whether the member is an idempotency token, filled with a fresh one when absent.
    var isIdempotencyToken = false
    /// Whether the member is a JSON value: any JSON, base64-encoded, in a header; a string of JSON text in a body.
    var isJSONValue = false
    /// The ec2 request name, when it is not the coding key with its first letter in capitals.
    var queryName: String?
    /// The layout of a list or map member in query parameters and XML, when it is not the default.
    var collection: CollectionLayoutIR?
    /// Whether the member is an XML attribute of its structure's element.
    var isXMLAttribute = false
    /// The XML namespace the member's element declares.
    var xmlNamespace: XMLNamespace?
    /// The root element name of a rest-xml structure payload, when it is not the coding key.
    var xmlName: String?
}

/// How a list or map is laid out in query parameters and XML; nil names and false flags are the defaults.
indirect enum CollectionLayoutIR: Equatable {
    /// A list: its element name and namespace, whether it is flattened, and the layout of elements that are
    /// lists or maps.
    case list(member: String?, memberNamespace: XMLNamespace?, flattened: Bool, element: CollectionLayoutIR?)
    /// A map: its key and value names and namespaces, whether it is flattened, and the layout of values that
    /// are lists or maps.
    case map(
        key: String?, keyNamespace: XMLNamespace?, value: String?, valueNamespace: XMLNamespace?, flattened: Bool,
        element: CollectionLayoutIR?)
}

/// Where a member goes in a message.
enum MemberLocationIR: Equatable {
    /// In the body, under its coding key.
    case body
    /// The URI label `label`; a greedy label (`{Key+}`) keeps `/` unencoded.
    case uri(label: String, isGreedy: Bool)
    /// The query parameter `name`.
    case query(String)
    /// The header `name`, or the event message header `name`.
    case header(String)
    /// Every header whose name starts with `prefix`, as a map.
    case headers(prefix: String)
    /// The HTTP status code of a response.
    case statusCode
    /// The whole body, or the whole payload of an event message.
    case payload(PayloadIR)
    /// The whole body, as an output's event stream.
    case eventStream
}

/// What a member that is a whole body or event payload holds, which decides how it is read and written.
enum PayloadIR: Equatable {
    /// A structure or document, encoded by the protocol.
    case structure
    /// Raw bytes.
    case blob
    /// Raw bytes streamed on demand (a blob with the `streaming` trait).
    case stream
    /// Text.
    case string
}

/// How a timestamp is written; the raw values are the model's names.
enum TimestampFormatIR: String, Equatable {
    /// Seconds since the epoch.
    case unixTimestamp
    /// RFC 3339, such as `2014-04-29T18:30:38Z`.
    case iso8601
    /// RFC 7231 HTTP-date, such as `Tue, 29 Apr 2014 18:30:38 GMT`.
    case rfc822
}
