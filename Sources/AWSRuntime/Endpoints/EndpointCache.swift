import AWSEndpointRules
import Foundation

/// The endpoints a client resolved, by the parameters it resolved them from, up to a fixed number of entries.
///
/// When it is full, it starts over: a client that sees more distinct parameters than that (such as many bucket
/// names) evaluates the rules again, which takes microseconds, rather than growing without bound.
final class EndpointCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [EndpointParameters: EndpointTarget] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(parameters: EndpointParameters) -> EndpointTarget? {
        get { lock.withLock { entries[parameters] } }
        set {
            lock.withLock {
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
                entries[parameters] = newValue
            }
        }
    }
}
