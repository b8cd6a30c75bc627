/// How a client retries, as the AWS SDKs name the modes (`AWS_RETRY_MODE`, the shared config's `retry_mode`).
public enum AWSRetryMode: String, Sendable, CaseIterable {
    /// botocore's older mode. Here it retries as `standard` does; only its default of 5 attempts differs.
    case legacy
    /// The AWS standard mode: backoff with jitter and a retry quota; 3 attempts by default.
    case standard
    /// `standard`, plus a client-side rate limiter that slows the client down after throttling errors (a token
    /// bucket whose rate follows CUBIC, as botocore's `adaptive` mode).
    case adaptive

    /// Attempts per call when nothing sets them: 5 for `legacy` (botocore's), else 3.
    public var defaultMaxAttempts: Int { self == .legacy ? 5 : 3 }
}
