import Foundation

/// Adds up the bytes of a transfer's concurrent requests and calls the handler with the total, one call at a time.
final class S3TransferProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private let handler: S3TransferProgressHandler?
    private var progress: S3TransferProgress

    init(totalBytes: Int?, handler: S3TransferProgressHandler?) {
        self.handler = handler
        progress = S3TransferProgress(transferredBytes: 0, totalBytes: totalBytes)
    }

    /// Adds `count` transferred bytes.
    func add(_ count: Int) {
        guard count > 0 else { return }
        lock.withLock {
            progress.transferredBytes += count
            handler?(progress)
        }
    }

    /// Sets the total once it is known.
    func setTotal(_ total: Int) {
        lock.withLock { progress.totalBytes = total }
    }
}
