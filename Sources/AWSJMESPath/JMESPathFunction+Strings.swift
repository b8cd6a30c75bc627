import AWSJSON

/// The functions on strings: `starts_with`, `ends_with` and `join`. Strings compare by code point.
extension JMESPathFunction {
    /// `starts_with(string, prefix)` and `ends_with(string, suffix)`.
    func affix(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let text = try arguments.string(0).unicodeScalars, affix = try arguments.string(1).unicodeScalars
        return .bool(self == .startsWith ? text.starts(with: affix) : text.reversed().starts(with: affix.reversed()))
    }

    /// `join(glue, array[string])`.
    static func joined(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let glue = try arguments.string(0)
        return .string(try arguments.array(1, of: "strings", \.stringValue).joined(separator: glue))
    }
}
