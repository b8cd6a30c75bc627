/// The functions on strings: `starts_with` and `ends_with`. Strings compare by code point.
extension JMESPathFunction {
    /// `starts_with(string, prefix)` and `ends_with(string, suffix)`.
    func affix(_ arguments: JMESPathArguments) throws(JMESPathError) -> JSONValue {
        let text = try arguments.string(0).unicodeScalars, affix = try arguments.string(1).unicodeScalars
        return .bool(self == .startsWith ? text.starts(with: affix) : text.reversed().starts(with: affix.reversed()))
    }
}
