/// Why `CBORValue.decode` rejected its input, and where.
///
/// `description` reads like `offset 12: a map key must be a text string, not an unsigned integer`.
public struct CBORDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Zero-based byte offset of the item that is wrong.
    public let offset: Int
    /// What is wrong, without the position.
    public let message: String

    /// Creates an error at `offset`.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "offset \(offset): \(message)" }
}
