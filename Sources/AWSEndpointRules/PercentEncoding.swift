import AWSJSON

/// Percent-encoding as AWS specifies it (RFC 3986 unreserved characters stay, everything else is `%XX`): the
/// rules' `uriEncode` function, and the runtime's URIs and SigV4 canonical requests.
public enum PercentEncoding {
    /// Encodes `string`; `/` is kept when `keepSlash` is true (greedy labels, S3 keys).
    ///
    /// Counts the bytes to escape first: a string with none is returned as it is, and any other is written once
    /// into a string of the exact size.
    public static func encode(_ string: String, keepSlash: Bool = false) -> String {
        var source = string
        let encoded: String? = source.withUTF8 { bytes in
            func stays(_ byte: UInt8) -> Bool { isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) }
            var escapes = 0
            for byte in bytes where !stays(byte) {
                escapes += 1
            }
            guard escapes > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + 2 * escapes) { output in
                var position = 0
                for byte in bytes {
                    if stays(byte) {
                        output[position] = byte
                        position += 1
                    } else {
                        output[position] = UInt8(ascii: "%")
                        output[position + 1] = HexDigit.uppercase(byte >> 4)
                        output[position + 2] = HexDigit.uppercase(byte & 0x0F)
                        position += 3
                    }
                }
                return position
            }
        }
        return encoded ?? string
    }

    /// Decodes form-encoded `text` as Python's `unquote_plus` does: `+` is a space, `%XX` the byte it names; a `%`
    /// not followed by two hex digits stays, and bytes that are not UTF-8 become U+FFFD.
    public static func decodeForm(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return text }
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `byte` is an RFC 3986 unreserved character.
    @inline(__always)
    package static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
