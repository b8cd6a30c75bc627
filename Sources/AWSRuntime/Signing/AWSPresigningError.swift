/// Why a request cannot be presigned.
public enum AWSPresigningError: Error, Equatable, CustomStringConvertible {
    /// The expiry, in seconds, is not in ``allowedExpires``.
    case expiresOutOfRange(Int)
    /// The operation's request has a body that a URL cannot carry (neither S3's payload nor a query form).
    case bodyNotInURL(operation: String)

    /// The expiries a presigned request may have, in seconds: one second to seven days, as AWS accepts.
    public static let allowedExpires = 1...604_800

    /// A description of the error.
    public var description: String {
        switch self {
        case .expiresOutOfRange(let seconds):
            "a presigned request expires after 1 to 604800 seconds (7 days), not \(seconds)"
        case .bodyNotInURL(let operation):
            "\(operation): the request has a body, which a presigned URL cannot carry"
        }
    }
}
