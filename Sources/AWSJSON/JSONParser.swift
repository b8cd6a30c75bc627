extension JSONValue {
    /// The deepest nesting of arrays and objects that `parse` accepts.
    public static let maximumNestingDepth = 512

    /// Parses one JSON document (RFC 8259) from UTF-8 bytes.
    ///
    /// Strict: no comments, trailing commas, leading zeros, unescaped control characters,
    /// invalid UTF-8, unpaired surrogate escapes or data after the value. Integers that fit
    /// `Int64` become `.int`; every other number becomes `.double` (magnitudes beyond
    /// `Double`'s range become infinities). A repeated object key keeps its last value.
    /// Nesting deeper than `maximumNestingDepth` is an error.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        if let result = bytes.withContiguousStorageIfAvailable(parse(buffer:)) {
            return try result.get()
        }
        return try Array(bytes).withUnsafeBufferPointer(parse(buffer:)).get()
    }

    /// Parses one JSON document from the UTF-8 of `text`; see `parse(_:)` for the rules.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        return try text.withUTF8(parse(buffer:)).get()
    }

    /// Parses one JSON document from raw memory; see `parse(_:)` for the rules.
    public static func parse(_ buffer: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        try parse(buffer: buffer.bindMemory(to: UInt8.self)).get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) in try JSONTape.parse(buffer).value(at: 0, in: buffer) }
    }
}

/// A recursive-descent JSON parser over a contiguous UTF-8 buffer, which writes a `JSONTape`.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// The tokens parsed so far.
    private(set) var tokens: [JSONTape.Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 8 + 1)
    }

    mutating func parseDocument() throws(JSONParseError) {
        guard bytes.count < Int(UInt32.max) else { throw error("a document of 4 GiB or more") }
        try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected data after the JSON value")
        }
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONParseError) {
        skipWhitespace()
        guard let byte = peek() else { throw expected("a value") }
        switch byte {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "t"): try parseLiteral("true", .true)
        case UInt8(ascii: "f"): try parseLiteral("false", .false)
        case UInt8(ascii: "n"): try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        default: throw error("unexpected \(Self.describe(byte)), expected a value")
        }
    }

    /// Appends a token that ends where it starts.
    private mutating func append(_ kind: JSONTape.Token.Kind, flag: Bool = false, start: Int, length: Int) {
        tokens.append(JSONTape.Token(
            kind: kind, flag: flag, start: UInt32(truncatingIfNeeded: start), length: UInt32(truncatingIfNeeded: length),
            next: UInt32(truncatingIfNeeded: tokens.count + 1)))
    }

    /// Sets the count and the end of the container whose token is at `token`.
    private mutating func close(_ token: Int, count: Int) {
        tokens[token].length = UInt32(truncatingIfNeeded: count)
        tokens[token].next = UInt32(truncatingIfNeeded: tokens.count)
        index += 1
        depth -= 1
    }

    private mutating func parseObject() throws(JSONParseError) {
        let token = tokens.count
        append(.object, start: index, length: 0)
        try enterContainer()
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { return close(token, count: 0) }
        var count = 0
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw expected("a string key") }
            try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw expected("':' after an object key") }
            index += 1
            try parseValue()
            count += 1
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                return close(token, count: count)
            default:
                throw expected("',' or '}'")
            }
        }
    }

    private mutating func parseArray() throws(JSONParseError) {
        let token = tokens.count
        append(.array, start: index, length: 0)
        try enterContainer()
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { return close(token, count: 0) }
        var count = 0
        while true {
            try parseValue()
            count += 1
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                return close(token, count: count)
            default:
                throw expected("',' or ']'")
            }
        }
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > JSONValue.maximumNestingDepth {
            throw error("nesting deeper than \(JSONValue.maximumNestingDepth) levels")
        }
        index += 1
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONTape.Token.Kind) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
            UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[index..<index + count])
        else { throw expected("'\(word)'") }
        append(kind, start: index, length: count)
        index += count
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONParseError) {
        let start = index
        let negative = peek() == UInt8(ascii: "-")
        if negative { index += 1 }
        var magnitude: UInt64 = 0
        var overflow = false
        guard let first = peek(), isDigit(first) else { throw expected("a digit") }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = peek(), isDigit(next) { throw error("leading zeros are not allowed") }
        } else {
            while let byte = peek(), isDigit(byte) {
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
                magnitude = sum
                overflow = overflow || o1 || o2
                index += 1
            }
        }
        var isInteger = true
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            try skipDigits(after: "'.'")
        }
        if let byte = peek(), byte | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            try skipDigits(after: "the exponent")
        }
        let fitsInt64 = isInteger && !overflow && magnitude <= UInt64(Int64.max) + (negative ? 1 : 0)
        append(.number, flag: fitsInt64, start: start, length: index - start)
    }

    private mutating func skipDigits(after what: String) throws(JSONParseError) {
        guard let first = peek(), isDigit(first) else { throw expected("a digit after \(what)") }
        index += 1
        while let byte = peek(), isDigit(byte) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    // MARK: Strings

    /// Parses a string starting at its opening quote, checking its escapes and its UTF-8.
    private mutating func parseString() throws(JSONParseError) {
        index += 1
        let start = index
        var escaped = false
        while index < bytes.count {
            // Printable ASCII other than the quote and the backslash, the most of most strings: eight bytes
            // at a time, then one at a time.
            var position = index
            while position + 8 <= bytes.count,
                !Self.needsCare(UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)) {
                position += 8
            }
            while position < bytes.count, case let byte = bytes[position], byte >= 0x20, byte < 0x80,
                byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                position += 1
            }
            index = position
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                append(.string, flag: escaped, start: start, length: index - start)
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index = try Self.escape(at: index, in: bytes).end
            } else {
                try skipCharacter(byte)
            }
        }
        throw error("unterminated string")
    }

    /// Whether any of eight bytes is a quote, a backslash, a control character or not ASCII. (The borrows of
    /// the subtractions can set a flag only above a byte that already set one, so the answer is exact.)
    private static func needsCare(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highBits }
        let control = (word &- ones &* 0x20) & ~word & highBits
        let quote = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslash = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        return (word & highBits) | control | quote | backslash != 0
    }

    /// The content of a string that holds escapes, which the parser has checked, without them.
    static func unescape(_ content: UnsafeBufferPointer<UInt8>) -> String {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(content.count)
        var index = 0
        while index < content.count {
            guard content[index] == UInt8(ascii: "\\"), let (scalar, end) = try? escape(at: index, in: content) else {
                scratch.append(content[index])
                index += 1
                continue
            }
            scratch.append(contentsOf: Unicode.UTF8.encode(scalar)!)
            index = end
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Steps over one unescaped character of a string, checking that it is allowed and valid UTF-8.
    private mutating func skipCharacter(_ byte: UInt8) throws(JSONParseError) {
        if byte < 0x20 {
            throw error("unescaped control character \(Self.describe(byte)) in a string")
        }
        if byte < 0x80 {
            index += 1
            return
        }
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch byte {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: throw error("invalid UTF-8 in a string")
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else {
            throw error("invalid UTF-8 in a string")
        }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            throw error("invalid UTF-8 in a string")
        }
        index += length
    }

    /// The character that the escape at `start` (a backslash) stands for, and the index after the escape.
    static func escape(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> (Unicode.Scalar, end: Int) {
        let index = start + 1
        guard index < bytes.count else { throw JSONParseError(offset: index, in: bytes, message: "unterminated string") }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return (Unicode.Scalar(byte), index + 1)
        case UInt8(ascii: "b"): return ("\u{08}", index + 1)
        case UInt8(ascii: "f"): return ("\u{0C}", index + 1)
        case UInt8(ascii: "n"): return ("\n", index + 1)
        case UInt8(ascii: "r"): return ("\r", index + 1)
        case UInt8(ascii: "t"): return ("\t", index + 1)
        case UInt8(ascii: "u"): return try unicodeEscape(at: start, in: bytes)
        default: throw JSONParseError(offset: index, in: bytes, message: "invalid escape \(describe(byte))")
        }
    }

    /// Reads `\\uXXXX` at `start`, combining a surrogate pair written as two escapes.
    private static func unicodeEscape(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> (Unicode.Scalar, end: Int) {
        let first = try hex4(at: start + 2, in: bytes)
        switch first {
        case 0xD800...0xDBFF:
            let next = start + 6
            guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u")
            else { throw JSONParseError(offset: start, in: bytes, message: "unpaired surrogate escape") }
            let second = try hex4(at: next + 2, in: bytes)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw JSONParseError(offset: start, in: bytes, message: "unpaired surrogate escape")
            }
            return (Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!, next + 6)
        case 0xDC00...0xDFFF:
            throw JSONParseError(offset: start, in: bytes, message: "unpaired surrogate escape")
        default:
            return (Unicode.Scalar(first)!, start + 6)
        }
    }

    /// The four hex digits at `start`.
    private static func hex4(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for index in start..<start + 4 {
            guard index < bytes.count else { throw JSONParseError(offset: index, in: bytes, message: "unterminated string") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw JSONParseError(offset: index, in: bytes, message: "expected a hex digit in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: Helpers

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func error(_ message: String) -> JSONParseError {
        JSONParseError(offset: index, in: bytes, message: message)
    }

    /// An error saying what was expected at the current position, noting when the input ended early.
    private func expected(_ what: String) -> JSONParseError {
        error(index < bytes.count ? "expected \(what)" : "unexpected end of input, expected \(what)")
    }

    private static func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }
}
