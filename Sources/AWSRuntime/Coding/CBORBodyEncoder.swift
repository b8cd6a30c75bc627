import AWSCBOR
import Foundation

/// Encodes an operation input as the `CBORValue` of an rpc-v2-cbor request body, the serializer of that
/// protocol.
///
/// It applies the member traits `TreeEncoder` applies for JSON, in CBOR's forms: strings are text, blobs byte
/// strings, timestamps tag 1 around epoch seconds (a double, as botocore and the Smithy suites write them),
/// `Double` a 64-bit and `Float` a 32-bit float (NaN and the infinities included), integers in their shortest
/// form, documents converted from their JSON, and nil idempotency tokens filled in. Lists, maps, structures
/// and unions become arrays and maps; a nil member is left out.
///
/// The body is built as a `CBORValue` tree and then written, rather than written in one pass as JSON bodies
/// are: a definite-length array or map states its count before its items, which a one-pass writer would have
/// to patch in afterwards, in a head whose width depends on the count.
struct CBORBodyEncoder {
    /// Makes idempotency tokens for members left nil.
    let tokenGenerator: @Sendable () -> String

    /// The CBOR map of `input`'s members.
    func encode<Input: AWSEncodableShape>(_ input: Input) throws -> CBORValue {
        try value(input, member: nil, codingPath: [])
    }

    /// One value: a leaf as it is, anything else through a `CBOREncoding`.
    func value<T: Encodable>(_ value: T, member: AWSMember?, codingPath: [any CodingKey]) throws -> CBORValue {
        if let leaf = Self.leaf(value) { return leaf }
        let encoder = CBOREncoding(options: self, members: (T.self as? any AWSShape.Type)?.awsMembers ?? [],
                                   member: member, codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.slot.value
    }

    /// The CBOR form of a leaf (a string, number, boolean, timestamp, blob or document), or nil for a value
    /// that encodes itself into containers.
    static func leaf<T: Encodable>(_ value: T) -> CBORValue? {
        switch value {
        case let string as String: .string(string)
        case let bool as Bool: .bool(bool)
        case let int as Int: .integer(Int64(int))
        case let int as Int64: .integer(int)
        case let int as Int32: .integer(Int64(int))
        case let double as Double: .double(double)
        case let float as Float: .float(float)
        case let date as Date: .tagged(1, .double(date.timeIntervalSince1970))
        case let data as Data: .bytes(Array(data))
        case let document as JSONValue: cbor(document)
        default: nil
        }
    }

    /// A document's JSON as CBOR.
    static func cbor(_ json: JSONValue) -> CBORValue {
        switch json {
        case .null: .null
        case .bool(let bool): .bool(bool)
        case .int(let int): .integer(int)
        case .double(let double): .double(double)
        case .string(let string): .string(string)
        case .array(let elements): .array(elements.map(cbor))
        case .object(let members): .map(members.mapValues(cbor))
        }
    }
}

/// Where a `CBOREncoding` writes: its value, or the members or elements its containers add.
final class CBORSlot {
    enum Content {
        case empty
        case value(CBORValue)
        case map([String: CBORSlot])
        case array([CBORSlot])
    }

    var content = Content.empty

    init(_ content: Content = .empty) {
        self.content = content
    }

    /// The finished value; an encoder that wrote nothing is an empty map (a structure without members).
    var value: CBORValue {
        switch content {
        case .empty: .map([:])
        case .value(let value): value
        case .map(let members): .map(members.mapValues(\.value))
        case .array(let elements): .array(elements.map(\.value))
        }
    }
}

/// The `Encoder` behind `CBORBodyEncoder`.
final class CBOREncoding: Encoder {
    let options: CBORBodyEncoder
    /// The wire traits of the members of the shape being encoded (few; searched linearly).
    let members: [AWSMember]
    /// The traits of the member that holds this value, which the elements of a list share.
    let member: AWSMember?
    let codingPath: [any CodingKey]
    let slot = CBORSlot()
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(options: CBORBodyEncoder, members: [AWSMember], member: AWSMember?, codingPath: [any CodingKey]) {
        self.options = options
        self.members = members
        self.member = member
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = slot.content { slot.content = .map([:]) }
        return KeyedEncodingContainer(KeyedContainer(encoder: self, slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = slot.content { slot.content = .array([]) }
        return UnkeyedContainer(encoder: self, slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// The wire traits of the member with coding key `key`, if it has any.
    func member(_ key: String) -> AWSMember? {
        members.isEmpty ? nil : members.first { $0.key == key }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: CBOREncoding
        let slot: CBORSlot
        let codingPath: [any CodingKey]

        /// Sets a member; `slot.content` is a map, which `container(keyedBy:)` made sure of.
        private func set(_ child: CBORSlot, _ key: Key) {
            guard case .map(var members) = slot.content else { return }
            slot.content = .empty
            members[key.stringValue] = child
            slot.content = .map(members)
        }

        /// An explicit null, such as a sparse map's nil entry (generated shapes leave nil members out instead).
        mutating func encodeNil(forKey key: Key) throws {
            set(CBORSlot(.value(.null)), key)
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let value = try encoder.options.value(value, member: encoder.member(key.stringValue), codingPath: codingPath + [key])
            set(CBORSlot(.value(value)), key)
        }

        /// An absent member is left out, unless it is an idempotency token, which gets a fresh value.
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            if let value {
                try encode(value, forKey: key)
            } else if encoder.member(key.stringValue)?.isIdempotencyToken == true {
                try encode(encoder.options.tokenGenerator(), forKey: key)
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = CBORSlot(.map([:]))
            set(child, key)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, slot: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = CBORSlot(.array([]))
            set(child, key)
            return UnkeyedContainer(encoder: encoder, slot: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: CBOREncoding
        let slot: CBORSlot
        let codingPath: [any CodingKey]
        var count: Int {
            if case .array(let elements) = slot.content { return elements.count }
            return 0
        }

        /// Appends an element; `slot.content` is an array, which `unkeyedContainer()` made sure of.
        private func append(_ child: CBORSlot) {
            guard case .array(var elements) = slot.content else { return }
            slot.content = .empty
            elements.append(child)
            slot.content = .array(elements)
        }

        mutating func encodeNil() throws {
            append(CBORSlot(.value(.null)))
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            append(CBORSlot(.value(try encoder.options.value(value, member: encoder.member, codingPath: codingPath))))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = CBORSlot(.map([:]))
            append(child)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, slot: child, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = CBORSlot(.array([]))
            append(child)
            return UnkeyedContainer(encoder: encoder, slot: child, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder { encoder }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: CBOREncoding
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.slot.content = .value(.null) }
        mutating func encode(_ value: Bool) throws { encoder.slot.content = .value(.bool(value)) }
        mutating func encode(_ value: String) throws { encoder.slot.content = .value(.string(value)) }
        mutating func encode(_ value: Int) throws { encoder.slot.content = .value(.integer(Int64(value))) }
        mutating func encode(_ value: Int64) throws { encoder.slot.content = .value(.integer(value)) }
        mutating func encode(_ value: Int32) throws { encoder.slot.content = .value(.integer(Int64(value))) }
        mutating func encode(_ value: Double) throws { encoder.slot.content = .value(.double(value)) }
        mutating func encode(_ value: Float) throws { encoder.slot.content = .value(.float(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.slot.content = .value(try encoder.options.value(value, member: encoder.member, codingPath: codingPath))
        }
    }
}
