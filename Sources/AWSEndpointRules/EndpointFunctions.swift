/// The string functions of the endpoint rules language's standard library.
public enum EndpointFunctions {
    /// `isValidHostLabel`: whether `value` is an RFC 1123 host label (1 to 63 letters, digits and
    /// hyphens, not starting or ending with a hyphen); with `allowSubDomains`, whether every
    /// `.`-separated part is one.
    public static func isValidHostLabel(_ value: String, allowSubDomains: Bool) -> Bool {
        withBytes(of: value) { isValidHostLabel($0, allowSubDomains: allowSubDomains) }
    }

    private static func isValidHostLabel(_ bytes: UnsafeBufferPointer<UInt8>, allowSubDomains: Bool) -> Bool {
        var labelLength = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "."), allowSubDomains {
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
                labelLength = 0
                continue
            }
            guard isLetterDigitOrHyphen(byte), labelLength > 0 || byte != UInt8(ascii: "-"), labelLength < 63 else {
                return false
            }
            labelLength += 1
            previous = byte
        }
        return labelLength > 0 && previous != UInt8(ascii: "-")
    }

    private static func isLetterDigitOrHyphen(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// `stringEquals`: whether `left` and `right` have the same UTF-8 bytes (no Unicode normalization).
    static func stringEquals(_ left: String, _ right: String) -> Bool {
        left.utf8.count == right.utf8.count && left.utf8.elementsEqual(right.utf8)
    }

    /// `substring`: the characters `start..<stop` of `input`, counted from the end when `reverse`
    /// is true; `nil` when `input` is not ASCII, `start >= stop`, or `input` is shorter than `stop`.
    static func substring(_ input: String, start: Int, stop: Int, reverse: Bool) -> String? {
        let bytes = input.utf8
        guard start >= 0, start < stop, stop <= bytes.count, isASCII(input) else { return nil }
        let lower = bytes.index(bytes.startIndex, offsetBy: reverse ? bytes.count - stop : start)
        return String(decoding: bytes[lower..<bytes.index(lower, offsetBy: stop - start)], as: UTF8.self)
    }

    /// Whether every character of `value` is ASCII.
    static func isASCII(_ value: String) -> Bool {
        withBytes(of: value) { bytes in bytes.allSatisfy { $0 < 0x80 } }
    }

    /// Whether `value` has an uppercase ASCII letter.
    static func hasUppercaseASCII(_ value: String) -> Bool {
        withBytes(of: value) { bytes in bytes.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } }
    }

    /// Calls `body` with the UTF-8 bytes of `value` in contiguous memory, where byte loops run fastest.
    static func withBytes<Result>(of value: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = value.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(value.utf8).withUnsafeBufferPointer(body)
    }

    /// `split`: `value` split on the non-empty `delimiter` into at most `limit` parts, the last
    /// holding the rest (`0` means no limit); `nil` for an empty delimiter or a negative limit.
    static func split(_ value: String, delimiter: String, limit: Int) -> [String]? {
        guard !delimiter.isEmpty, limit >= 0 else { return nil }
        var parts = [String]()
        var rest = Substring(value)
        while limit == 0 || parts.count < limit - 1, let range = rest.firstRange(of: delimiter) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    /// `uriEncode`: RFC 3986 percent-encoding of everything but unreserved characters.
    static func uriEncode(_ value: String) -> String {
        PercentEncoding.encode(value)
    }

    /// Whether `host` is shaped like an IPv4 address: four non-empty runs of digits joined by dots.
    static func isIPv4Shaped(_ host: some StringProtocol) -> Bool {
        var dots = 0
        var runLength = 0
        for byte in host.utf8 {
            if byte == UInt8(ascii: ".") {
                guard runLength > 0, dots < 3 else { return false }
                dots += 1
                runLength = 0
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
                runLength += 1
            }
        }
        return dots == 3 && runLength > 0
    }
}
