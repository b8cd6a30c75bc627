import Foundation

/// Encodes an operation input straight to the JSON text of its request body, without building a `JSONValue`
/// tree and sorting dictionaries.
///
/// The text is the one `TreeEncoder` and `JSONValue.serialized()` make together: values are read as
/// `TreeEncoder` reads them (`leafValue`), and the members of a shape are written in the order they are
/// encoded, then moved into key order (by UTF-8 bytes) when they are not in it already; maps are written in
/// key order from the start.
///
/// Members of the input bound to the HTTP message (`bindsMembers`) are left out of the body, and members
/// named in `hostLabels` are written to it; both are also kept as `JSONValue`s in ``Encoded/values``.
///
/// Containers nested with `nestedContainer` or `nestedUnkeyedContainer`, which no shape uses, cannot be
/// written in one pass: encoding then fails.
struct JSONBodyEncoder {
    /// Encodes the bound members and the host labels, and reads leaves, as the request encoder always has.
    let tree: TreeEncoder
    /// Whether members with a location other than the body are left out of the body (REST protocols).
    let bindsMembers: Bool
    /// The members the host prefix reads.
    let hostLabels: [String]

    /// An encoded input.
    struct Encoded {
        /// The JSON text of the body members.
        var body: [UInt8]
        /// Whether the body has any member.
        var hasMembers: Bool
        /// The bound members and the host labels, by coding key.
        var values: [String: JSONValue]
    }

    /// Encodes `input`, or returns nil when it does not encode as an object.
    func encode<Input: AWSEncodableShape>(_ input: Input) throws -> Encoded? {
        let state = JSONBodyState()
        state.output.reserveCapacity(256)
        state.entries.reserveCapacity(16)
        let encoder = JSONBodyEncoding(state: state, body: self, members: Input.awsMembers, member: nil,
                                       isInput: true, parent: nil, key: nil)
        try input.encode(to: encoder)
        if state.nestsContainers {
            throw EncodingError.invalidValue(input, EncodingError.Context(
                codingPath: [], debugDescription: "nested containers cannot be written to a request body"))
        }
        guard encoder.kind == .object || encoder.kind == .none else { return nil }
        let hasMembers = encoder.hasMembers
        encoder.finish()
        return Encoded(body: state.output, hasMembers: hasMembers, values: state.values)
    }
}

/// What all the encoders of one body share: the text written so far, the members of the objects being
/// written and the values kept aside.
///
/// Its properties, and the encoders' own, are read and written many times per member: they are exempt from
/// dynamic exclusivity checks, which cost more than the writes. One body is encoded on one thread, and no access
/// to them overlaps another (the text is only passed `inout` to functions that do not reach the encoders).
final class JSONBodyState {
    @exclusivity(unchecked) var output: [UInt8] = []
    /// The members written so far of the objects not yet finished, innermost last, with where each
    /// `"name":value` lies in the text.
    @exclusivity(unchecked) var entries: [(name: String, range: Range<Int>)] = []
    @exclusivity(unchecked) var values: [String: JSONValue] = [:]
    /// Set when a nested container was asked for: the text is then incomplete.
    var nestsContainers = false
}

/// The `Encoder` behind `JSONBodyEncoder`: one per object, array or single value, which writes at the end of
/// the shared text.
final class JSONBodyEncoding: Encoder {
    /// What this encoder is writing.
    enum Kind {
        case none, object, array, single
    }

    let state: JSONBodyState
    let body: JSONBodyEncoder
    /// The wire traits of the members of the shape being encoded (few; searched linearly).
    let members: [AWSMember]
    let member: AWSMember?
    /// Whether this encodes the input itself, whose members may be bound or read by the host prefix.
    let isInput: Bool
    /// The encoder of the object this one's value is a member of, and the member's name: the coding path, made
    /// only when asked for.
    private let parent: JSONBodyEncoding?
    private let key: String?
    @exclusivity(unchecked) private(set) var kind = Kind.none
    /// Where the members of an object or the elements of an array start in the text.
    @exclusivity(unchecked) private var start = 0
    /// The name of the member being written, which a value written through an encoder of its own inside it takes
    /// as its coding key.
    @exclusivity(unchecked) private var currentName: String?
    /// Where the members of an object start in the shared `entries`.
    @exclusivity(unchecked) private var firstEntry = 0
    /// The elements of an array written so far.
    @exclusivity(unchecked) private(set) var count = 0

    /// Whether an object has any member.
    var hasMembers: Bool { state.entries.count > firstEntry }

    /// The keys of the members this encoder's value is nested in.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var encoder: JSONBodyEncoding? = self
        while let current = encoder {
            if let key = current.key { path.append(AWSCodingKey(stringValue: key)) }
            encoder = current.parent
        }
        return path.reversed()
    }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(state: JSONBodyState, body: JSONBodyEncoder, members: [AWSMember], member: AWSMember?, isInput: Bool,
         parent: JSONBodyEncoding?, key: String?) {
        self.state = state
        self.body = body
        self.members = members
        self.member = member
        self.isInput = isInput
        self.parent = parent
        self.key = key
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        beginObject()
        return KeyedEncodingContainer(KeyedContainer(encoder: self))
    }

    /// Starts an object, unless one is started; `AWSKeyedWriter` calls it instead of asking for a container.
    func beginObject() {
        begin(.object, opening: UInt8(ascii: "{"))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        begin(.array, opening: UInt8(ascii: "["))
        return UnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        if kind == .none { kind = .single }
        return SingleValueContainer(encoder: self)
    }

    /// Starts an object or an array at the first container asked for; a later one continues it.
    private func begin(_ container: Kind, opening: UInt8) {
        guard kind == .none else { return }
        kind = container
        state.output.append(opening)
        start = state.output.count
        firstEntry = state.entries.count
    }

    /// Closes what this encoder wrote; an encoder that was given nothing writes an empty object, as the tree
    /// encoder does.
    func finish() {
        switch kind {
        case .none:
            state.output.append(contentsOf: "{}".utf8)
        case .object:
            sortEntries()
            // One at a time: `removeLast(_:)` and `removeSubrange` go through the generic range replacement.
            while state.entries.count > firstEntry { state.entries.removeLast() }
            state.output.append(UInt8(ascii: "}"))
        case .array:
            state.output.append(UInt8(ascii: "]"))
        case .single:
            break
        }
    }

    /// The wire traits of the member with coding key `key`, if it has any.
    func member(_ key: String) -> AWSMember? {
        members.isEmpty ? nil : members.first { $0.key == key }
    }

    /// Writes `value`: a leaf as `TreeEncoder` makes it, a member value through its own conformance, anything
    /// else through an encoder of its own. This is the path of values given to the `Encoder` containers, which
    /// only hand-written `encode(to:)` methods use.
    func write<T: Encodable>(_ value: T, member: AWSMember?) throws {
        if let leaf = body.tree.leafValue(value, member: member) {
            leaf.write(to: &state.output)
        } else if let value = value as? any AWSMemberEncodable {
            try value.writeJSONBody(to: AWSJSONBodyWriter(encoding: self), member: member)
        } else {
            let child = JSONBodyEncoding(state: state, body: body, members: [], member: member, isInput: false,
                                         parent: self, key: currentName)
            try value.encode(to: child)
            child.finish()
        }
    }

    /// Writes a structure or union through an encoder of its own, which knows the shape's member traits.
    func writeShape<T: AWSEncodableShape>(_ value: T, member: AWSMember?) throws {
        let child = JSONBodyEncoding(state: state, body: body, members: T.awsMembers, member: member, isInput: false,
                                     parent: self, key: currentName)
        try value.encode(to: child)
        child.finish()
    }

    /// Writes the object member `name` through its value's own conformance.
    func writeMember<T: AWSMemberEncodable>(_ value: T, name: String) throws {
        try writeMember(value, name: name) { traits in
            try value.writeJSONBody(to: AWSJSONBodyWriter(encoding: self), member: traits)
        }
    }

    /// Writes the object member `name` given to a keyed container.
    func writeEncodableMember<T: Encodable>(_ value: T, name: String) throws {
        try writeMember(value, name: name) { traits in
            try write(value, member: traits)
        }
    }

    /// Writes the object member `name` with `writeValue`, which is given the member's traits, or keeps it aside
    /// when it is a bound member or a host label of the input.
    private func writeMember<T: Encodable>(_ value: T, name: String, writeValue: (AWSMember?) throws -> Void) throws {
        let traits = member(name)
        if isInput {
            let isBound = body.bindsMembers && traits.map { $0.location != .body } == true
            if isBound || body.hostLabels.contains(name) {
                // A leaf (the common case: a string bound to the URI) needs no coding path.
                state.values[name] = try body.tree.leafValue(value, member: traits) ?? body.tree.encodeValue(
                    value, member: traits, codingPath: codingPath + [AWSCodingKey(stringValue: name)])
            }
            if isBound { return }
        }
        let entryStart = Self.writeName(name, separated: hasMembers, to: &state.output)
        currentName = name
        try writeValue(traits)
        state.entries.append((name, entryStart..<state.output.count))
    }

    /// Writes `"name":`, after a comma when `separated`, and returns where the name starts.
    private static func writeName(_ name: String, separated: Bool, to output: inout [UInt8]) -> Int {
        if separated { output.append(UInt8(ascii: ",")) }
        let start = output.count
        JSONValue.writeString(name, to: &output)
        output.append(UInt8(ascii: ":"))
        return start
    }

    /// Writes a fresh idempotency token for the nil member `name`, when it is a token member.
    func writeIdempotencyToken(_ name: String) throws {
        if let token = body.tree.idempotencyToken(for: member(name)) {
            try writeMember(token, name: name)
        }
    }

    /// Writes the next array element.
    func writeElement<T: Encodable>(_ value: T) throws {
        if count > 0 { state.output.append(UInt8(ascii: ",")) }
        count += 1
        try write(value, member: member)
    }

    /// Puts the members of the object in key order, when they are not in it.
    ///
    /// A name written twice (no shape does it) keeps its last value, as in a dictionary.
    private func sortEntries() {
        var inOrder = true
        var index = firstEntry + 1
        while inOrder, index < state.entries.count {
            inOrder = state.entries[index - 1].name.utf8Precedes(state.entries[index].name)
            index += 1
        }
        guard !inOrder else { return }
        let entries = state.entries[firstEntry...]
        let text = Array(state.output[start...])
        state.output.removeSubrange(start...)
        let sorted = entries.indices.sorted { first, second in
            let (a, b) = (entries[first].name, entries[second].name)
            return a == b ? first < second : a.utf8Precedes(b)
        }
        var wroteAny = false
        for (position, index) in sorted.enumerated()
        where position + 1 == sorted.count || !entries[sorted[position + 1]].name.utf8.elementsEqual(entries[index].name.utf8) {
            if wroteAny { state.output.append(UInt8(ascii: ",")) }
            let range = entries[index].range
            state.output.append(contentsOf: text[(range.lowerBound - start)..<(range.upperBound - start)])
            wroteAny = true
        }
    }

    /// A container whose text cannot be written in one pass; it marks the body as failed.
    private func detachedEncoder() -> JSONBodyEncoding {
        state.nestsContainers = true
        return JSONBodyEncoding(state: JSONBodyState(), body: body, members: [], member: nil, isInput: false,
                                parent: self, key: nil)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: JSONBodyEncoding
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil(forKey key: Key) throws {}

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try encoder.writeEncodableMember(value, name: key.stringValue)
        }

        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            if let value {
                try encode(value, forKey: key)
            } else {
                try encoder.writeIdempotencyToken(key.stringValue)
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            encoder.detachedEncoder().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder.detachedEncoder().unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: JSONBodyEncoding
        var codingPath: [any CodingKey] { encoder.codingPath }
        var count: Int { encoder.count }

        mutating func encodeNil() throws {
            try encoder.writeElement(JSONValue.null)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try encoder.writeElement(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            encoder.detachedEncoder().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            encoder.detachedEncoder().unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: JSONBodyEncoding
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { JSONValue.null.write(to: &encoder.state.output) }
        mutating func encode(_ value: Bool) throws { JSONValue.bool(value).write(to: &encoder.state.output) }
        mutating func encode(_ value: Int) throws { JSONValue.int(Int64(value)).write(to: &encoder.state.output) }
        mutating func encode(_ value: Int64) throws { JSONValue.int(value).write(to: &encoder.state.output) }
        mutating func encode(_ value: Int32) throws { JSONValue.int(Int64(value)).write(to: &encoder.state.output) }
        mutating func encode(_ value: String) throws { JSONValue.string(value).write(to: &encoder.state.output) }
        mutating func encode(_ value: Double) throws { TreeEncoder.number(value).write(to: &encoder.state.output) }
        mutating func encode(_ value: Float) throws { TreeEncoder.number(value).write(to: &encoder.state.output) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try encoder.write(value, member: encoder.member)
        }
    }
}
