@_spi(Generated) import AWSRuntime
import Foundation

/// The text of a leaf value as the query, ec2 and rest-xml protocols write it, in a form field or an element.
enum LeafText {
    /// The text of a string, number, boolean, timestamp or blob, or nil for a value that encodes itself into
    /// containers (a structure, list, map or enum).
    ///
    /// Booleans are `true` and `false`, non-finite floats `NaN`, `Infinity` and `-Infinity`, timestamps in the
    /// member's format (ISO 8601 by default, as botocore's `TIMESTAMP_FORMAT` for these protocols), blobs
    /// base64. The types are told apart by comparing type metadata and read with `unsafeBitCast`, which avoids
    /// a dynamic cast per value.
    static func of<T: Encodable>(_ value: T, member: AWSMember?) -> String? {
        if T.self == String.self { return unsafeBitCast(value, to: String.self) }
        if T.self == Int.self { return String(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return unsafeBitCast(value, to: Bool.self) ? "true" : "false" }
        if T.self == Int64.self { return String(unsafeBitCast(value, to: Int64.self)) }
        if T.self == Double.self { return number(unsafeBitCast(value, to: Double.self)) }
        if T.self == Float.self { return number(unsafeBitCast(value, to: Float.self)) }
        if T.self == Date.self {
            return TimestampCoding.text(unsafeBitCast(value, to: Date.self), member?.timestampFormat ?? .iso8601)
        }
        if T.self == Data.self { return unsafeBitCast(value, to: Data.self).base64EncodedString() }
        return nil
    }

    /// A float as Python's `str` writes it (the shortest text that reads back the same), or the names AWS
    /// uses for NaN and the infinities.
    static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }
}
