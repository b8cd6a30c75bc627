import Foundation

/// Decodes the zero value of a type, for a required member that a response leaves out: Smithy's "client error
/// correction", which lets a client read a response whose service or emulator skipped a member the model calls
/// required (moto's Route 53 `ListHostedZones` has no `Marker`), as botocore, which checks no response, does.
///
/// Strings and blobs are empty, numbers 0, booleans false, timestamps the epoch, lists and maps empty, open enums
/// the empty value, documents null, and a structure has each of its required members corrected in turn. A union
/// has no zero value: decoding one fails as the missing member would have.
struct ZeroValueDecoder: Decoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The zero value of `type`, or the `keyNotFound` error `missing` when it has none.
    static func value<T: Decodable>(_ type: T.Type, for missing: DecodingError) throws -> T {
        guard case .keyNotFound(let key, let context) = missing else { throw missing }
        do {
            return try T(from: ZeroValueDecoder(codingPath: context.codingPath + [key]))
        } catch {
            throw missing
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed(codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        Unkeyed(codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(codingPath: codingPath)
    }

    /// A structure with no members: its optional members are nil, its required ones corrected.
    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let codingPath: [any CodingKey]
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool { false }
        func decodeNil(forKey key: Key) throws -> Bool { true }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try T(from: ZeroValueDecoder(codingPath: codingPath + [key]))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>(codingPath: codingPath + [key]))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            Unkeyed(codingPath: codingPath + [key])
        }

        func superDecoder() throws -> any Decoder { ZeroValueDecoder(codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { ZeroValueDecoder(codingPath: codingPath + [key]) }
    }

    /// An empty list.
    private struct Unkeyed: UnkeyedDecodingContainer {
        let codingPath: [any CodingKey]
        var count: Int? { 0 }
        var isAtEnd: Bool { true }
        var currentIndex: Int { 0 }

        mutating func decodeNil() throws -> Bool { true }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: codingPath, debugDescription: "an empty list"))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>(codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { Unkeyed(codingPath: codingPath) }
        mutating func superDecoder() throws -> any Decoder { ZeroValueDecoder(codingPath: codingPath) }
    }

    /// A scalar's zero.
    private struct Single: SingleValueDecodingContainer {
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { true }
        func decode(_ type: Bool.Type) throws -> Bool { false }
        func decode(_ type: String.Type) throws -> String { "" }
        func decode(_ type: Double.Type) throws -> Double { 0 }
        func decode(_ type: Float.Type) throws -> Float { 0 }
        func decode(_ type: Int.Type) throws -> Int { 0 }
        func decode(_ type: Int8.Type) throws -> Int8 { 0 }
        func decode(_ type: Int16.Type) throws -> Int16 { 0 }
        func decode(_ type: Int32.Type) throws -> Int32 { 0 }
        func decode(_ type: Int64.Type) throws -> Int64 { 0 }
        func decode(_ type: UInt.Type) throws -> UInt { 0 }
        func decode(_ type: UInt8.Type) throws -> UInt8 { 0 }
        func decode(_ type: UInt16.Type) throws -> UInt16 { 0 }
        func decode(_ type: UInt32.Type) throws -> UInt32 { 0 }
        func decode(_ type: UInt64.Type) throws -> UInt64 { 0 }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if T.self == Date.self { return Date(timeIntervalSince1970: 0) as! T }
            if T.self == Data.self { return Data() as! T }
            return try T(from: ZeroValueDecoder(codingPath: codingPath))
        }
    }
}
