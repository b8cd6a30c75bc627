import Foundation

/// Where `AWSClient` notes the HTTP status of the responses it decodes for a waiter, whose status
/// matchers need it: the operation returns the output only.
final class ResponseStatusRecorder: @unchecked Sendable {
    /// The recorder of the waiter running in the current task, if any.
    @TaskLocal static var current: ResponseStatusRecorder?

    private let lock = NSLock()
    private var recorded: Int?

    /// The status of the last decoded response; nil when the operation did not go through `AWSClient`.
    var status: Int? {
        lock.withLock { recorded }
    }

    /// Notes the status of a decoded response.
    func record(_ status: Int) {
        lock.withLock { recorded = status }
    }
}
