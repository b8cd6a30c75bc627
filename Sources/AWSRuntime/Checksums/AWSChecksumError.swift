/// A checksum that could not be made or did not match.
public enum AWSChecksumError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request asks for an algorithm this runtime does not implement (the value of `header`).
    case unsupportedAlgorithm(operation: String, header: String, value: String)
    /// The response body's checksum is not the one its `header` gives.
    case mismatch(operation: String, header: String, expected: String, computed: String)

    /// What went wrong, naming the operation and the header.
    public var description: String {
        switch self {
        case .unsupportedAlgorithm(let operation, let header, let value):
            "\(operation): the checksum algorithm '\(value)' in \(header) is not supported "
                + "(supported: \(AWSChecksumAlgorithm.allCases.map { $0.rawValue.uppercased() }.joined(separator: ", ")))"
        case .mismatch(let operation, let header, let expected, let computed):
            "\(operation): the response body's checksum is \(computed), but its \(header) header says \(expected)"
        }
    }
}
