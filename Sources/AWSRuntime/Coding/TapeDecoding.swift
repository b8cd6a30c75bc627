import AWSJSON
import Foundation

/// The `Decoder` for a value of a `TapeSource`.
///
/// It is two words and keeps no coding path: a path is found from the tape only for an error or when
/// asked for. It and its unkeyed and single-value containers fit in an existential's inline buffer, so
/// passing them as `any Decoder` or a container allocates nothing.
struct TapeDecoding: Decoder {
    let source: TapeSource
    let index: Int
    var codingPath: [any CodingKey] { source.codingPath(to: index) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The kind of the value.
    var kind: JSONTape.Token.Kind { source.tape.tokens[index].kind }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object = kind else { throw source.mismatch([String: Any].self, index) }
        return KeyedDecodingContainer(KeyedContainer(decoding: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array = kind else { throw source.mismatch([Any].self, index) }
        return UnkeyedContainer(decoding: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoding: self)
    }

    /// Decodes the member `name` of this object, from the overlay or the body.
    ///
    /// This and `decodeMemberIfPresent` hold no `T?` of their own: in code that is not specialized, each
    /// would look up the metadata of `Optional<T>` on every call.
    func decodeMember<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        if let value = source.overlayValue(name, of: index) {
            return try source.options.decodeValue(type, from: value, path: TreePath(nil, AWSCodingKey(stringValue: name)))
        }
        guard let token = source.member(name, of: index) else {
            throw DecodingError.keyNotFound(
                AWSCodingKey(stringValue: name),
                DecodingError.Context(codingPath: codingPath, debugDescription: "missing required member"))
        }
        return try source.decode(type, at: token)
    }

    /// Decodes the member `name` of this object; nil when it is absent or null.
    func decodeMemberIfPresent<T: Decodable>(_ type: T.Type, _ name: String) throws -> T? {
        if let value = source.overlayValue(name, of: index) {
            if case .null = value { return nil }
            return try source.options.decodeValue(type, from: value, path: TreePath(nil, AWSCodingKey(stringValue: name)))
        }
        guard let token = source.member(name, of: index), !source.tape.tokens[token].kind.isNull else { return nil }
        return try source.decode(type, at: token)
    }

    /// The members of an object, for types that decode through a keyed container, such as dictionaries.
    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoding: TapeDecoding
        var codingPath: [any CodingKey] { decoding.codingPath }

        /// The keys with non-null values: null map entries and union members count as absent.
        var allKeys: [Key] { decoding.source.keys(of: decoding.index) { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool {
            decoding.source.overlayValue(key.stringValue, of: decoding.index) != nil
                || decoding.source.member(key.stringValue, of: decoding.index) != nil
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            if let value = decoding.source.overlayValue(key.stringValue, of: decoding.index) { return value.isNull }
            guard let token = decoding.source.member(key.stringValue, of: decoding.index) else { return true }
            return decoding.source.tape.tokens[token].kind.isNull
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try decoding.decodeMember(type, key.stringValue)
        }

        /// The decoder for the member `key`.
        private func decoder(_ key: Key) throws -> any Decoder {
            if let value = decoding.source.overlayValue(key.stringValue, of: decoding.index) {
                return TreeDecoding(options: decoding.source.options, value: value, path: TreePath(nil, key))
            }
            guard let token = decoding.source.member(key.stringValue, of: decoding.index) else {
                throw DecodingError.keyNotFound(
                    key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing required member"))
            }
            return TapeDecoding(source: decoding.source, index: token)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try decoder(key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { decoding }
        func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(key) }
    }

    /// The elements of an array. Lists are dense: null elements are skipped.
    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let source: TapeSource
        /// The token of the array, and of the next element.
        private let array: UInt32
        private var position: UInt32
        /// The index of the next element and the count, not counting nulls.
        private var current: Int32, total: Int32

        init(decoding: TapeDecoding) {
            source = decoding.source
            let tokens = source.tape.tokens
            let end = tokens[decoding.index].next
            var count = Int32(truncatingIfNeeded: tokens[decoding.index].length)
            var element = UInt32(decoding.index + 1)
            while element < end {
                if tokens[Int(element)].kind.isNull { count -= 1 }
                element = tokens[Int(element)].next
            }
            array = UInt32(decoding.index)
            position = array + 1
            current = 0
            total = count
        }

        var codingPath: [any CodingKey] { source.codingPath(to: Int(array)) }
        var currentIndex: Int { Int(current) }
        var count: Int? { Int(total) }
        var isAtEnd: Bool { current >= total }

        /// The token of the next element, stepping past it.
        private mutating func next() throws -> Int {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "no more elements"))
            }
            let tokens = source.tape.tokens
            while tokens[Int(position)].kind.isNull { position = tokens[Int(position)].next }
            let token = Int(position)
            position = tokens[token].next
            current += 1
            return token
        }

        mutating func decodeNil() throws -> Bool { false }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try source.decode(type, at: try next())
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try TapeDecoding(source: source, index: try next()).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try TapeDecoding(source: source, index: try next()).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { TapeDecoding(source: source, index: try next()) }
    }

    /// A scalar, read by the tree decoder's rules.
    struct SingleValueContainer: IntegerReadingContainer {
        let decoding: TapeDecoding
        var codingPath: [any CodingKey] { decoding.codingPath }

        /// The scalar as a `JSONValue`, converted by `convert`, or a mismatch error.
        private func read<T>(_ type: T.Type, _ convert: (JSONValue) -> T?) throws -> T {
            guard let value = convert(decoding.source.value(at: decoding.index)) else {
                throw decoding.source.mismatch(type, decoding.index)
            }
            return value
        }

        func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T { try read(type) { TreeDecoder.integer(type, $0) } }

        func decodeNil() -> Bool { decoding.kind.isNull }

        func decode(_ type: String.Type) throws -> String {
            guard case .string = decoding.kind else { throw decoding.source.mismatch(type, decoding.index) }
            return decoding.source.string(at: decoding.index)
        }

        func decode(_ type: Bool.Type) throws -> Bool { try read(type, TreeDecoder.bool) }
        func decode(_ type: Double.Type) throws -> Double { try read(type, TreeDecoder.double) }
        func decode(_ type: Float.Type) throws -> Float { Float(try read(Double.self, TreeDecoder.double)) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try decoding.source.decode(type, at: decoding.index)
        }
    }
}
