/// Why `JSONValue.parse` rejected its input, and where.
///
/// `description` reads like `line 3, column 7: expected ',' or '}'`.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Zero-based byte offset of the problem in the input.
    public let offset: Int
    /// One-based line of the problem; lines end at `\n`.
    public let line: Int
    /// One-based column of the problem, counted in Unicode scalars from the start of the line.
    public let column: Int
    /// What is wrong, without the position.
    public let message: String

    /// Creates an error at `offset` in `bytes`, computing its line and column.
    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>, message: String) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "line \(line), column \(column): \(message)"
    }
}
