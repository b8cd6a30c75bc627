/// Why `AWSXMLElement.parse` rejected its input, and where.
///
/// `description` reads like `line 3, column 7: mismatched tag`.
public struct AWSXMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One-based line of the problem.
    public let line: Int
    /// One-based column of the problem.
    public let column: Int
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
