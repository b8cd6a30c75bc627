import AWSRuntime
import LoopbackTesting
import Testing

#if AsyncHTTPClient
import AsyncHTTPClient
#endif

/// The built-in transports that the shared transport tests run against.
enum TransportKind: String, Sendable, CustomTestStringConvertible {
    /// `AWSHTTPClientTransport` on `HTTPClient.shared`.
    case asyncHTTPClientShared
    /// `AWSHTTPClientTransport` with a client of its own, made from `recommendedConfiguration`.
    case asyncHTTPClientOwned
    /// `AWSURLSessionTransport` on `URLSession.shared`.
    case urlSession

    /// The kinds this build has.
    static var all: [TransportKind] {
        #if AsyncHTTPClient
        [.asyncHTTPClientShared, .asyncHTTPClientOwned, .urlSession]
        #else
        [.urlSession]
        #endif
    }

    var testDescription: String { rawValue }

    /// Whether the tests run on Linux, where `URLSession` is FoundationNetworking's, built on libcurl.
    static var isLinux: Bool {
        #if os(Linux)
        true
        #else
        false
        #endif
    }

    /// Runs `body` with a new transport of this kind and a new loopback server, shutting both down after.
    func withLoopback<T>(
        maxResponseBodySize: Int = AWSTransportLimits.defaultMaxResponseBodySize,
        _ body: (any AWSTransport, LoopbackHTTPServer) async throws -> T
    ) async throws -> T {
        let server = try await LoopbackHTTPServer.start()
        let (transport, shutdown) = make(maxResponseBodySize: maxResponseBodySize)
        let result: Result<T, any Error>
        do {
            result = .success(try await body(transport, server))
        } catch {
            result = .failure(error)
        }
        try await shutdown()
        try await server.shutdown()
        return try result.get()
    }

    private func make(maxResponseBodySize: Int) -> (any AWSTransport, @Sendable () async throws -> Void) {
        switch self {
        #if AsyncHTTPClient
        case .asyncHTTPClientShared:
            return (AWSHTTPClientTransport(maxResponseBodySize: maxResponseBodySize), {})
        case .asyncHTTPClientOwned:
            let transport = AWSHTTPClientTransport(
                configuration: AWSHTTPClientTransport.recommendedConfiguration,
                maxResponseBodySize: maxResponseBodySize)
            return (transport, { try await transport.shutdown() })
        #else
        case .asyncHTTPClientShared, .asyncHTTPClientOwned:
            preconditionFailure("\(self) needs the AsyncHTTPClient trait")
        #endif
        case .urlSession:
            return (AWSURLSessionTransport(maxResponseBodySize: maxResponseBodySize), {})
        }
    }
}

extension LoopbackHTTPServer {
    /// A request to this server for `path` (percent-encoded) with `timeout`.
    func request(
        _ method: String = "GET", path: String = "/", query: [AWSHTTPRequest.QueryItem] = [],
        headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: [UInt8] = [], timeout: Duration? = .seconds(10)
    ) -> AWSHTTPRequest {
        AWSHTTPRequest(
            method: method, scheme: "http", host: "127.0.0.1", port: port, path: path, query: query,
            headers: headers, body: body, timeout: timeout)
    }
}
