import AWSRuntime
import Synchronization

/// Answers requests with the responses it was given, in order (the last one again once they run out), and keeps
/// every request.
final class ScriptedTransport: AWSTransport {
    private let state: Mutex<(responses: [AWSHTTPResponse], requests: [AWSHTTPRequest])>

    init(_ responses: [AWSHTTPResponse]) {
        precondition(!responses.isEmpty, "a scripted transport needs a response")
        state = Mutex((responses, []))
    }

    /// The requests sent so far.
    var requests: [AWSHTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        state.withLock { state in
            state.requests.append(request)
            return state.responses.count > 1 ? state.responses.removeFirst() : state.responses[0]
        }
    }
}
