#if AsyncHTTPClient
import AWSRuntime
import AsyncHTTPClient
import LoopbackTesting
import TestSupport

/// A loopback server and a transport with an AsyncHTTPClient client of its own (the recommended configuration), for
/// one test: clients made from `configuration` send to the server.
struct Loopback {
    let server: LoopbackHTTPServer
    let transport: AWSHTTPClientTransport

    /// The most connections the transport's pool opens to one host.
    static let poolSize = AWSHTTPClientTransport.recommendedConfiguration.connectionPool
        .concurrentHTTP1ConnectionsPerHostSoftLimit

    /// Runs `body` with a new server (answering every request with `everyRequest`, if given, else from its script)
    /// and a new transport, shutting both down after.
    static func with<T>(
        everyRequest: LoopbackHTTPServer.Behavior? = nil,
        maxResponseBodySize: Int = AWSTransportLimits.defaultMaxResponseBodySize,
        _ body: (Loopback) async throws -> T
    ) async throws -> T {
        let server = try await LoopbackHTTPServer.start(everyRequest: everyRequest)
        let transport = AWSHTTPClientTransport(proxies: .none, maxResponseBodySize: maxResponseBodySize)
        let result: Result<T, any Error>
        do {
            result = .success(try await body(Loopback(server: server, transport: transport)))
        } catch {
            result = .failure(error)
        }
        try await transport.shutdown()
        try await server.shutdown()
        return try result.get()
    }

    /// A configuration that sends to the server (or to `port` on 127.0.0.1) with fixed credentials, an empty
    /// environment and the standard retry mode with `retry`'s other settings.
    func configuration(
        retry: AWSRetryConfiguration = Self.quickRetries, attemptTimeout: Duration? = .seconds(5),
        callTimeout: Duration? = nil, port: Int? = nil
    ) -> AWSClientConfiguration {
        var retry = retry
        retry.mode = .standard
        return AWSClientConfiguration(
            region: "us-east-1", endpoint: "http://127.0.0.1:\(port ?? server.port)",
            credentials: StaticCredentialProvider(AWSClientConfiguration.testCredentials),
            transport: transport, retry: retry, attemptTimeout: attemptTimeout, callTimeout: callTimeout,
            environment: [:])
    }

    /// The standard mode's 3 attempts and quota of 500, with backoffs of at most a millisecond.
    static let quickRetries = AWSRetryConfiguration(maxAttempts: 3, baseDelay: .milliseconds(1), maxBackoff: .milliseconds(1))
}
#endif
