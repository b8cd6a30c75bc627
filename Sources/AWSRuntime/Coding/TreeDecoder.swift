import Foundation

/// Decodes shapes from a `JSONValue` tree.
///
/// It is lenient where AWS is: numbers and booleans may come as strings (headers), timestamps in any of
/// the three formats, and a header list as one comma-separated string.
package struct TreeDecoder {
    /// Reads blobs as plain text rather than base64, as the protocol test suites write them.
    var blobsAsText = false
    /// The event stream of the response being decoded, for its `AWSEventStream` member.
    package var eventStream: EventStreamContext?

    /// The decoder for response bodies.
    package static var response: TreeDecoder { TreeDecoder() }

    /// The decoder for botocore's protocol test suites, which write blobs as plain text.
    package static var protocolSuite: TreeDecoder { TreeDecoder(blobsAsText: true) }

    /// Decodes a `T` from `value`.
    package func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try decodeValue(type, from: value, path: nil)
    }

    /// Decodes a `T` from `value`, found at `path`, which is made only when a nested decoder or an error needs it.
    func decodeValue<T: Decodable>(_ type: T.Type, from value: JSONValue, path: @autoclosure () -> TreePath?) throws -> T {
        if T.self == String.self {
            guard case .string(let string) = value else { throw Self.mismatch(type, value, TreePath.keys(path())) }
            return unsafeBitCast(string, to: T.self)
        }
        if T.self == Date.self {
            return unsafeBitCast(try Self.decodeDate(value, TreePath.keys(path())), to: T.self)
        }
        if T.self == Data.self {
            guard case .string(let string) = value, let data = blobsAsText ? Data(string.utf8) : Data(base64Encoded: string) else {
                throw Self.mismatch(type, value, TreePath.keys(path()))
            }
            return unsafeBitCast(data, to: T.self)
        }
        if T.self == JSONValue.self {
            return unsafeBitCast(value, to: T.self)
        }
        return try T(from: TreeDecoding(options: self, value: value, path: path()))
    }

    static func decodeDate(_ value: JSONValue, _ codingPath: @autoclosure () -> [any CodingKey]) throws -> Date {
        switch value {
        case .int(let seconds): return Date(timeIntervalSince1970: Double(seconds))
        case .double(let seconds): return Date(timeIntervalSince1970: seconds)
        case .string(let text):
            if let date = TimestampCoding.parse(text) { return date }
        default: break
        }
        throw mismatch(Date.self, value, codingPath())
    }

    static func mismatch(_ type: Any.Type, _ value: JSONValue, _ codingPath: [any CodingKey]) -> DecodingError {
        mismatch(type, found: value.kindName, codingPath)
    }

    static func mismatch(_ type: Any.Type, found kind: String, _ codingPath: [any CodingKey]) -> DecodingError {
        DecodingError.typeMismatch(
            type, DecodingError.Context(codingPath: codingPath, debugDescription: "expected \(type), found \(kind)"))
    }

    /// A boolean: `true`, `false`, or either as a string (headers).
    static func bool(_ value: JSONValue) -> Bool? {
        switch value {
        case .bool(let bool): bool
        case .string("true"): true
        case .string("false"): false
        default: nil
        }
    }

    /// A double: any number, or a string that holds one, `NaN` or an infinity.
    static func double(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let int): Double(int)
        case .double(let double): double
        case .string("NaN"): .nan
        case .string("Infinity"): .infinity
        case .string("-Infinity"): -.infinity
        case .string(let text): Double(text)
        default: nil
        }
    }

    /// An integer of type `T`: a number with that exact value, or a string that holds one.
    static func integer<T: FixedWidthInteger>(_ type: T.Type, _ value: JSONValue) -> T? {
        switch value {
        case .int(let int): T(exactly: int)
        case .double(let double): T(exactly: double)
        case .string(let text): T(text.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }
}

extension JSONValue {
    /// A short name of the value's kind, for messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// The `Decoder` behind `TreeDecoder`.
struct TreeDecoding: Decoder {
    let options: TreeDecoder
    let value: JSONValue
    let path: TreePath?
    var codingPath: [any CodingKey] { TreePath.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { options.eventStream.map { [EventStreamContext.key: $0] } ?? [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw TreeDecoder.mismatch([String: Any].self, value, codingPath)
        }
        return KeyedDecodingContainer(KeyedContainer(options: options, members: members, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .array(let elements):
            // Lists are dense: null elements are skipped.
            let dense = elements.contains(.null) ? elements.filter { $0 != .null } : elements
            return UnkeyedContainer(options: options, elements: dense, path: path)
        case .string(let text):
            return UnkeyedContainer(options: options, elements: HeaderListSplitter.split(text).map { .string($0) }, path: path)
        default:
            throw TreeDecoder.mismatch([Any].self, value, codingPath)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(options: options, value: value, path: path)
    }

    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let options: TreeDecoder
        let members: [String: JSONValue]
        let path: TreePath?
        var codingPath: [any CodingKey] { TreePath.keys(path) }

        /// The keys with non-null values: null map entries and union members count as absent.
        var allKeys: [Key] { members.filter { $0.value != .null }.keys.sorted().compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        private func member(_ key: Key) throws -> JSONValue {
            guard let value = members[key.stringValue] else {
                throw DecodingError.keyNotFound(
                    key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing required member"))
            }
            return value
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            members[key.stringValue].map { $0 == .null } ?? true
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try options.decodeValue(type, from: try member(key), path: TreePath(path, key))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try TreeDecoding(options: options, value: try member(key), path: TreePath(path, key)).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try TreeDecoding(options: options, value: try member(key), path: TreePath(path, key)).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { TreeDecoding(options: options, value: .object(members), path: path) }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            TreeDecoding(options: options, value: try member(key), path: TreePath(path, key))
        }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let options: TreeDecoder
        let elements: [JSONValue]
        let path: TreePath?
        var codingPath: [any CodingKey] { TreePath.keys(path) }
        var currentIndex = 0
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        /// The next element and its index.
        private mutating func next() throws -> (JSONValue, Int) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "no more elements"))
            }
            defer { currentIndex += 1 }
            return (elements[currentIndex], currentIndex)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, elements[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (value, index) = try next()
            return try options.decodeValue(type, from: value, path: TreePath(path, IndexKey(index)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let (value, index) = try next()
            return try TreeDecoding(options: options, value: value, path: TreePath(path, IndexKey(index))).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (value, index) = try next()
            return try TreeDecoding(options: options, value: value, path: TreePath(path, IndexKey(index))).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (value, index) = try next()
            return TreeDecoding(options: options, value: value, path: TreePath(path, IndexKey(index)))
        }
    }

    struct SingleValueContainer: IntegerReadingContainer {
        let options: TreeDecoder
        let value: JSONValue
        let path: TreePath?
        var codingPath: [any CodingKey] { TreePath.keys(path) }

        func decodeNil() -> Bool { value == .null }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard let bool = TreeDecoder.bool(value) else { throw TreeDecoder.mismatch(type, value, codingPath) }
            return bool
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .string(let string) = value else { throw TreeDecoder.mismatch(type, value, codingPath) }
            return string
        }

        func decode(_ type: Double.Type) throws -> Double {
            guard let double = TreeDecoder.double(value) else { throw TreeDecoder.mismatch(type, value, codingPath) }
            return double
        }

        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

        func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard let integer = TreeDecoder.integer(type, value) else { throw TreeDecoder.mismatch(type, value, codingPath) }
            return integer
        }


        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try options.decodeValue(type, from: value, path: path)
        }
    }
}

/// A single-value container that reads every integer type through one generic function.
protocol IntegerReadingContainer: SingleValueDecodingContainer {
    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T
}

extension IntegerReadingContainer {
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
}

/// Where a value sits in the tree being decoded, as a list from the value up to the root: cheaper to make
/// than a `[CodingKey]` per member, and turned into one only for an error or a `codingPath`.
final class TreePath {
    let parent: TreePath?
    let key: any CodingKey

    init(_ parent: TreePath?, _ key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    /// The keys from the root down to `path`.
    static func keys(_ path: TreePath?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = path
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// A coding key for an array index.
struct IndexKey: CodingKey {
    var stringValue: String { "\(intValue!)" }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// Splits a header value that holds a list.
enum HeaderListSplitter {
    /// Splits at commas outside double quotes, trims, and unquotes quoted elements. HTTP-dates, which hold a
    /// comma after the weekday, are kept whole.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == "," && !quoted {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        var merged: [String] = []
        for part in parts {
            if let last = merged.last, last.count == 3, last.allSatisfy(\.isLetter), part.first?.isNumber == true {
                merged[merged.count - 1] = last + ", " + part
            } else {
                merged.append(part)
            }
        }
        return merged
    }
}
