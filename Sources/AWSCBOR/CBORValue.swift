/// A CBOR data item (RFC 8949), as the smithy-rpc-v2-cbor protocol uses them: integers, byte and text strings,
/// arrays, maps with text keys, tags (tag 1 marks an epoch-seconds timestamp), booleans, null, undefined and
/// floating-point numbers of each width.
///
/// ```swift
/// let value: CBORValue = .map(["name": .string("a"), "size": .unsigned(3)])
/// let bytes = value.encoded()
/// let decoded = try CBORValue.decode(bytes)   // == value
/// ```
public enum CBORValue: Sendable, Equatable {
    /// An unsigned integer (major type 0).
    case unsigned(UInt64)
    /// A negative integer (major type 1): the value is `-1 - n`, so that the whole range down to `-2^64` fits.
    case negative(UInt64)
    /// A byte string (major type 2).
    case bytes([UInt8])
    /// A text string (major type 3).
    case string(String)
    /// An array (major type 4).
    case array([CBORValue])
    /// A map (major type 5). rpc-v2-cbor maps have text keys; the decoder rejects others.
    case map([String: CBORValue])
    /// A tagged item (major type 6), such as `tagged(1, .unsigned(1_700_000_000))` for a timestamp.
    indirect case tagged(UInt64, CBORValue)
    /// `true` or `false` (simple values 20 and 21).
    case bool(Bool)
    /// `null` (simple value 22).
    case null
    /// `undefined` (simple value 23).
    case undefined
    /// Another simple value (0–19, 32–255).
    case simple(UInt8)
    /// A half- or single-precision float; encoded in 32 bits.
    case float(Float)
    /// A double-precision float; encoded in 64 bits.
    case double(Double)

    /// The value as an `Int64`, when it is an integer in range.
    public var int64Value: Int64? {
        switch self {
        case .unsigned(let n): n <= UInt64(Int64.max) ? Int64(n) : nil
        case .negative(let n): n <= UInt64(Int64.max) ? -1 - Int64(n) : nil
        default: nil
        }
    }

    /// The value as a `Double`, when it is a number.
    public var doubleValue: Double? {
        switch self {
        case .unsigned(let n): Double(n)
        case .negative(let n): -1 - Double(n)
        case .float(let x): Double(x)
        case .double(let x): x
        default: nil
        }
    }

    /// The integer `value`.
    public static func integer(_ value: Int64) -> CBORValue {
        value >= 0 ? .unsigned(UInt64(value)) : .negative(UInt64(-1 - value))
    }
}
