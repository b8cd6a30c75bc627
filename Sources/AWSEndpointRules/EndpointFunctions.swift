/// The string functions of the endpoint rules language's standard library.
enum EndpointFunctions {
    /// `isValidHostLabel`: whether `value` is an RFC 1123 host label (1 to 63 letters, digits and
    /// hyphens, not starting or ending with a hyphen); with `allowSubDomains`, whether every
    /// `.`-separated part is one.
    static func isValidHostLabel(_ value: String, allowSubDomains: Bool) -> Bool {
        guard allowSubDomains else { return isHostLabel(value.utf8[...]) }
        return value.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy(isHostLabel)
    }

    private static func isHostLabel(_ label: Substring.UTF8View) -> Bool {
        guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-") else {
            return false
        }
        return label.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                true
            default:
                false
            }
        }
    }

    /// `substring`: the characters `start..<stop` of `input`, counted from the end when `reverse`
    /// is true; `nil` when `input` is not ASCII, `start >= stop`, or `input` is shorter than `stop`.
    static func substring(_ input: String, start: Int, stop: Int, reverse: Bool) -> String? {
        let bytes = Array(input.utf8)
        guard start >= 0, start < stop, stop <= bytes.count, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let range = reverse ? bytes.count - stop..<bytes.count - start : start..<stop
        return String(decoding: bytes[range], as: UTF8.self)
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
        let parts = host.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            }
    }
}
