@_spi(Generated) import AWSRuntime
import Foundation

/// Reads scalars from element text as botocore's XML parsers do: `true` is true and any other text false,
/// numbers with `NaN` and the infinities, timestamps in any of the three formats whatever the member's format,
/// blobs as base64 (characters outside the alphabet ignored), and an empty element as an empty string or blob.
enum XMLScalars {
    /// A boolean: whether the text is `true`.
    static func bool(_ text: String) -> Bool {
        text == "true"
    }

    /// An integer of type `T`, allowing surrounding white space.
    static func integer<T: FixedWidthInteger>(_ type: T.Type, _ text: String) -> T? {
        T(text) ?? T(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A double: a number, `NaN`, `Infinity` or `-Infinity`, allowing surrounding white space.
    static func double(_ text: String) -> Double? {
        if let value = Double(text) { return value }
        switch text.trimmingCharacters(in: .whitespacesAndNewlines) {
        case "NaN": return .nan
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        case let trimmed: return Double(trimmed)
        }
    }

    /// A timestamp: epoch seconds, ISO 8601 (with an offset and fractional seconds) or an HTTP date.
    static func date(_ text: String) -> Date? {
        TimestampCoding.parse(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A blob from its base64 text.
    static func data(_ text: String) -> Data? {
        Data(base64Encoded: text, options: .ignoreUnknownCharacters)
    }
}
