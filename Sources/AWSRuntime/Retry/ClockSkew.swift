import Foundation

/// The difference between a service's clock and this machine's, kept per client, so that requests are signed at the
/// service's time when the local clock is off.
///
/// An error response that says the request time was wrong (``isSkewError(_:)``) and carries a `Date` header more
/// than ``threshold`` away from the corrected local time sets the offset from that header; the attempt is then retried
/// once, and later requests of the client are signed with the offset.
final class ClockSkew: @unchecked Sendable {
    /// How far the service's `Date` may be from the corrected local time before it is taken as skew: 4 minutes, as
    /// the AWS SDKs use (SigV4 allows 5).
    static let threshold: TimeInterval = 240

    /// The error codes that may mean the request time is off (the AWS SDKs' list): those that say so, and those of a
    /// signature that does not match, which is what a signature made at the wrong time gives. Either counts only
    /// with a `Date` header far enough off.
    static let codes: Set<String> = [
        "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture",
        "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure",
    ]

    private let lock = NSLock()
    private var offset: TimeInterval = 0
    private let localTime: @Sendable () -> Date

    /// Creates an offset of zero over `localTime` (the system clock by default).
    init(localTime: @escaping @Sendable () -> Date = { Date() }) {
        self.localTime = localTime
    }

    /// The service's time as the client last estimated it: the local time plus the offset.
    func now() -> Date { lock.withLock { localTime() + offset } }

    /// The offset in seconds, positive when the service is ahead.
    var seconds: TimeInterval { lock.withLock { offset } }

    /// Whether `error` is a service error whose code says the request time may be off.
    static func isSkewError(_ error: any Error) -> Bool {
        guard let service = error as? any AWSServiceError else { return false }
        return codes.contains(service.context.code)
    }

    /// Takes the offset from `error`'s `Date` header when `error` says the time is off and that header is more than
    /// ``threshold`` from the corrected local time; returns whether the offset changed (and the attempt should be
    /// signed again).
    func correct(after error: any Error) -> Bool {
        guard Self.isSkewError(error), let service = error as? any AWSServiceError,
            let header = service.context.headers["Date"], let serverTime = TimestampCoding.parseHTTPDate(header)
        else { return false }
        return lock.withLock {
            let local = localTime()
            guard abs(serverTime.timeIntervalSince(local + offset)) > Self.threshold else { return false }
            offset = serverTime.timeIntervalSince(local)
            return true
        }
    }
}
