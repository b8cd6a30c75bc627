@_spi(Generated) import AWSRuntime
import AWSXML

/// The members of a structure element, by wire name, as botocore's `_handle_structure` finds them: a child
/// element named for the member, every child of a flattened list (named for the list's element, or else for
/// the member, as Smithy's suites expect) or flattened map, or an attribute. At the root, members bound to
/// headers, the status code or the payload come from the overlay and never from the body.
///
/// A lookup starts after the child found last, so members asked for in document order cost one comparison each.
final class XMLStructureContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    private let element: AWSXMLElement
    private let members: [AWSMember]
    private let path: XMLCodingPath?
    private let overlay: XMLRootOverlay?
    /// Where the next lookup of a child starts.
    private var cursor = 0

    init(element: AWSXMLElement, members: [AWSMember], path: XMLCodingPath?, overlay: XMLRootOverlay?) {
        self.element = element
        self.members = members
        self.path = path
        self.overlay = overlay
    }

    var codingPath: [any CodingKey] { XMLCodingPath.keys(path) }

    /// The members present, for a union: each child's member, sorted, and the overlay's members.
    var allKeys: [Key] {
        var names = Set(element.children.map { child in
            members.first { $0.flattenedElementName == child.name }?.key ?? child.name
        })
        if let overlay { names.formUnion(overlay.headers.keys) }
        return names.sorted().compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool {
        value(key.stringValue) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        value(key.stringValue) == nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = try decodeIfPresent(type, forKey: key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing required member"))
        }
        return value
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let name = key.stringValue
        let member = members.first { $0.key == name }
        if let overlay, let member, member.location != .body {
            return try overlayValue(type, member, overlay)
        }
        guard let found = bodyValue(name, member) else { return nil }
        return try XMLValueDecoder.decode(type, found, layout: member?.collection, parent: path, key: key)
    }

    /// A member bound outside the body: a header or status member through the runtime's tree decoder, the
    /// payload from its element or bytes, an event stream from the response's (through the tree decoder,
    /// which hands it to `AWSEventStream`).
    private func overlayValue<T: Decodable>(_ type: T.Type, _ member: AWSMember, _ overlay: XMLRootOverlay) throws -> T? {
        switch member.location {
        case .payload, .blobPayload, .streamingPayload, .stringPayload:
            guard let payload = overlay.payload else { return nil }
            return try XMLValueDecoder.decode(type, payload, layout: member.collection, parent: path, key: AWSCodingKey(stringValue: member.key))
        default:
            guard let json = overlay.headers[member.key] else { return nil }
            var decoder = TreeDecoder.response
            decoder.eventStream = overlay.eventStream
            return try decoder.decode(type, from: json)
        }
    }

    /// The value of member `name`, wherever it is.
    private func value(_ name: String) -> XMLValue? {
        let member = members.first { $0.key == name }
        if let overlay, let member, member.location != .body {
            switch member.location {
            case .payload, .blobPayload, .streamingPayload, .stringPayload: return overlay.payload
            default: return overlay.headers[name] == nil ? nil : .text("")
            }
        }
        return bodyValue(name, member)
    }

    /// The value of a member in the body: an attribute, a flattened collection's elements, or a child.
    private func bodyValue(_ name: String, _ member: AWSMember?) -> XMLValue? {
        guard let member else { return child(name).map(XMLValue.element) }
        if member.isXMLAttribute { return attribute(name).map(XMLValue.text) }
        switch member.collection {
        case .list(let elementName, _, true, _)?:
            if let elementName, let elements = children(elementName) { return .elements(elements) }
            return children(name).map(XMLValue.elements)
        case .map(_, _, _, _, true, _)?:
            return children(name).map(XMLValue.elements)
        default:
            return child(name).map(XMLValue.element)
        }
    }

    /// A child named `name`, looked for from the cursor on and then from the start. A name that repeats outside a
    /// flattened collection, which no model describes, reads the one found first from there.
    private func child(_ name: String) -> AWSXMLElement? {
        let children = element.children
        let count = children.count
        guard count > 0 else { return nil }
        let start = cursor < count ? cursor : 0
        var index = start
        repeat {
            if children[index].name == name {
                cursor = index + 1
                return children[index]
            }
            index = index + 1 == count ? 0 : index + 1
        } while index != start
        return nil
    }

    /// Every child named `name`, or nil when there is none.
    private func children(_ name: String) -> [AWSXMLElement]? {
        let matching = element.children.filter { $0.name == name }
        return matching.isEmpty ? nil : matching
    }

    /// An attribute by its qualified name (`xsi:type`), or by its local name when the parser dropped the prefix.
    private func attribute(_ name: String) -> String? {
        if let value = element.attributes[name] { return value }
        guard let colon = name.lastIndex(of: ":") else { return nil }
        return element.attributes[String(name[name.index(after: colon)...])]
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try superDecoder(forKey: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try superDecoder(forKey: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        XMLDecoding(value: .element(element), layout: nil, members: members, parent: path, key: nil, overlay: overlay)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        let member = members.first { $0.key == key.stringValue }
        guard let found = bodyValue(key.stringValue, member) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing member"))
        }
        return XMLDecoding(value: found, layout: member?.collection, members: [], parent: path, key: key)
    }
}

extension AWSMember {
    /// The element name of a flattened list's elements when the list names them, for matching a child to its
    /// member.
    fileprivate var flattenedElementName: String? {
        if case .list(let name?, _, true, _)? = collection { name } else { nil }
    }
}
