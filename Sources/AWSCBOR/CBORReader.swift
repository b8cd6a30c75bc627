/// Reads one CBOR data item from bytes (RFC 8949 §3), with definite and indefinite lengths.
struct CBORReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// The item that starts at `index`, `depth` levels inside arrays, maps and tags.
    mutating func item(depth: Int) throws(CBORDecodingError) -> CBORValue {
        let start = index
        guard depth < CBORValue.maximumNestingDepth else {
            throw CBORDecodingError(offset: start, message: "nesting deeper than \(CBORValue.maximumNestingDepth) levels")
        }
        let initial = try byte()
        let major = initial >> 5
        let info = initial & 0x1F
        switch major {
        case 0:
            return .unsigned(try argument(info, at: start))
        case 1:
            return .negative(try argument(info, at: start))
        case 2:
            return .bytes(try stringBytes(major: 2, info, at: start))
        case 3:
            let raw = try stringBytes(major: 3, info, at: start)
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw CBORDecodingError(offset: start, message: "invalid UTF-8 in a text string")
            }
            return .string(text)
        case 4:
            var elements: [CBORValue] = []
            if info == 31 {
                while try !atBreak() { elements.append(try item(depth: depth + 1)) }
            } else {
                let count = try count(info, at: start)
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try item(depth: depth + 1)) }
            }
            return .array(elements)
        case 5:
            var members: [String: CBORValue] = [:]
            if info == 31 {
                while try !atBreak() { try member(into: &members, depth: depth) }
            } else {
                let count = try count(info, at: start)
                members.reserveCapacity(count)
                for _ in 0..<count { try member(into: &members, depth: depth) }
            }
            return .map(members)
        case 6:
            let tag = try argument(info, at: start)
            return .tagged(tag, try item(depth: depth + 1))
        default:
            return try simpleOrFloat(info, at: start)
        }
    }

    /// One key and value of a map; the key must be a text string. A repeated key keeps its last value.
    private mutating func member(into members: inout [String: CBORValue], depth: Int) throws(CBORDecodingError) {
        let keyOffset = index
        guard case .string(let key) = try item(depth: depth + 1) else {
            throw CBORDecodingError(offset: keyOffset, message: "a map key must be a text string")
        }
        members[key] = try item(depth: depth + 1)
    }

    /// Major type 7: simple values and floats.
    private mutating func simpleOrFloat(_ info: UInt8, at start: Int) throws(CBORDecodingError) -> CBORValue {
        switch info {
        case 20: return .bool(false)
        case 21: return .bool(true)
        case 22: return .null
        case 23: return .undefined
        case 0..<20: return .simple(info)
        case 24:
            let value = try byte()
            guard value >= 32 else {
                throw CBORDecodingError(offset: start, message: "simple value \(value) must be encoded in one byte")
            }
            return .simple(value)
        case 25: return .float(CBORHalfFloat.float(fromBits: UInt16(try bigEndian(2))))
        case 26: return .float(Float(bitPattern: UInt32(try bigEndian(4))))
        case 27: return .double(Double(bitPattern: try bigEndian(8)))
        case 31: throw CBORDecodingError(offset: start, message: "a break (0xff) outside an indefinite-length item")
        default: throw CBORDecodingError(offset: start, message: "reserved additional information \(info)")
        }
    }

    /// The bytes of a byte or text string; an indefinite-length one is the concatenation of its definite chunks.
    private mutating func stringBytes(major: UInt8, _ info: UInt8, at start: Int) throws(CBORDecodingError) -> [UInt8] {
        guard info == 31 else { return try take(try count(info, at: start), at: start) }
        var result: [UInt8] = []
        while try !atBreak() {
            let chunkStart = index
            let initial = try byte()
            guard initial >> 5 == major, initial & 0x1F != 31 else {
                throw CBORDecodingError(
                    offset: chunkStart, message: "a chunk of an indefinite-length string must be a definite string of the same type")
            }
            result += try take(try count(initial & 0x1F, at: chunkStart), at: chunkStart)
        }
        return result
    }

    /// A length or count that must fit in what is left of the input (each element takes at least a byte).
    private mutating func count(_ info: UInt8, at start: Int) throws(CBORDecodingError) -> Int {
        let value = try argument(info, at: start)
        guard value <= UInt64(bytes.count - index) else {
            throw CBORDecodingError(offset: start, message: "a length of \(value) runs past the end of the input")
        }
        return Int(value)
    }

    /// The argument of a head: the additional information itself, or the 1, 2, 4 or 8 bytes after it.
    private mutating func argument(_ info: UInt8, at start: Int) throws(CBORDecodingError) -> UInt64 {
        switch info {
        case 0..<24: return UInt64(info)
        case 24: return UInt64(try byte())
        case 25: return try bigEndian(2)
        case 26: return try bigEndian(4)
        case 27: return try bigEndian(8)
        case 31: throw CBORDecodingError(offset: start, message: "an indefinite length is not allowed for this major type")
        default: throw CBORDecodingError(offset: start, message: "reserved additional information \(info)")
        }
    }

    /// Whether the next byte is a break; consumes it if so.
    private mutating func atBreak() throws(CBORDecodingError) -> Bool {
        guard index < bytes.count else { throw endOfInput() }
        guard bytes[index] == 0xFF else { return false }
        index += 1
        return true
    }

    private mutating func byte() throws(CBORDecodingError) -> UInt8 {
        guard index < bytes.count else { throw endOfInput() }
        defer { index += 1 }
        return bytes[index]
    }

    private mutating func bigEndian(_ width: Int) throws(CBORDecodingError) -> UInt64 {
        guard bytes.count - index >= width else { throw endOfInput() }
        var value: UInt64 = 0
        for offset in 0..<width { value = value << 8 | UInt64(bytes[index + offset]) }
        index += width
        return value
    }

    private mutating func take(_ count: Int, at start: Int) throws(CBORDecodingError) -> [UInt8] {
        guard bytes.count - index >= count else { throw endOfInput() }
        defer { index += count }
        return Array(bytes[index..<index + count])
    }

    private func endOfInput() -> CBORDecodingError {
        CBORDecodingError(offset: index, message: "unexpected end of input")
    }
}
