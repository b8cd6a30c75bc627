import Foundation

/// Encodes shapes into a `JSONValue` tree, applying each member's wire traits:
/// timestamps in the member's format, blobs as base64, idempotency tokens filled in.
package struct TreeEncoder {
    /// Makes idempotency tokens for members left nil; nil leaves them out.
    var tokenGenerator: (@Sendable () -> String)?
    /// Writes blobs as plain text rather than base64, as the protocol test suites do.
    var blobsAsText = false
    /// Writes every timestamp as epoch seconds, whatever the member's format, as the protocol test suites do.
    var epochTimestamps = false
    /// Names members as the model does rather than by their wire names, where the shape lists
    /// the difference (`AWSModelNamed`), as waiter paths expect.
    var modelNames = false
    /// Writes union members the model does not know as `{"SDK_UNKNOWN_MEMBER": {"name": ...}}`, as the
    /// protocol test suites do, rather than failing.
    var unknownUnionMembers = false

    /// The encoder for botocore's protocol test suites: blobs as text, every timestamp as epoch seconds, unknown
    /// union members written out, and empty idempotency tokens.
    package static var protocolSuite: TreeEncoder {
        TreeEncoder(tokenGenerator: { "" }, blobsAsText: true, epochTimestamps: true, unknownUnionMembers: true)
    }

    /// Encodes `value` as a tree.
    package func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        try encodeValue(value, member: nil, codingPath: [])
    }

    /// Encodes one value: a leaf as it is, anything else through a `TreeEncoding`.
    package func encodeValue<T: Encodable>(_ value: T, member: AWSMember?, codingPath: [any CodingKey]) throws -> JSONValue {
        if let leaf = leafValue(value, member: member) { return leaf }
        let members = (T.self as? any AWSShape.Type)?.awsMembers ?? []
        let names = modelNames ? (T.self as? any AWSModelNamed.Type)?.awsModelNames ?? [:] : [:]
        let encoder = TreeEncoding(options: self, members: members, names: names, member: member, codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.storage.materialize()
    }

    /// The value of a leaf (a string, number, boolean, timestamp, blob or document), or nil for a value that
    /// encodes itself into containers. The common leaf types (strings, numbers, booleans, dates) are recognised
    /// by comparing type metadata and read with `unsafeBitCast`, which avoids a dynamic cast; `Data` and
    /// `JSONValue` are rarer and still take one.
    func leafValue<T: Encodable>(_ value: T, member: AWSMember?) -> JSONValue? {
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Int64.self { return .int(unsafeBitCast(value, to: Int64.self)) }
        if T.self == Double.self { return Self.number(unsafeBitCast(value, to: Double.self)) }
        if T.self == Float.self { return Self.number(unsafeBitCast(value, to: Float.self)) }
        if T.self == Date.self {
            let format = epochTimestamps ? .unixTimestamp : member?.effectiveTimestampFormat ?? .unixTimestamp
            return TimestampCoding.value(unsafeBitCast(value, to: Date.self), format)
        }
        if T.self == Data.self {
            let data = value as! Data
            return .string(blobsAsText ? String(decoding: data, as: UTF8.self) : data.base64EncodedString())
        }
        if T.self == JSONValue.self { return (value as! JSONValue) }
        return nil
    }

    /// The idempotency token to write for a nil string `member`, or nil to leave the member out.
    func idempotencyToken(for member: AWSMember?) -> String? {
        guard let tokenGenerator, member?.isIdempotencyToken == true else { return nil }
        return tokenGenerator()
    }

    /// A `Float` as the `Double` nearest its shortest decimal text, so that `1.1` is written `1.1`
    /// rather than `1.100000023841858`.
    static func number(_ value: Float) -> JSONValue {
        number(value.isFinite ? Double(value.description)! : Double(value))
    }

    /// A JSON number, or the strings AWS uses for NaN and the infinities.
    static func number(_ value: Double) -> JSONValue {
        if value.isNaN { return .string("NaN") }
        if value.isInfinite { return .string(value < 0 ? "-Infinity" : "Infinity") }
        return .double(value)
    }
}

extension TreeEncoder {
    /// An encoder for request values, which fills nil idempotency tokens from `tokenGenerator`.
    package init(requestTokens tokenGenerator: @escaping @Sendable () -> String) {
        self.init(tokenGenerator: tokenGenerator)
    }
}

/// Where an encoder writes: a single value, an object or an array, filled in by containers.
final class TreeSlot {
    enum Content {
        case empty
        case value(JSONValue)
        case object([String: TreeSlot])
        case array([TreeSlot])
    }

    var content: Content = .empty
    /// Members encoded directly as values, which need no slot of their own.
    private var values: [String: JSONValue] = [:]

    /// Sets an object member to a finished value.
    func setValue(_ value: JSONValue, for key: String) {
        values[key] = value
    }

    func materialize() -> JSONValue {
        switch content {
        case .empty: return .object(values)
        case .value(let value): return value
        case .object(let members):
            guard !members.isEmpty else { return .object(values) }
            return .object(values.merging(members.mapValues { $0.materialize() }) { $1 })
        case .array(let elements): return .array(elements.map { $0.materialize() })
        }
    }

    var objectMembers: [String: TreeSlot] {
        get { if case .object(let members) = content { return members } else { return [:] } }
        set { content = .object(newValue) }
    }

    var arrayElements: [TreeSlot] {
        get { if case .array(let elements) = content { return elements } else { return [] } }
        set { content = .array(newValue) }
    }
}

/// The `Encoder` behind `TreeEncoder`.
final class TreeEncoding: Encoder {
    let options: TreeEncoder
    /// The wire traits of the members of the shape being encoded (few; searched linearly).
    let members: [AWSMember]
    /// The names to write instead of coding keys, by coding key.
    let names: [String: String]
    let member: AWSMember?
    let codingPath: [any CodingKey]
    let storage = TreeSlot()
    var userInfo: [CodingUserInfoKey: Any] { options.unknownUnionMembers ? [AWSUnionCoding.writesUnknownMembers: true] : [:] }

    init(options: TreeEncoder, members: [AWSMember], names: [String: String], member: AWSMember?, codingPath: [any CodingKey]) {
        self.options = options
        self.members = members
        self.names = names
        self.member = member
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = storage.content { storage.content = .object([:]) }
        return KeyedEncodingContainer(KeyedContainer(encoder: self, slot: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = storage.content { storage.content = .array([]) }
        return UnkeyedContainer(encoder: self, slot: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self, codingPath: codingPath)
    }

    func encodeChild<T: Encodable>(_ value: T, member: AWSMember?, path: [any CodingKey]) throws -> TreeSlot {
        let slot = TreeSlot()
        slot.content = .value(try options.encodeValue(value, member: member, codingPath: path))
        return slot
    }

    /// The wire traits of the member with coding key `key`, if it has any.
    func member(_ key: String) -> AWSMember? {
        members.isEmpty ? nil : members.first { $0.key == key }
    }

    /// The name written for the member with coding key `key`.
    func name(_ key: String) -> String {
        names.isEmpty ? key : names[key] ?? key
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TreeEncoding
        let slot: TreeSlot
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws {}

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let name = key.stringValue
            slot.setValue(try encoder.options.encodeValue(value, member: encoder.member(name), codingPath: codingPath + [key]),
                          for: encoder.name(name))
        }

        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            if let value = value ?? encoder.options.idempotencyToken(for: encoder.member(key.stringValue)) {
                try encode(value, forKey: key)
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = TreeSlot()
            child.content = .object([:])
            slot.objectMembers[encoder.name(key.stringValue)] = child
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, slot: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = TreeSlot()
            child.content = .array([])
            slot.objectMembers[encoder.name(key.stringValue)] = child
            return UnkeyedContainer(encoder: encoder, slot: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: TreeEncoding
        let slot: TreeSlot
        let codingPath: [any CodingKey]
        var count: Int { slot.arrayElements.count }

        mutating func encodeNil() throws {
            let child = TreeSlot()
            child.content = .value(.null)
            slot.arrayElements.append(child)
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            slot.arrayElements.append(try encoder.encodeChild(value, member: encoder.member, path: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = TreeSlot()
            child.content = .object([:])
            slot.arrayElements.append(child)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, slot: child, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = TreeSlot()
            child.content = .array([])
            slot.arrayElements.append(child)
            return UnkeyedContainer(encoder: encoder, slot: child, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder { encoder }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: TreeEncoding
        let codingPath: [any CodingKey]

        mutating func encodeNil() throws { encoder.storage.content = .value(.null) }
        mutating func encode(_ value: Bool) throws { encoder.storage.content = .value(.bool(value)) }
        mutating func encode(_ value: Int) throws { encoder.storage.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: Int64) throws { encoder.storage.content = .value(.int(value)) }
        mutating func encode(_ value: Int32) throws { encoder.storage.content = .value(.int(Int64(value))) }
        mutating func encode(_ value: String) throws { encoder.storage.content = .value(.string(value)) }
        mutating func encode(_ value: Double) throws { encoder.storage.content = .value(TreeEncoder.number(value)) }
        mutating func encode(_ value: Float) throws { encoder.storage.content = .value(TreeEncoder.number(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.storage.content = .value(try encoder.options.encodeValue(value, member: encoder.member, codingPath: codingPath))
        }
    }
}
