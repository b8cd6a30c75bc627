#if canImport(FoundationNetworking) || canImport(Darwin)
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `URLSessionDataTask` that a task cancellation handler or a deadline can cancel, whether it fires before or
/// after the data task starts.
final class DataTaskHandle: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var cancelled = false
    private var timedOut = false

    /// Whether ``timeOut()`` cancelled the task.
    var didTimeOut: Bool { lock.withLock { timedOut } }

    /// Resumes `task`, and cancels it at once when `cancel()` came first.
    func start(_ task: URLSessionDataTask) {
        let cancelled = lock.withLock {
            self.task = task
            return self.cancelled
        }
        task.resume()
        if cancelled { task.cancel() }
    }

    /// Cancels the data task because its deadline passed.
    func timeOut() {
        lock.withLock { timedOut = true }
        cancel()
    }

    /// Cancels the data task, now or when it starts.
    func cancel() {
        let task = lock.withLock {
            cancelled = true
            return self.task
        }
        task?.cancel()
    }
}
#endif
