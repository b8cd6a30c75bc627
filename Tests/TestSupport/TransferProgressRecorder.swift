import AWSRuntime
import Foundation

/// The progress reports of an S3 transfer, in the order they came.
public final class TransferProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [S3TransferProgress] = []

    public init() {}

    /// The handler to pass to the transfer.
    public var handler: S3TransferProgressHandler { { progress in self.lock.withLock { self.recorded.append(progress) } } }

    /// Every report so far.
    public var reports: [S3TransferProgress] { lock.withLock { recorded } }

    /// The last report.
    public var last: S3TransferProgress? { reports.last }

    /// Whether the bytes transferred never went down.
    public var isMonotonic: Bool {
        let reports = reports
        return zip(reports, reports.dropFirst()).allSatisfy { $0.transferredBytes <= $1.transferredBytes }
    }
}
