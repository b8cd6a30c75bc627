/// A streaming body that cannot be read, written or sent.
public enum AWSByteStreamError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file at `path` cannot be used, for `reason`.
    case file(path: String, reason: String)
    /// A body that can be read only once (an `AsyncSequence`) was read again.
    case alreadyConsumed
    /// ``AWSByteStream/collect(upTo:)`` found more than `limit` bytes.
    case tooLong(limit: Int)
    /// The body ended after `received` bytes where `expected` were announced.
    case lengthMismatch(expected: Int, received: Int)

    public var description: String {
        switch self {
        case .file(let path, let reason): "the file \(path) cannot be used as a body: \(reason)"
        case .alreadyConsumed: "the body is a sequence that has already been read; it can be sent only once"
        case .tooLong(let limit): "the body is longer than the limit of \(limit) bytes"
        case .lengthMismatch(let expected, let received):
            "the body has \(received) bytes where its length was given as \(expected)"
        }
    }
}
