/// Why a JMESPath expression was rejected, or why evaluating it failed.
public struct JMESPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem, named as in the JMESPath compliance tests.
    public enum Kind: String, Sendable {
        /// The text is not a valid expression.
        case syntax
        /// A function that does not exist.
        case unknownFunction = "unknown-function"
        /// A function called with the wrong number of arguments.
        case invalidArity = "invalid-arity"
        /// A function argument of the wrong type, found while evaluating.
        case invalidType = "invalid-type"
        /// A value that is not allowed where it is written: a slice step of 0.
        case invalidValue = "invalid-value"
    }

    /// The kind of problem.
    public var kind: Kind
    /// The expression text.
    public var expression: String
    /// Zero-based offset in the expression, in Unicode scalars; nil for evaluation errors.
    public var offset: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, expression: String, offset: Int? = nil, message: String) {
        self.kind = kind
        self.expression = expression
        self.offset = offset
        self.message = message
    }

    /// `syntax error at 4 in 'a.[': expected an identifier`.
    public var description: String {
        let location = offset.map { " at \($0)" } ?? ""
        return "\(kind.rawValue) error\(location) in '\(expression)': \(message)"
    }
}
