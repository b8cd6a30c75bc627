@_spi(Generated) import AWSRuntime

/// The `Encoder` behind `QueryForm.write`: writes a structure's members, a list's elements or a map's entries
/// as fields named below `prefix`, as botocore's `QuerySerializer._serialize_type_*` name them.
final class QueryEncoding: Encoder, MemberEncoding {
    /// The body being written.
    let form: QueryForm
    /// The name of the value being encoded; empty for the input itself.
    let prefix: String
    /// The wire traits of the members of the structure being encoded (few; searched linearly), or nil when the
    /// value is not a structure: a list, a map or an enum.
    let shapeMembers: [AWSMember]?
    /// The traits of the member that holds the value, which a list's elements and a map's values share.
    let member: AWSMember?
    /// The layout of the value when it is a list or a map; nil for the default.
    let layout: AWSCollectionLayout?
    /// Whether the value is a list, and how many elements it has written.
    private var isList = false
    private var count = 0
    /// A map's entries, each writing its value given the value's field name.
    private var entries = MapEntries<(String) throws -> Void>()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// An encoder for the value named `prefix`.
    init(form: QueryForm, prefix: String, shapeMembers: [AWSMember]?, member: AWSMember?, layout: AWSCollectionLayout?) {
        self.form = form
        self.prefix = prefix
        self.shapeMembers = shapeMembers
        self.member = member
        self.layout = layout
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(MemberContainer<QueryEncoding, Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        isList = true
        return UnkeyedContainer(encoder: self, elementPrefix: elementPrefix)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// Writes the member or map entry `key`.
    func encode<T: Encodable>(_ value: T, _ key: String) throws {
        guard let shapeMembers else {
            entries.add(key) { [form, member, layout] valueName in
                try form.write(value, prefix: valueName, member: member, layout: layout?.elementLayout)
            }
            return
        }
        let member = shapeMembers.isEmpty ? nil : shapeMembers.first { $0.key == key }
        if prefix.isEmpty, form.hostLabels.contains(key) {
            form.hostLabelValues[key] = .string(LeafText.of(value, member: member) ?? "")
        }
        let name = form.memberName(key, member)
        try form.write(value, prefix: prefix.isEmpty ? name : prefix + "." + name, member: member, layout: member?.collection)
    }

    /// Writes a nil string member: a fresh token when it is an idempotency token, else nothing.
    func encodeAbsent(_ key: String) throws {
        guard let shapeMembers, shapeMembers.contains(where: { $0.isIdempotencyToken && $0.key == key }) else { return }
        try encode(form.tokenGenerator(), key)
    }

    /// Writes what waits for the value to be complete: `Name=` for an empty query list, a map's entries in
    /// key order.
    func finish() throws {
        if isList, count == 0, form.flavor == .query { form.append(prefix, "") }
        let names = layout?.entryNames ?? (key: nil, value: nil)
        let entryPrefix = layout?.isFlattened == true ? prefix + "." : prefix + ".entry."
        for (index, entry) in entries.sorted().enumerated() {
            let position = entryPrefix + String(index + 1) + "."
            form.append(position + form.entryName(names.key, default: "key"), entry.key)
            try entry.write(position + form.entryName(names.value, default: "value"))
        }
    }

    /// The name a list's elements are numbered after: ec2's is the list's own; query's adds the element name
    /// (`member` by default) unless the list is flattened, where an element name replaces the list's last part.
    private var elementPrefix: String {
        guard form.flavor == .query else { return prefix }
        let elementName = layout?.memberName
        guard layout?.isFlattened == true else { return prefix + "." + (elementName ?? "member") }
        guard let elementName else { return prefix }
        return prefix.lastIndex(of: ".").map { String(prefix[...$0]) + elementName } ?? elementName
    }

    /// Numbers the next list element.
    fileprivate func nextElement() -> Int {
        count += 1
        return count
    }


    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: QueryEncoding
        let elementPrefix: String
        var codingPath: [any CodingKey] { [] }
        var count: Int { encoder.count }

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            let name = elementPrefix + "." + String(encoder.nextElement())
            try encoder.form.write(value, prefix: name, member: encoder.member, layout: encoder.layout?.elementLayout)
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
        let encoder: QueryEncoding
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws {}

        mutating func encode<T: Encodable>(_ value: T) throws {
            try encoder.form.write(value, prefix: encoder.prefix, member: encoder.member, layout: encoder.layout)
        }
    }
}
