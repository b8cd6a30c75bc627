/// A parsed JSON value.
///
/// Numbers without a fraction or exponent that fit in 64 bits are `.int`; all others are `.double`.
/// Object keys are unordered; the writer emits them sorted so that output is deterministic.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}
