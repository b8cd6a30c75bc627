import AWSRuntime
import AWSRuntimeTesting
import Foundation

/// Answers a stub transport's requests in order from a script: a response, a transport error, or a wait
/// for the request's timeout.
public final class ResponseScript: @unchecked Sendable {
    /// One scripted answer.
    public enum Step: Sendable {
        /// Answer with a response.
        case respond(status: Int, headers: [(String, String)] = [], body: String = "{}")
        /// Fail with a transport error.
        case fail(AWSTransportError)
        /// Never answer: wait out the request's timeout, then fail with `.timeout`.
        case hang
    }

    private let lock = NSLock()
    private var steps: [Step]

    /// Creates a script; after the last step, every request gets the last step again.
    public init(_ steps: [Step]) {
        self.steps = steps
    }

    /// A transport that follows this script.
    public var transport: AWSStubTransport {
        AWSStubTransport { request in try await self.answer(request) }
    }

    private func next() -> Step {
        lock.withLock { steps.count > 1 ? steps.removeFirst() : steps[0] }
    }

    private func answer(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        switch next() {
        case .respond(let status, let headers, let body):
            return AWSHTTPResponse(status: status, headers: AWSHTTPHeaders(headers), body: Array(body.utf8))
        case .fail(let error):
            throw error
        case .hang:
            try await Task.sleep(for: request.timeout ?? .seconds(3600))
            throw AWSTransportError(.timeout, "no response within \(request.timeout ?? .zero)")
        }
    }
}
