@_spi(Generated) import AWSRuntime
import AWSXML

/// The `Encoder` behind `XMLBodyEncoder.write`: builds the element `name` of a structure, list or map (or, for
/// a flattened one, its elements) and appends it to `parent` when `finish()` is called.
final class XMLEncoding: Encoder, MemberEncoding {
    /// What the value turned out to be, from the container it asked for.
    private enum Kind {
        /// A single value (an enum), already appended.
        case value
        /// A structure or a list, whose element holds what `slot` collects.
        case element
        /// A flattened list, whose elements went straight to `parent`.
        case flattenedList
        /// A map, whose entries wait in `entries`.
        case map
    }

    /// The options and the `write` every value goes through.
    let body: XMLBodyEncoder
    /// Where the value's element goes.
    let parent: XMLSlot
    /// The value's element name.
    let name: String
    /// The namespace the value's element declares.
    let namespace: AWSXMLNamespace?
    /// The traits of the member that holds the value, which a list's elements and a map's values share.
    let member: AWSMember?
    /// The layout of the value when it is a list or a map; nil for the default.
    let layout: AWSCollectionLayout?
    /// The wire traits of the members of the structure being encoded (few; searched linearly), or nil when the
    /// value is not a structure: a list, a map or an enum.
    let shapeMembers: [AWSMember]?
    /// The input's bound members and payload, when the value is the input.
    let bindings: XMLBindings?
    /// The children and attributes of the value's element.
    private let slot = XMLSlot()
    private var kind = Kind.value
    /// A map's entries, each appending its value element, given its name, to the entry's slot.
    private var entries = MapEntries<(XMLSlot, String) throws -> Void>()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// An encoder for the value `name`, whose element goes in `parent`.
    init(
        body: XMLBodyEncoder, parent: XMLSlot, name: String, namespace: AWSXMLNamespace?, member: AWSMember?,
        layout: AWSCollectionLayout?, shapeMembers: [AWSMember]?, bindings: XMLBindings?
    ) {
        self.body = body
        self.parent = parent
        self.name = name
        self.namespace = namespace
        self.member = member
        self.layout = layout
        self.shapeMembers = shapeMembers
        self.bindings = bindings
    }

    /// Whether the value's element has neither children nor attributes of its own.
    var isEmpty: Bool { slot.children.isEmpty && slot.attributes.isEmpty }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        kind = shapeMembers == nil ? .map : .element
        return KeyedEncodingContainer(MemberContainer<XMLEncoding, Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        guard layout?.isFlattened == true else {
            kind = .element
            return UnkeyedContainer(encoder: self, slot: slot, elementName: layout?.memberName ?? "member")
        }
        kind = .flattenedList
        return UnkeyedContainer(encoder: self, slot: parent, elementName: name)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// Writes the member or map entry `key`.
    func encode<T: Encodable>(_ value: T, _ key: String) throws {
        guard let shapeMembers else {
            entries.add(key) { [body, member, layout] slot, valueName in
                try body.write(value, name: valueName, namespace: layout?.entryNamespaces.value, member: member,
                               layout: layout?.elementLayout, into: slot)
            }
            return
        }
        let member = shapeMembers.isEmpty ? nil : shapeMembers.first { $0.key == key }
        if let bindings {
            if let member, member.location != .body { return try bindings.bind(value, member, body: body) }
            if bindings.hostLabels.contains(key) { bindings.values[key] = .string(LeafText.of(value, member: member) ?? "") }
        }
        guard member?.isXMLAttribute != true else {
            let scratch = XMLSlot()
            try body.write(value, name: key, namespace: nil, member: member, layout: nil, into: scratch)
            slot.attributes[key] = scratch.children.first?.text ?? ""
            return
        }
        try body.write(value, name: key, namespace: member?.xmlNamespace, member: member, layout: member?.collection, into: slot)
    }

    /// Writes a nil string member: a fresh token when it is an idempotency token, else nothing.
    func encodeAbsent(_ key: String) throws {
        guard let shapeMembers, shapeMembers.contains(where: { $0.isIdempotencyToken && $0.key == key }) else { return }
        try encode(body.tokenGenerator(), key)
    }

    /// Appends the value's element to `parent`: a structure's or list's as collected, a map's with its entries
    /// in key order (each entry an element named for the map, without a namespace, when it is flattened).
    func finish() throws {
        switch kind {
        case .value, .flattenedList:
            return
        case .element:
            parent.children.append(XMLBodyEncoder.element(name, namespace, attributes: slot.attributes, children: slot.children))
        case .map:
            let names = layout?.entryNames ?? (key: nil, value: nil)
            let keyNamespace = layout?.entryNamespaces.key
            let flattened = layout?.isFlattened == true
            for entry in entries.sorted() {
                let entrySlot = XMLSlot()
                entrySlot.children.append(XMLBodyEncoder.element(names.key ?? "key", keyNamespace, text: entry.key))
                try entry.write(entrySlot, names.value ?? "value")
                (flattened ? parent : slot).children.append(AWSXMLElement(flattened ? name : "entry", children: entrySlot.children))
            }
            if !flattened { parent.children.append(XMLBodyEncoder.element(name, namespace, children: slot.children)) }
        }
    }


    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: XMLEncoding
        /// Where the elements go: the list's element, or the parent's for a flattened list.
        let slot: XMLSlot
        let elementName: String
        var count = 0
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            count += 1
            try encoder.body.write(value, name: elementName, namespace: encoder.layout?.memberNamespace, member: encoder.member,
                                   layout: encoder.layout?.elementLayout, into: slot)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            NestedContainers.unsupported()
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            NestedContainers.unsupported()
        }

        mutating func superEncoder() -> any Encoder {
            NestedContainers.unsupported()
        }
    }

    private struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: XMLEncoding
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            try encoder.body.write(value, name: encoder.name, namespace: encoder.namespace, member: encoder.member,
                                   layout: encoder.layout, into: encoder.parent)
        }
    }
}
