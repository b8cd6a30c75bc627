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
    func encode<Input: AWSShape>(_ input: Input) throws -> Encoded? {
        let state = JSONBodyState()
        state.output.reserveCapacity(256)
        state.entries.reserveCapacity(16)
        let encoder = JSONBodyEncoding(state: state, body: self, members: Input.awsMembers, member: nil,
                                       isInput: true, parentPath: [], key: nil)
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
    private let parentPath: [any CodingKey]
    private let key: (any CodingKey)?
    @exclusivity(unchecked) private(set) var kind = Kind.none
    /// Where the members of an object or the elements of an array start in the text.
    @exclusivity(unchecked) private var start = 0
    /// Where the members of an object start in the shared `entries`.
    @exclusivity(unchecked) private var firstEntry = 0
    /// The elements of an array written so far.
    @exclusivity(unchecked) private(set) var count = 0

    /// Whether an object has any member.
    var hasMembers: Bool { state.entries.count > firstEntry }

    /// The coding path, made only when asked for.
    var codingPath: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(state: JSONBodyState, body: JSONBodyEncoder, members: [AWSMember], member: AWSMember?, isInput: Bool,
         parentPath: [any CodingKey], key: (any CodingKey)?) {
        self.state = state
        self.body = body
        self.members = members
        self.member = member
        self.isInput = isInput
        self.parentPath = parentPath
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
            state.entries.removeSubrange(firstEntry...)
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

    /// Writes `value`: a leaf as `TreeEncoder` makes it, anything else through an encoder of its own.
    func write<T: Encodable>(_ value: T, member: AWSMember?, key: (any CodingKey)?) throws {
        if let leaf = body.tree.leafValue(value, member: member) {
            leaf.write(to: &state.output)
        } else {
            try writeComposite(value, member: member, key: key)
        }
    }

    /// Writes a value that is not a leaf through an encoder of its own.
    ///
    /// A map with string keys writes its entries in key order itself, rather than through a keyed container
    /// in the order of its storage.
    private func writeComposite<T: Encodable>(_ value: T, member: AWSMember?, key: (any CodingKey)?) throws {
        let shape = T.self as? any AWSShape.Type
        let child = JSONBodyEncoding(state: state, body: body, members: shape?.awsMembers ?? [], member: member,
                                     isInput: false, parentPath: codingPath, key: key)
        if shape == nil, let map = value as? any JSONBodyMap {
            try map.writeEntries(to: child)
        } else {
            try value.encode(to: child)
        }
        child.finish()
    }

    /// Writes the object member `name`, or keeps it aside when it is a bound member or a host label of the input.
    func writeMember<T: Encodable>(_ value: T, name: String, key: any CodingKey) throws {
        let traits = member(name)
        if isInput {
            let isBound = body.bindsMembers && traits.map { $0.location != .body } == true
            if isBound || body.hostLabels.contains(name) {
                state.values[name] = try body.tree.encodeValue(value, member: traits, codingPath: codingPath + [key])
            }
            if isBound { return }
        }
        let entryStart = Self.writeName(name, separated: hasMembers, to: &state.output)
        try write(value, member: traits, key: key)
        state.entries.append((name, entryStart..<state.output.count))
    }

    /// Writes `"name":`, after a comma when `separated`, and returns where the name starts.
    private static func writeName(_ name: String, separated: Bool, to output: inout [UInt8]) -> Int {
        if separated { output.append(UInt8(ascii: ",")) }
        let start = output.count
        JSONValue.string(name).write(to: &output)
        output.append(UInt8(ascii: ":"))
        return start
    }

    /// Writes a fresh idempotency token for the nil member `name`, when it is a token member.
    func writeIdempotencyToken(_ name: String) throws {
        if let token = body.tree.idempotencyToken(for: member(name)) {
            try writeMember(token, name: name, key: AWSCodingKey(stringValue: name))
        }
    }

    /// Writes the next array element.
    func writeElement<T: Encodable>(_ value: T) throws {
        if count > 0 { state.output.append(UInt8(ascii: ",")) }
        count += 1
        try write(value, member: member, key: nil)
    }

    /// Puts the members of the object in key order, when they are not in it.
    ///
    /// A name written twice (no shape does it) keeps its last value, as in a dictionary.
    private func sortEntries() {
        let entries = state.entries[firstEntry...]
        let inOrder = zip(entries, entries.dropFirst()).allSatisfy { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        guard !inOrder else { return }
        let text = Array(state.output[start...])
        state.output.removeSubrange(start...)
        let sorted = entries.indices.sorted { first, second in
            let (a, b) = (entries[first].name, entries[second].name)
            return a.utf8.elementsEqual(b.utf8) ? first < second : a.utf8.lexicographicallyPrecedes(b.utf8)
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
                                parentPath: codingPath, key: nil)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: JSONBodyEncoding
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil(forKey key: Key) throws {}

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try encoder.writeMember(value, name: key.stringValue, key: key)
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
            try encoder.write(value, member: encoder.member, key: nil)
        }
    }
}

/// A map that the body encoder writes entry by entry, in key order.
protocol JSONBodyMap {
    /// Writes the entries as members of the object `encoder` writes.
    func writeEntries(to encoder: JSONBodyEncoding) throws
}

extension Dictionary: JSONBodyMap where Key == String, Value: Encodable {
    /// The keys are copied into a `[String]` and sorted there, which is much cheaper than sorting the generic
    /// `Keys` collection.
    func writeEntries(to encoder: JSONBodyEncoding) throws {
        encoder.beginObject()
        var names: [String] = []
        names.reserveCapacity(count)
        for key in keys {
            names.append(key)
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in names {
            try encoder.writeMember(self[name]!, name: name, key: AWSCodingKey(stringValue: name))
        }
    }
}
