import AWSRuntime
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 server on 127.0.0.1 for tests: it records every request and answers each one with the next
/// scripted behaviour, so a test can exercise a transport or a client end to end against a real socket.
///
/// ```swift
/// let server = try await LoopbackHTTPServer.start()
/// server.enqueue(.respond(status: 200, body: Array("{}".utf8)), .neverAnswer)
/// // send requests to http://127.0.0.1:\(server.port)/...
/// let received = server.requests
/// try await server.shutdown()
/// ```
///
/// With no behaviour left, a request gets a 500 whose body says so. A server started with `start(everyRequest:)`
/// answers every request the same way and only counts them, so that a load test does not grow its memory.
public final class LoopbackHTTPServer: Sendable {
    /// How the server answers one request.
    public indirect enum Behavior: Sendable {
        /// Sends a complete response; `Content-Length` is added.
        case respond(status: Int, headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: [UInt8] = [])
        /// Sends the head with `Content-Length: contentLength` and `bodyPrefix` only, then closes the connection.
        case closeMidResponse(status: Int = 200, contentLength: Int, bodyPrefix: [UInt8])
        /// Sends the head with `Content-Length: contentLength` and `bodyPrefix` only, then resets the connection
        /// (an RST, not a FIN: `SO_LINGER` of zero).
        case resetMidResponse(status: Int = 200, contentLength: Int, bodyPrefix: [UInt8])
        /// Sends a response whose `Content-Length` says `contentLength`, whatever the body's length: the client
        /// reads a body longer than that cut short (and the rest as the start of a next response), and waits for the
        /// rest of a shorter one.
        case respondDeclaring(contentLength: Int, status: Int = 200, body: [UInt8])
        /// Sends the head with `Content-Length: contentLength` and `bodyPrefix` only, then sends nothing more.
        case stallMidResponse(status: Int = 200, contentLength: Int, bodyPrefix: [UInt8])
        /// Never answers, holding the connection open until the client or the server closes it.
        case neverAnswer
        /// Waits `delay`, then behaves as `then`.
        case delay(Duration, then: Behavior)
        /// Behaves as the closure decides from the request.
        case decide(@Sendable (ReceivedRequest) -> Behavior)
    }

    /// A request as the server received it.
    public struct ReceivedRequest: Sendable {
        /// The connection it came on: 0 for the server's first connection, 1 for the next, and so on.
        public var connection: Int
        /// The method, such as `POST`.
        public var method: String
        /// The request target: the path and the query string, as sent.
        public var uri: String
        /// The header fields, as sent.
        public var headers: AWSHTTPHeaders
        /// The body bytes.
        public var body: [UInt8]
    }

    /// The port the server listens on.
    public let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let script: Script

    private init(group: MultiThreadedEventLoopGroup, channel: any Channel, script: Script) throws {
        guard let port = channel.localAddress?.port else { throw ChannelError.unknownLocalAddress }
        self.port = port
        self.group = group
        self.channel = channel
        self.script = script
    }

    /// Starts a server on 127.0.0.1 on a port the system picks. With `everyRequest`, it answers every request with
    /// that behaviour and records none (`requests` stays empty; `requestCount` counts them).
    public static func start(everyRequest: Behavior? = nil) async throws -> LoopbackHTTPServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let script = Script(standing: everyRequest)
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        try channel.pipeline.syncOperations.addHandler(ScriptedHandler(script: script))
                    }
                }
                .bind(host: "127.0.0.1", port: 0)
                .get()
            return try LoopbackHTTPServer(group: group, channel: channel, script: script)
        } catch {
            try await group.shutdownGracefully()
            throw error
        }
    }

    /// A port on 127.0.0.1 that nothing listens on: one a server had and gave up.
    public static func closedPort() async throws -> Int {
        let server = try await start()
        try await server.shutdown()
        return server.port
    }

    /// The base URL, `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Adds behaviours for the next requests, in order.
    public func enqueue(_ behaviors: Behavior...) {
        script.enqueue(behaviors)
    }

    /// The requests received so far, in order; empty for a server started with `start(everyRequest:)`.
    public var requests: [ReceivedRequest] { script.received }

    /// How many requests have arrived so far.
    public var requestCount: Int { script.requestCount }

    /// How many connections the server has accepted so far.
    public var connectionCount: Int { script.connectionCount }

    /// Waits until at least `count` requests have arrived, checking every 10 ms; false after `limit` or
    /// when the task is cancelled.
    public func waitForRequests(_ count: Int, limit: Duration = .seconds(5)) async -> Bool {
        let end = ContinuousClock.now + limit
        while script.requestCount < count {
            guard ContinuousClock.now < end, !Task.isCancelled else { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    /// Stops listening and closes every connection.
    public func shutdown() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }
}

extension LoopbackHTTPServer {
    /// The scripted behaviours and the received requests, shared by every connection.
    final class Script: @unchecked Sendable {
        private let lock = NSLock()
        /// The behaviour for every request, when there is one; then requests are counted, not recorded.
        private let standing: Behavior?
        private var behaviors: [Behavior] = []
        private var requests: [ReceivedRequest] = []
        private var answered = 0
        private var connections = 0

        init(standing: Behavior?) {
            self.standing = standing
        }

        /// A number for a new connection.
        func connectionOpened() -> Int {
            lock.withLock {
                defer { connections += 1 }
                return connections
            }
        }

        func enqueue(_ more: [Behavior]) {
            lock.withLock { behaviors += more }
        }

        var received: [ReceivedRequest] { lock.withLock { requests } }

        var requestCount: Int { lock.withLock { answered } }

        var connectionCount: Int { lock.withLock { connections } }

        /// Records `request` and returns the behaviour to answer it with.
        func answer(_ request: ReceivedRequest) -> Behavior {
            lock.withLock {
                answered += 1
                if let standing { return standing }
                requests.append(request)
                guard !behaviors.isEmpty else {
                    return .respond(status: 500, body: Array("LoopbackHTTPServer: no scripted behaviour left".utf8))
                }
                return behaviors.removeFirst()
            }
        }
    }

    /// Assembles each request on a connection and plays the script's next behaviour for it.
    final class ScriptedHandler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        private let script: Script
        private let connection: Int
        private var head: HTTPRequestHead?
        private var body: [UInt8] = []
        /// The request being answered.
        private var request: ReceivedRequest?

        init(script: Script) {
            self.script = script
            connection = script.connectionOpened()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead):
                head = requestHead
                body = []
            case .body(let buffer):
                body += Array(buffer: buffer)
            case .end:
                guard let head else { return }
                let request = ReceivedRequest(
                    connection: connection, method: head.method.rawValue, uri: head.uri,
                    headers: AWSHTTPHeaders(head.headers.map { ($0.name, $0.value) }), body: body)
                self.request = request
                play(script.answer(request), context: context)
            }
        }

        private func play(_ behavior: Behavior, context: ChannelHandlerContext) {
            switch behavior {
            case .respond(let status, let headers, let body):
                writeHead(status: status, headers: headers, contentLength: body.count, context: context)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            case .closeMidResponse(let status, let contentLength, let bodyPrefix):
                writePartial(status: status, contentLength: contentLength, bodyPrefix: bodyPrefix, context: context)
                    .assumeIsolated()
                    .whenComplete { _ in context.close(promise: nil) }
            case .resetMidResponse(let status, let contentLength, let bodyPrefix):
                writePartial(status: status, contentLength: contentLength, bodyPrefix: bodyPrefix, context: context)
                    .assumeIsolated()
                    .whenComplete { _ in
                        // A socket channel provides its options; closing with a linger of zero sends an RST.
                        guard let socket = context.channel as? any SocketOptionProvider else {
                            context.close(promise: nil)
                            return
                        }
                        socket.setSoLinger(linger(l_onoff: 1, l_linger: 0))
                            .assumeIsolated()
                            .whenComplete { _ in context.close(promise: nil) }
                    }
            case .respondDeclaring(let contentLength, let status, let body):
                writeHead(status: status, headers: AWSHTTPHeaders(), contentLength: contentLength, context: context)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            case .stallMidResponse(let status, let contentLength, let bodyPrefix):
                writePartial(status: status, contentLength: contentLength, bodyPrefix: bodyPrefix, context: context)
            case .neverAnswer:
                break
            case .delay(let delay, let then):
                context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(delay)) {
                    self.play(then, context: context)
                }
            case .decide(let decide):
                guard let request else { return }
                play(decide(request), context: context)
            }
        }

        @discardableResult
        private func writePartial(status: Int, contentLength: Int, bodyPrefix: [UInt8], context: ChannelHandlerContext)
            -> EventLoopFuture<Void>
        {
            writeHead(status: status, headers: AWSHTTPHeaders(), contentLength: contentLength, context: context)
            return context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: bodyPrefix)))))
        }

        private func writeHead(status: Int, headers: AWSHTTPHeaders, contentLength: Int, context: ChannelHandlerContext) {
            var fields = HTTPHeaders(headers.map { ($0.name, $0.value) })
            fields.replaceOrAdd(name: "Content-Length", value: String(contentLength))
            let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: fields)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
        }
    }
}
