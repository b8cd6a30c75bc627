import AWSRuntime
import AWSRuntimeTesting
import Foundation

/// Scripted answers for an ``AWSStubTransport``, by `"METHOD path"`.
///
/// Each route answers with its replies in order and repeats the last one; a request to a route that is not
/// scripted gets a 404.
final class ScriptedReplies: @unchecked Sendable {
    /// One scripted answer.
    enum Reply: Sendable {
        case response(AWSHTTPResponse)
        case failure(AWSTransportError)

        /// A 200 response with `body`.
        static func ok(_ body: String, headers: AWSHTTPHeaders = AWSHTTPHeaders()) -> Reply {
            .response(AWSHTTPResponse(status: 200, headers: headers, body: Array(body.utf8)))
        }

        /// An empty response with `status`.
        static func status(_ status: Int) -> Reply {
            .response(AWSHTTPResponse(status: status))
        }
    }

    private let lock = NSLock()
    private var routes: [String: [Reply]]

    /// Scripts `routes`, keyed by `"METHOD path"` such as `"GET /v2/credentials"`.
    init(_ routes: [String: [Reply]]) {
        self.routes = routes
    }

    /// A new transport that answers from the script and records the requests.
    func makeTransport() -> AWSStubTransport {
        AWSStubTransport { [self] request in try reply(to: request) }
    }

    private func reply(to request: AWSHTTPRequest) throws -> AWSHTTPResponse {
        let reply = lock.withLock { () -> Reply? in
            let key = request.method + " " + request.path
            guard let replies = routes[key], let first = replies.first else { return nil }
            if replies.count > 1 {
                routes[key] = Array(replies.dropFirst())
            }
            return first
        }
        switch reply {
        case .response(let response): return response
        case .failure(let error): throw error
        case nil: return AWSHTTPResponse(status: 404)
        }
    }
}

/// A credentials document as the ECS and EC2 endpoints return it.
func credentialsJSON(
    accessKeyId: String, secret: String = "endpoint-secret", token: String = "endpoint-token",
    expiration: String = "2099-01-01T00:00:00Z"
) -> String {
    """
    {"Code": "Success", "Type": "AWS-HMAC", "AccessKeyId": "\(accessKeyId)", "SecretAccessKey": "\(secret)",
     "Token": "\(token)", "Expiration": "\(expiration)"}
    """
}
