/// The character classes of XML 1.0 (fifth edition) that the reader needs, on UTF-8 bytes.
enum XMLCharacters {
    /// The offset of the first byte that is not part of a valid UTF-8 sequence, or of the first character XML does
    /// not allow (`Char`: controls other than tab, line feed and carriage return, U+FFFE and U+FFFF), with what is
    /// wrong; nil when every character is allowed.
    static func firstInvalid(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, message: String)? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    return (index, "the control character \(hex(UInt32(byte))) is not allowed in XML")
                }
                index += 1
                continue
            }
            guard let (scalar, length) = decode(bytes, at: index) else {
                return (index, "the document is not valid UTF-8")
            }
            if scalar == 0xFFFE || scalar == 0xFFFF {
                return (index, "the character \(hex(scalar)) is not allowed in XML")
            }
            index += length
        }
        return nil
    }

    /// The scalar value and length of the UTF-8 sequence at `index`, or nil when it is not a valid one (overlong,
    /// a surrogate, past U+10FFFF or cut short).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var scalar: UInt32
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2; scalar = UInt32(lead & 0x1F)
        case 0xE0: length = 3; scalar = 0; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; scalar = UInt32(lead & 0x0F)
        case 0xED: length = 3; scalar = 0x0D; high = 0x9F
        case 0xF0: length = 4; scalar = 0; low = 0x90
        case 0xF1...0xF3: length = 4; scalar = UInt32(lead & 0x07)
        case 0xF4: length = 4; scalar = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for position in 1..<length {
            let byte = bytes[index + position]
            guard byte >= (position == 1 ? low : 0x80), byte <= (position == 1 ? high : 0xBF) else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return (scalar, length)
    }

    /// Whether `scalar` may be a character of a document (`Char`); for character references.
    static func isAllowed(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether `scalar` may start a name (`NameStartChar`).
    static func isNameStart(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3A, 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
            0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF,
            0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// `isNameStart` (when `first`) or `isName` for an ASCII byte, without the ranges beyond ASCII.
    @inline(__always)
    static func isASCIIName(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0x3A: true
        case 0x30...0x39, 0x2D, 0x2E: !first
        default: false
        }
    }

    /// Whether `scalar` may follow the first character of a name (`NameChar`).
    static func isName(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStart(scalar)
        }
    }

    /// `U+001F` for 0x1F.
    static func hex(_ scalar: UInt32) -> String {
        let digits = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
