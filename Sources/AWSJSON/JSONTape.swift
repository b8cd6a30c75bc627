/// A JSON document as a flat list of tokens, in document order, that point into its bytes.
///
/// Parsing checks the document as strictly as `JSONValue.parse`, which is built on it, but makes no
/// strings, arrays or dictionaries: a decoder reads the members it wants and makes values only for those.
/// An object's token is followed by a key token and its value for each member; an array's by its
/// elements. Every token knows where the value after it starts, so a reader steps over a member without
/// looking inside.
package struct JSONTape: Sendable {
    /// One value of the document.
    package struct Token: Sendable {
        /// What kind of value a token is.
        package enum Kind: UInt8, Sendable {
            case null, `false`, `true`, number, string, array, object
        }

        package let kind: Kind
        /// For a string, whether it holds escapes; for a number, whether it is an integer that fits `Int64`.
        package let flag: Bool
        /// Where the value starts in the bytes; for a string, after its opening quote.
        package let start: UInt32
        /// The byte count of a string's content or of a number; the element or member count of a container.
        package var length: UInt32
        /// The index of the token after this value and all it holds.
        package var next: UInt32
    }

    /// The tokens, the document's value first.
    package var tokens: [Token]

    /// Parses a document; see `JSONValue.parse(_:)` for the rules.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONTape {
        var parser = JSONParser(bytes: bytes)
        try parser.parseDocument()
        return JSONTape(tokens: parser.tokens)
    }

    /// The index of the value of the member named `key` of the object at `object`, looking first at the
    /// members from `hint` on (the index of a member's key token, or 0) and then at those before it.
    ///
    /// Readers usually ask for members in the order they come, so starting after the last one found makes
    /// a lookup one comparison in most cases. A key that is repeated may give either value.
    package func member(_ key: String, of object: Int, from hint: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = Int(tokens[object].next)
        let first = object + 1
        let start = hint > object && hint < end ? hint : first
        var index = start
        while index < end {
            if keyEquals(index, key, bytes) { return index + 1 }
            index = Int(tokens[index + 1].next)
        }
        index = first
        while index < start {
            if keyEquals(index, key, bytes) { return index + 1 }
            index = Int(tokens[index + 1].next)
        }
        return nil
    }

    /// Whether the string token at `index` spells `key`.
    private func keyEquals(_ index: Int, _ key: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if token.flag { return string(at: index, in: bytes) == key }
        let count = Int(token.length)
        let start = Int(token.start)
        let equal = key.utf8.withContiguousStorageIfAvailable { key in
            guard key.count == count else { return false }
            for offset in 0..<count where key[offset] != bytes[start + offset] { return false }
            return true
        }
        return equal ?? key.utf8.elementsEqual(bytes[start..<start + count])
    }

    /// The string at `index`, which must be a string token.
    package func string(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let token = tokens[index]
        let content = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.start + token.length)])
        guard token.flag else { return String(decoding: content, as: UTF8.self) }
        return JSONParser.unescape(content)
    }

    /// The number at `index`, which must be a number token: `.int` when it is an integer that fits `Int64`,
    /// else `.double`.
    package func number(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONValue {
        let token = tokens[index]
        let text = bytes[Int(token.start)..<Int(token.start + token.length)]
        if token.flag {
            var magnitude: UInt64 = 0
            for byte in text where byte != UInt8(ascii: "-") { magnitude = magnitude &* 10 &+ UInt64(byte &- UInt8(ascii: "0")) }
            return .int(text.first == UInt8(ascii: "-") ? Int64(bitPattern: 0 &- magnitude) : Int64(magnitude))
        }
        // The parser checked the syntax, and `Double` reads every valid JSON number.
        return .double(Double(String(decoding: text, as: UTF8.self)) ?? .nan)
    }

    /// The value at `index` and all it holds, as a `JSONValue`.
    package func value(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONValue {
        let token = tokens[index]
        switch token.kind {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .number: return number(at: index, in: bytes)
        case .string: return .string(string(at: index, in: bytes))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(Int(token.length))
            var element = index + 1
            while element < Int(token.next) {
                elements.append(value(at: element, in: bytes))
                element = Int(tokens[element].next)
            }
            return .array(elements)
        case .object:
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(Int(token.length))
            var key = index + 1
            while key < Int(token.next) {
                members[string(at: key, in: bytes)] = value(at: key + 1, in: bytes)
                key = Int(tokens[key + 1].next)
            }
            return .object(members)
        }
    }
}
