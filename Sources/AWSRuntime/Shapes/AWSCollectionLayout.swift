/// How a list or map is laid out in query parameters and XML, where the model says more than the default.
///
/// By default a list wraps each element in `<member>` (query: `Name.member.N`) and a map writes
/// `<entry><key>…</key><value>…</value></entry>` (query: `Name.entry.N.key`). A flattened collection
/// repeats the member's own element (query: `Name.N`) instead of wrapping its elements.
@_spi(Generated) public indirect enum AWSCollectionLayout: Sendable, Equatable {
    /// A list: the name of each element (nil: `member`) and the namespace each element declares, whether it
    /// is flattened, and the layout of its elements when they are lists or maps themselves.
    case list(
        member: String? = nil, memberNamespace: AWSXMLNamespace? = nil, flattened: Bool = false,
        element: AWSCollectionLayout? = nil)
    /// A map: the names of each entry's key and value (nil: `key` and `value`) and the namespaces their
    /// elements declare, whether it is flattened, and the layout of its values when they are lists or maps
    /// themselves.
    case map(
        key: String? = nil, keyNamespace: AWSXMLNamespace? = nil, value: String? = nil,
        valueNamespace: AWSXMLNamespace? = nil, flattened: Bool = false, element: AWSCollectionLayout? = nil)
}

/// An XML namespace a member or a request body declares: `xmlns="uri"` or, with a prefix, `xmlns:prefix="uri"`.
@_spi(Generated) public struct AWSXMLNamespace: Sendable, Equatable {
    /// The prefix, or nil for the default namespace.
    public let prefix: String?
    /// The namespace URI.
    public let uri: String

    /// Creates a namespace declaration.
    public init(_ uri: String, prefix: String? = nil) {
        self.prefix = prefix
        self.uri = uri
    }
}
