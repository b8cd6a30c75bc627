/// Limits the built-in transports share.
public enum AWSTransportLimits {
    /// The largest response body a transport collects unless told otherwise: 100 MiB.
    public static let defaultMaxResponseBodySize = 100 * 1024 * 1024

    /// The error for a response body longer than `limit` bytes.
    static func bodyTooLarge(limit: Int) -> AWSTransportError {
        AWSTransportError(.other, "the response body is longer than the limit of \(limit) bytes")
    }
}
