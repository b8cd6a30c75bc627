@_spi(Generated) import AWSRuntime

/// The `Decoder` over an `XMLValue`: a structure reads its members by wire name through
/// `XMLStructureContainer`, a map its entries through `XMLMapContainer`, a list its elements through
/// `XMLListContainer`, and a scalar its text.
struct XMLDecoding: Decoder {
    let value: XMLValue
    /// The layout of a list or map value, from its member; nil for the default.
    let layout: AWSCollectionLayout?
    /// The member traits of a structure value's type.
    let members: [AWSMember]
    /// The path of the container that holds the value, and the value's key in it.
    let parent: XMLCodingPath?
    let key: (any CodingKey)?
    /// The members from outside the body, at the root only.
    var overlay: XMLRootOverlay?

    init(
        value: XMLValue, layout: AWSCollectionLayout?, members: [AWSMember],
        parent: XMLCodingPath?, key: (any CodingKey)?, overlay: XMLRootOverlay? = nil
    ) {
        self.value = value
        self.layout = layout
        self.members = members
        self.parent = parent
        self.key = key
        self.overlay = overlay
    }

    var codingPath: [any CodingKey] { XMLCodingPath.keys(parent, key) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The path of this value, for the containers it opens.
    private var path: XMLCodingPath? {
        key.map { XMLCodingPath(parent, $0) } ?? parent
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        // Generated shapes read their members with `AWSCodingKey`; a `[String: V]` map reads its entries
        // with a key type of its own.
        if Key.self == AWSCodingKey.self {
            guard case .element(let element) = value else {
                throw XMLValueDecoder.mismatch([String: Any].self, value, codingPath)
            }
            return KeyedDecodingContainer(XMLStructureContainer<Key>(
                element: element, members: members, path: path, overlay: overlay))
        }
        guard let entries = value.items else { throw XMLValueDecoder.mismatch([String: Any].self, value, codingPath) }
        return KeyedDecodingContainer(XMLMapContainer<Key>(entries: entries, layout: layout, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let items = value.items else { throw XMLValueDecoder.mismatch([Any].self, value, codingPath) }
        var elementLayout: AWSCollectionLayout?
        if case .list(_, _, _, let element)? = layout { elementLayout = element }
        return XMLListContainer(items: items, elementLayout: elementLayout, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        XMLScalarContainer(decoder: self)
    }
}

/// The members of a response's root structure that do not come from its XML: those bound to headers and the
/// status code (as the JSON the HTTP bindings give them) and the payload member.
struct XMLRootOverlay {
    /// Header, prefix-header and status-code members by coding key.
    var headers: [String: JSONValue]
    /// The payload member's value: the root element of a structure payload, or the bytes of a blob or string
    /// payload; nil when the body is empty or the shape has no payload member.
    var payload: XMLValue?
    /// The event stream the event stream member reads, when the response has one.
    var eventStream: EventStreamContext?
}
