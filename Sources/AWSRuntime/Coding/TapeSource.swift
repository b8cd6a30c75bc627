import AWSJSON
import Foundation

/// A JSON response body parsed to a `JSONTape`, which shapes decode from without a dictionary per object
/// or a string per key: only the values a shape reads are made.
///
/// Members that come from outside the body (headers and the status code) are in `overlay` and are read
/// before the body's members, at the root only.
final class TapeSource {
    let bytes: [UInt8]
    let tape: JSONTape
    let options: TreeDecoder
    let overlay: [String: JSONValue]
    /// The object of the last member found, and the key token after that member: the next lookup in the
    /// same object starts there, since shapes mostly read members in the order they come.
    private var hint = (object: -1, key: 0)
    /// The last two types decoded from objects that are not maps.
    private var notMaps: (ObjectIdentifier?, ObjectIdentifier?) = (nil, nil)
    /// The last list type decoded.
    private var lastList: (id: ObjectIdentifier, type: any TapeList.Type)?

    /// Parses `body`, which holds one JSON document.
    init(body: [UInt8], overlay: [String: JSONValue], options: TreeDecoder) throws(JSONParseError) {
        bytes = body
        tape = try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) in try JSONTape.parse(buffer) }
        self.overlay = overlay
        self.options = options
    }

    /// Whether the body's value is an object.
    var isObject: Bool {
        if case .object = tape.tokens[0].kind { return true }
        return false
    }

    /// The value from outside the body of the member `key` of the object at `object`: only the root has any.
    func overlayValue(_ key: String, of object: Int) -> JSONValue? {
        object == 0 && !overlay.isEmpty ? overlay[key] : nil
    }

    /// The token of the value of the member `key` of the object at `object`, in the body.
    func member(_ key: String, of object: Int) -> Int? {
        let start = hint.object == object ? hint.key : 0
        guard let found = bytes.withUnsafeBufferPointer({ tape.member(key, of: object, from: start, in: $0) }) else {
            return nil
        }
        hint = (object, Int(tape.tokens[found].next))
        return found
    }

    /// The names of the members of the object at `object`, summed up to rule out most absent ones quickly.
    func keyMask(of object: Int) -> TapeKeyMask {
        if object == 0 && !overlay.isEmpty { return .all }
        var bits: UInt64 = 0
        let end = Int(tape.tokens[object].next)
        var key = object + 1
        while key < end {
            let token = tape.tokens[key]
            if token.flag { return .all }
            if token.length > 0 { bits |= TapeKeyMask.bit(bytes[Int(token.start)], Int(token.length)) }
            key = Int(tape.tokens[key + 1].next)
        }
        return TapeKeyMask(bits: bits)
    }

    /// The keys of the members of the object at `object` whose values are not null, with the overlay's at
    /// the root, in the order they come.
    func keys(of object: Int) -> [String] {
        keys(of: object) { $0 }
    }

    /// `keys(of:)`, each made into a `Key`, in one pass.
    func keys<Key>(of object: Int, as makeKey: (String) -> Key?) -> [Key] {
        var keys: [Key] = []
        if object == 0 {
            for (name, value) in overlay where !value.isNull { makeKey(name).map { keys.append($0) } }
        }
        let end = Int(tape.tokens[object].next)
        keys.reserveCapacity(keys.count + Int(tape.tokens[object].length))
        var key = object + 1
        bytes.withUnsafeBufferPointer { bytes in
            while key < end {
                if !tape.tokens[key + 1].kind.isNull {
                    let name = tape.string(at: key, in: bytes)
                    if object != 0 || overlay[name] == nil, let made = makeKey(name) { keys.append(made) }
                }
                key = Int(tape.tokens[key + 1].next)
            }
        }
        return keys
    }

    /// The string at `index`.
    func string(at index: Int) -> String {
        bytes.withUnsafeBufferPointer { tape.string(at: index, in: $0) }
    }

    /// The value at `index`: a scalar as it is, a container with all it holds.
    func value(at index: Int) -> JSONValue {
        bytes.withUnsafeBufferPointer { tape.value(at: index, in: $0) }
    }

    /// Decodes a `T` from the value at `index`.
    func decode<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        if T.self == String.self {
            guard case .string = tape.tokens[index].kind else { throw mismatch(type, index) }
            // The same type, so a cast that costs nothing rather than a dynamic one.
            return unsafeBitCast(string(at: index), to: T.self)
        }
        // The types the tree decoder reads itself rather than through their own `init(from:)`.
        if T.self == Date.self || T.self == Data.self || T.self == JSONValue.self {
            return try options.decodeValue(type, from: value(at: index), path: treePath(to: index))
        }
        switch tape.tokens[index].kind {
        case .object:
            if let map = mapType(T.self) { return try Self.decode(map, as: type, from: self, at: index) }
        case .array:
            if let list = listType(T.self) { return try Self.decode(list, as: type, from: self, at: index) }
        default:
            break
        }
        return try T(from: TapeDecoding(source: self, index: index))
    }

    /// `type` as a `TapeList`; the last list type found is remembered.
    private func listType(_ type: Any.Type) -> (any TapeList.Type)? {
        let id = ObjectIdentifier(type)
        if let known = lastList, known.id == id { return known.type }
        guard let list = type as? any TapeList.Type else { return nil }
        lastList = (id, list)
        return list
    }

    /// Decodes a list of type `L`, which is `T`.
    private static func decode<L: TapeList, T>(_ list: L.Type, as type: T.Type, from source: TapeSource, at index: Int) throws -> T {
        unsafeBitCast(try L(tape: source, at: index), to: T.self)
    }

    /// `type` as a `TapeMap`. The last two types that were not are remembered, since they are most of the
    /// rest (the structures of a list) and asking the runtime costs more than a comparison.
    private func mapType(_ type: Any.Type) -> (any TapeMap.Type)? {
        let id = ObjectIdentifier(type)
        if id == notMaps.0 || id == notMaps.1 { return nil }
        if let map = type as? any TapeMap.Type { return map }
        notMaps = (id, notMaps.0)
        return nil
    }

    /// Decodes a map of type `M`, which is `T`.
    private static func decode<M: TapeMap, T>(_ map: M.Type, as type: T.Type, from source: TapeSource, at index: Int) throws -> T {
        unsafeBitCast(try M(tape: source, at: index), to: T.self)
    }

    /// The error for a value at `index` that is not a `type`.
    func mismatch(_ type: Any.Type, _ index: Int) -> DecodingError {
        TreeDecoder.mismatch(type, found: tape.tokens[index].kind.name, codingPath(to: index))
    }

    /// The keys from the root to the value at `target`: member names, and element indices that do not count
    /// null elements, as lists are dense. Found by walking down the tape, so that decoding needs to keep no
    /// path for errors.
    func codingPath(to target: Int) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var index = 0
        let tokens = tape.tokens
        descent: while index != target {
            let end = Int(tokens[index].next)
            switch tokens[index].kind {
            case .object:
                var key = index + 1
                while key < end {
                    if target > key && target < Int(tokens[key + 1].next) {
                        keys.append(AWSCodingKey(stringValue: string(at: key)))
                        index = key + 1
                        continue descent
                    }
                    key = Int(tokens[key + 1].next)
                }
            case .array:
                var element = index + 1
                var position = 0
                while element < end {
                    if target >= element && target < Int(tokens[element].next) {
                        keys.append(IndexKey(position))
                        index = element
                        continue descent
                    }
                    if !tokens[element].kind.isNull { position += 1 }
                    element = Int(tokens[element].next)
                }
            default:
                break
            }
            break
        }
        return keys
    }

    /// `codingPath(to:)` as a `TreePath`, for the tree decoder.
    func treePath(to target: Int) -> TreePath? {
        codingPath(to: target).reduce(nil) { TreePath($0, $1) }
    }
}

extension JSONTape.Token.Kind {
    /// Whether the value is null. (Matching the case directly is cheaper than `==` across modules.)
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A short name of the kind, for messages.
    var name: String {
        switch self {
        case .null: "null"
        case .false, .true: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// The member names of an object summed up in 64 bits, one bit for each name by its first byte and length:
/// a shape that asks for a member the object does not have, as most do for most of their optional
/// members, is mostly told so without comparing a name.
struct TapeKeyMask {
    private let bits: UInt64

    init(bits: UInt64) { self.bits = bits }

    /// A mask that rules nothing out.
    static let all = TapeKeyMask(bits: ~0)

    /// The bit of a name that starts with `first` and is `count` bytes long.
    static func bit(_ first: UInt8, _ count: Int) -> UInt64 {
        1 &<< ((UInt64(first) &+ UInt64(truncatingIfNeeded: count) &* 7) & 63)
    }

    /// Whether the object may have a member named `key`.
    func mayContain(_ key: String) -> Bool {
        let utf8 = key.utf8
        guard let first = utf8.first else { return true }
        return bits & Self.bit(first, utf8.count) != 0
    }
}
