import Foundation
import AWSRuntime

/// A transport for tests: it records every request and answers with a response from a closure.
///
/// ```swift
/// let transport = AWSStubTransport { _ in AWSHTTPResponse(status: 200, body: Array(#"{"snapshot": ...}"#.utf8)) }
/// let client = try DocDBElasticClient(configuration: .init(region: "us-east-1", transport: transport))
/// ```
public final class AWSStubTransport: AWSTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [AWSHTTPRequest] = []
    private let respond: @Sendable (AWSHTTPRequest) async throws -> AWSHTTPResponse

    /// Creates a transport that answers with `respond`.
    public init(_ respond: @escaping @Sendable (AWSHTTPRequest) async throws -> AWSHTTPResponse) {
        self.respond = respond
    }

    /// Creates a transport that answers every request with `status` and `body`.
    public convenience init(status: Int = 200, headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: String = "{}") {
        self.init { _ in AWSHTTPResponse(status: status, headers: headers, body: Array(body.utf8)) }
    }

    /// The requests sent so far, in order.
    public var requests: [AWSHTTPRequest] {
        lock.withLock { recorded }
    }

    public func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        lock.withLock { recorded.append(request) }
        return try await respond(request)
    }
}
