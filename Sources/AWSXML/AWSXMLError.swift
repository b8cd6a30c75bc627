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

extension AWSXMLError {
    /// An error at byte `offset` of `bytes`, with its one-based line and column (in Unicode scalars).
    init(at offset: Int, in bytes: [UInt8], message: String) {
        let line = bytes[..<offset].count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        self.init(line: line, column: column, message: message)
    }
}
