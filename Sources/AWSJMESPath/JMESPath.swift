import AWSJSON

/// A compiled JMESPath expression (https://jmespath.org/specification.html), evaluated over `JSONValue`.
///
/// The whole language of the specification, checked against its compliance suite: identifiers (quoted
/// ones with JSON escapes), sub-expressions, the current node `@`, indexes and slices (negative steps too),
/// list, object-value and filter projections, flatten, pipes, comparisons, `&&`, `||`, `!`, raw string and
/// JSON literals, multi-select lists and hashes, expression references (`&expr`), and every built-in
/// function with its type checks.
///
/// As the specification says, `<`, `<=`, `>` and `>=` compare numbers only and give null for other values.
/// Strings compare, sort and count by code point. Objects are unordered, so `*`, `keys` and `values` list
/// members by key.
///
/// ```swift
/// let ready = try JMESPath(parsing: "length(Items[?Status == 'READY']) > `0`")
/// let result = try ready.evaluate(output)  // .bool(true)
/// ```
public struct JMESPath: Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The expression text.
    public let text: String
    private let compiled: Result<JMESPathNode, JMESPathError>

    /// Compiles `text`; throws `JMESPathError` when it is not a valid expression.
    public init(parsing text: String) throws(JMESPathError) {
        self.init(stringLiteral: text)
        _ = try compiled.get()
    }

    /// Compiles a literal expression, as generated waiters write them. An invalid one throws its
    /// `JMESPathError` from `evaluate`.
    public init(stringLiteral text: String) {
        self.text = text
        compiled = Result { () throws(JMESPathError) in try JMESPathParser.parse(text) }
    }

    /// The result of the expression on `value`: `.null` for what is missing. Throws the compile error of
    /// an invalid expression, or an `invalidType` error when a function gets an argument of the wrong type.
    public func evaluate(_ value: JSONValue) throws(JMESPathError) -> JSONValue {
        do {
            return try compiled.get().evaluate(value)
        } catch {
            var located = error
            located.expression = text
            throw located
        }
    }

    /// The expression text.
    public var description: String { text }
}
