#if AsyncHTTPClient
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// An `AWSTransport` that sends requests with AsyncHTTPClient (SwiftNIO).
///
/// By default it uses `HTTPClient.shared`, whose connection pool lives as long as the process, so
/// connections are reused across requests and clients. It can also use a client the caller owns, or
/// create its own client, which `shutdown()` then shuts down.
///
/// Each `send` sends the method, URL, headers and body as given (a `Host` header from signing goes on the
/// wire unchanged; AsyncHTTPClient adds `Host` only when there is none and always sets `Content-Length`
/// itself), collects the whole response body, and finishes by `request.timeout`. A streamed request body
/// (`bodyStream`) is read chunk by chunk as the connection takes it, with `Content-Length` when its length is known
/// and `Transfer-Encoding: chunked` when not; `stream` hands the response body over the same way, read from the
/// connection only as the caller reads it.
///
/// The client's configuration decides two things the transport cannot: whether a redirect is followed, and
/// whether a refused connection is retried. `HTTPClient.shared` does both, so with it a refused connection
/// is reported as `.connectionFailed` only once `request.timeout` (or its 90 s connect timeout) has passed;
/// `recommendedConfiguration` turns both off.
///
/// Requires the `AsyncHTTPClient` package trait, on by default.
public final class AWSHTTPClientTransport: AWSTransport {
    /// The client that sends the requests.
    public let client: HTTPClient
    /// The longest response body, in bytes, that `send` collects; a longer one fails with `.other`.
    public let maxResponseBodySize: Int
    /// Whether `shutdown()` shuts `client` down: true when the transport created it.
    private let ownsClient: Bool
    /// The proxies requests go through, and which not (`NO_PROXY`).
    public let proxies: AWSProxySettings
    /// A client of the transport's own for each proxy, with `client`'s configuration and the proxy.
    private let proxyClients: [AWSProxySettings.Proxy: HTTPClient]

    /// A configuration suited to AWS clients, for `init(configuration:eventLoopGroup:maxResponseBodySize:)`:
    /// a 3xx response is returned rather than followed, a refused connection fails the request at once
    /// (the AWS client's retry strategy decides about a new attempt), the body is not decompressed, and a
    /// connection must be made within 10 seconds.
    public static var recommendedConfiguration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: HTTPClient.Configuration.Timeout(connect: .seconds(10)),
            decompression: .disabled
        )
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }

    /// Creates a transport that sends with `client`, which the caller keeps and shuts down when it owns it.
    public init(
        client: HTTPClient = .shared,
        maxResponseBodySize: Int = AWSTransportLimits.defaultMaxResponseBodySize
    ) {
        self.client = client
        self.maxResponseBodySize = maxResponseBodySize
        ownsClient = false
        proxies = .none
        proxyClients = [:]
    }

    /// Creates a transport with a client of its own, made from `configuration` on `eventLoopGroup`.
    ///
    /// Call `shutdown()` once the transport is no longer used.
    public convenience init(
        configuration: HTTPClient.Configuration,
        eventLoopGroup: any EventLoopGroup = HTTPClient.defaultEventLoopGroup,
        maxResponseBodySize: Int = AWSTransportLimits.defaultMaxResponseBodySize
    ) {
        self.init(configuration: configuration, proxies: .none, eventLoopGroup: eventLoopGroup,
                  maxResponseBodySize: maxResponseBodySize)
    }

    /// Creates a transport with clients of its own, made from `configuration` on `eventLoopGroup`: one that connects
    /// directly, and one for each proxy of `proxies`, through which each request goes unless `NO_PROXY` names its
    /// host (AsyncHTTPClient sets a proxy per client, not per request).
    ///
    /// Call `shutdown()` once the transport is no longer used.
    public init(
        configuration: HTTPClient.Configuration = recommendedConfiguration,
        proxies: AWSProxySettings,
        eventLoopGroup: any EventLoopGroup = HTTPClient.defaultEventLoopGroup,
        maxResponseBodySize: Int = AWSTransportLimits.defaultMaxResponseBodySize
    ) {
        var direct = configuration
        direct.proxy = nil
        client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: direct)
        var proxyClients: [AWSProxySettings.Proxy: HTTPClient] = [:]
        for proxy in [proxies.http, proxies.https].compactMap({ $0 }) where proxyClients[proxy] == nil {
            var proxied = configuration
            proxied.proxy = .server(
                host: proxy.host, port: proxy.port,
                authorization: proxy.credentials.map { HTTPClient.Authorization.basic(username: $0.user, password: $0.password) })
            proxyClients[proxy] = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: proxied)
        }
        self.proxies = proxies
        self.proxyClients = proxyClients
        self.maxResponseBodySize = maxResponseBodySize
        ownsClient = true
    }

    /// Shuts down the clients the transport created, waiting for their connections to close; does nothing
    /// for a client passed in.
    public func shutdown() async throws {
        guard ownsClient else { return }
        try await client.shutdown()
        for proxyClient in proxyClients.values { try await proxyClient.shutdown() }
    }

    /// The client that sends `request`: the one of its proxy, else the direct one.
    private func sender(for request: AWSHTTPRequest) -> HTTPClient {
        guard !proxyClients.isEmpty, let proxy = proxies.proxy(scheme: request.scheme, host: request.host, port: request.port)
        else { return client }
        return proxyClients[proxy] ?? client
    }

    public func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        try Task.checkCancellation()
        let deadline = TransportDeadline(timeout: request.timeout)
        let nioDeadline = request.timeout.map { NIODeadline.now() + TimeAmount($0) } ?? .distantFuture
        let limit = maxResponseBodySize
        do {
            // The client's deadline covers the exchange up to the response head, so that a failed connect is
            // reported as such; the body is collected within what is left of the same deadline.
            let sender = sender(for: request)
            let response = try await sender.execute(Self.clientRequest(for: request), deadline: nioDeadline)
            let body = try await Self.collect(response.body, upTo: limit, by: nioDeadline, deadline, on: sender.eventLoopGroup.any())
            return AWSHTTPResponse(
                status: Int(response.status.code),
                headers: AWSHTTPHeaders(response.headers.map { ($0.name, $0.value) }),
                body: Array(buffer: body)
            )
        } catch is NIOTooManyBytesError {
            throw AWSTransportLimits.bodyTooLarge(limit: limit)
        } catch {
            throw TransportFailure.surface(error, classify: Self.kind(of:))
        }
    }

    /// Reads `body` whole, failing with `deadline.exceeded` at `nioDeadline`.
    ///
    /// The deadline is a task scheduled on `eventLoop`, cancelled as soon as the body is in: a `Task.sleep` that races
    /// the read keeps its memory until the time it was to wake even when cancelled,
    /// which under load held every request's (about 640 bytes) for the whole attempt timeout (120 s by default).
    private static func collect(
        _ body: HTTPClientResponse.Body, upTo limit: Int, by nioDeadline: NIODeadline, _ deadline: TransportDeadline,
        on eventLoop: any EventLoop
    ) async throws -> ByteBuffer {
        guard deadline.instant != nil else { return try await body.collect(upTo: limit) }
        let reading = Task { try await body.collect(upTo: limit) }
        let expired = ExpiryFlag()
        let timer = eventLoop.scheduleTask(deadline: nioDeadline) {
            expired.set()
            reading.cancel()
        }
        defer { timer.cancel() }
        do {
            return try await withTaskCancellationHandler { try await reading.value } onCancel: { reading.cancel() }
        } catch where expired.isSet {
            throw deadline.exceeded
        }
    }

    /// Whether a deadline has passed, set from the event loop.
    private final class ExpiryFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        var isSet: Bool { lock.withLock { value } }

        func set() { lock.withLock { value = true } }
    }

    /// Returns once the response head arrives (within `request.timeout`) and streams the body without a
    /// size limit or a deadline; dropping the body stream cancels the request.
    public func stream(_ request: AWSHTTPRequest) async throws -> AWSStreamingResponse {
        try Task.checkCancellation()
        let nioDeadline = request.timeout.map { NIODeadline.now() + TimeAmount($0) } ?? .distantFuture
        let response: HTTPClientResponse
        do {
            response = try await sender(for: request).execute(Self.clientRequest(for: request), deadline: nioDeadline)
        } catch {
            throw TransportFailure.surface(error, classify: Self.kind(of:))
        }
        let headers = AWSHTTPHeaders(response.headers.map { ($0.name, $0.value) })
        return AWSStreamingResponse(
            status: Int(response.status.code), headers: headers,
            body: AWSByteStream(ResponseChunks(body: response.body), length: headers["Content-Length"].flatMap { Int($0) }))
    }

    /// A response body as byte arrays, read from the connection one buffer at a time (AsyncHTTPClient asks for more
    /// only when the last is taken), its errors reported as `AWSTransportError`.
    struct ResponseChunks: AsyncSequence, Sendable {
        typealias Element = [UInt8]
        let body: HTTPClientResponse.Body

        struct AsyncIterator: AsyncIteratorProtocol {
            var base: HTTPClientResponse.Body.AsyncIterator

            mutating func next() async throws -> [UInt8]? {
                do {
                    return try await base.next().map { Array(buffer: $0) }
                } catch {
                    throw TransportFailure.surface(error, classify: AWSHTTPClientTransport.kind(of:))
                }
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: body.makeAsyncIterator()) }
    }

    /// A streamed request body as the buffers AsyncHTTPClient writes, each read when the connection can take it.
    struct RequestChunks: AsyncSequence, Sendable {
        typealias Element = ByteBuffer
        let body: AWSByteStream

        struct AsyncIterator: AsyncIteratorProtocol {
            var base: AWSByteStream.AsyncIterator

            mutating func next() async throws -> ByteBuffer? {
                try await base.next().map { ByteBuffer(bytes: $0) }
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: body.makeAsyncIterator()) }
    }

    /// The AsyncHTTPClient request for `request`.
    static func clientRequest(for request: AWSHTTPRequest) -> HTTPClientRequest {
        var clientRequest = HTTPClientRequest(url: request.url)
        clientRequest.method = HTTPMethod(rawValue: request.method)
        clientRequest.headers = HTTPHeaders(request.headers.map { ($0.name, $0.value) })
        if let stream = request.bodyStream {
            clientRequest.headers.remove(name: "Content-Length")
            clientRequest.body = .stream(RequestChunks(body: stream), length: stream.length.map { .known(Int64($0)) } ?? .unknown)
        } else if !request.body.isEmpty {
            clientRequest.body = .bytes(request.body)
        }
        return clientRequest
    }
}
#endif
