import Foundation

/// The headers the AWS SDKs add to every attempt of a call, after it is signed (botocore signs none of them):
/// `User-Agent`, `amz-sdk-invocation-id` (one UUID per call, the same on every attempt) and
/// `amz-sdk-request: attempt=N; max=M`, which on a retry starts with `ttl=<time>` when the response before gave a
/// `Date`: by when, in the service's time, the attempt ends (botocore's: that time plus the read timeout).
struct AttemptHeaders {
    let userAgent: UserAgent
    let invocationID: String
    let maxAttempts: Int
    /// How long an attempt may take, for `ttl`.
    let attemptTimeout: Duration
    /// The `ttl` of the next attempt, from the last response's `Date`.
    private var ttl: String?

    init(userAgent: UserAgent, invocationID: String = UUID().uuidString.lowercased(), maxAttempts: Int,
         attemptTimeout: Duration?) {
        self.userAgent = userAgent
        self.invocationID = invocationID
        self.maxAttempts = maxAttempts
        self.attemptTimeout = attemptTimeout ?? .seconds(60)
    }

    /// Takes the `Date` of a response, or forgets the last when an attempt got none.
    mutating func record(responseHeaders: AWSHTTPHeaders?) {
        guard let header = responseHeaders?["Date"], let serverTime = TimestampCoding.parseHTTPDate(header) else {
            ttl = nil
            return
        }
        // botocore takes the response as just received, so the service's time is its Date.
        ttl = AMZDate(serverTime + Double(attemptTimeout.components.seconds)).timestamp
    }

    /// Sets the headers of attempt number `attempt` (1 for the first).
    func apply(to request: inout AWSHTTPRequest, attempt: Int) {
        request.headers.set("User-Agent", userAgent.value)
        request.headers.set("amz-sdk-invocation-id", invocationID)
        var value = "attempt=\(attempt); max=\(maxAttempts)"
        if attempt > 1, let ttl { value = "ttl=\(ttl); " + value }
        request.headers.set("amz-sdk-request", value)
    }
}
