/// Decides whether a failed attempt may be retried, and why.
enum RetryClassifier {
    /// Why an attempt is retried; the quota charges timeouts more.
    enum Reason: Equatable {
        case throttling
        case transient
        case timeout
    }

    /// Error codes AWS services use for throttling.
    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Error codes AWS services use for transient failures.
    static let transientCodes: Set<String> = ["RequestTimeout", "RequestTimeoutException", "IDPCommunicationError"]

    /// Statuses that are retried whatever the code.
    static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// The retry reason of `error`, or nil when it must not be retried.
    static func reason(_ error: any Error) -> Reason? {
        if let transport = error as? AWSTransportError {
            guard transport.isTransient else { return nil }
            return transport.kind == .timeout ? .timeout : .transient
        }
        guard let service = error as? any AWSServiceError else { return nil }
        if let modeled = service as? any AWSModeledError, let kind = type(of: modeled).retryKind {
            return kind == .throttling ? .throttling : .transient
        }
        let context = service.context
        if throttlingCodes.contains(context.code) || context.status == 429 { return .throttling }
        if transientCodes.contains(context.code) || transientStatuses.contains(context.status) { return .transient }
        return nil
    }

    /// The `Retry-After` delay of a service error, in seconds, if it has one.
    static func retryAfter(_ error: any Error) -> Duration? {
        guard let service = error as? any AWSServiceError, let value = service.context.headers["Retry-After"],
            let seconds = Double(value.trimmingCharacters(in: .whitespaces)), seconds >= 0
        else { return nil }
        return .milliseconds(Int64(seconds * 1000))
    }
}
