import AWSRuntime
import AWSRuntimeTesting
import Synchronization

extension AWSStubTransport {
    /// A stub that answers with `responses` in order (the last one again once they run out), keeping every request
    /// as any stub does.
    static func scripted(_ responses: [AWSHTTPResponse]) -> AWSStubTransport {
        precondition(!responses.isEmpty, "a scripted transport needs a response")
        let remaining = Mutex(responses)
        return AWSStubTransport { _ in
            remaining.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
        }
    }
}
