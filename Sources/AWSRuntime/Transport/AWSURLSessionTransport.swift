#if canImport(FoundationNetworking) || canImport(Darwin)
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An `AWSTransport` that sends requests with Foundation's `URLSession`, for builds without SwiftNIO.
///
/// Each `send` sends the method, URL, headers and body, and finishes by `request.timeout`: it is both the
/// request's `timeoutInterval` and a deadline for the whole exchange. `URLSession` sets `Host` from the URL
/// and `Content-Length` from the body itself, so those two headers are not copied; a signed `Host` equals
/// the URL's authority. Redirects are followed when the session's delegate lets them.
///
/// It does not stream: a streamed request body (`bodyStream`, a file or a sequence) is read into memory before it is
/// sent, up to ``maxResponseBodySize`` bytes, and `stream` returns once the whole response body is in memory (also up
/// to that size), handing it over as one chunk. Use ``AWSHTTPClientTransport`` for large objects.
public final class AWSURLSessionTransport: AWSTransport {
    /// The session that sends the requests.
    public let session: URLSession
    /// The longest response body, in bytes, that `send` returns; a longer one fails with `.other`.
    public let maxResponseBodySize: Int

    /// Creates a transport that sends with `session`.
    public init(
        session: URLSession = .shared,
        maxResponseBodySize: Int = AWSTransportLimits.defaultMaxResponseBodySize
    ) {
        self.session = session
        self.maxResponseBodySize = maxResponseBodySize
    }

    public func send(_ request: AWSHTTPRequest) async throws -> AWSHTTPResponse {
        try Task.checkCancellation()
        let deadline = TransportDeadline(timeout: request.timeout)
        let response: AWSHTTPResponse
        var request = request
        if let stream = request.bodyStream {
            do {
                request.body = try await stream.collect(upTo: maxResponseBodySize)
            } catch AWSByteStreamError.tooLong(let limit) {
                throw AWSTransportError(.other, "a streamed request body is longer than \(limit) bytes, the most this transport holds in memory")
            }
            request.bodyStream = nil
        }
        do {
            let urlRequest = try Self.urlRequest(for: request)
            response = try await Self.load(urlRequest, in: session, by: deadline)
        } catch {
            throw TransportFailure.surface(error, classify: Self.kind(of:))
        }
        guard response.body.count <= maxResponseBodySize else {
            throw AWSTransportLimits.bodyTooLarge(limit: maxResponseBodySize)
        }
        return response
    }

    /// The `URLRequest` for `request`.
    static func urlRequest(for request: AWSHTTPRequest) throws -> URLRequest {
        guard let url = URL(string: request.url) else {
            throw AWSTransportError(.other, "not a valid URL: \(request.url)")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        if let timeout = request.timeout {
            // Whole seconds, rounded up: FoundationNetworking truncates the interval (0.5 s would time out at
            // once); the deadline in `send` holds the exact timeout.
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            urlRequest.timeoutInterval = max(1, seconds.rounded(.up))
        }
        for field in request.headers
        where !field.name.caseInsensitiveEquals("Host") && !field.name.caseInsensitiveEquals("Content-Length") {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        if !request.body.isEmpty {
            urlRequest.httpBody = Data(request.body)
        }
        return urlRequest
    }

    /// Runs a data task for `urlRequest`, cancelling it when the current task is cancelled, and failing with
    /// `deadline.exceeded` when the deadline passes first.
    ///
    /// The deadline is a dispatch timer, cancelled (and its memory freed) as soon as the response is in: a cancelled
    /// `Task.sleep` would hold its memory until the time it was set to wake.
    private static func load(_ urlRequest: URLRequest, in session: URLSession, by deadline: TransportDeadline) async throws
        -> AWSHTTPResponse
    {
        let handle = DataTaskHandle()
        let timer = deadline.instant.map { instant -> any DispatchSourceTimer in
            let timer = DispatchSource.makeTimerSource()
            let left = ContinuousClock.now.duration(to: instant).components
            let nanoseconds = max(0, left.seconds * 1_000_000_000 + left.attoseconds / 1_000_000_000)
            timer.schedule(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds)))
            timer.setEventHandler { handle.timeOut() }
            timer.resume()
            return timer
        }
        defer { timer?.cancel() }
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    handle.start(session.dataTask(with: urlRequest) { data, urlResponse, error in
                        continuation.resume(with: Result { try response(data, urlResponse, error) })
                    })
                }
            } onCancel: {
                handle.cancel()
            }
        } catch where handle.didTimeOut {
            throw deadline.exceeded
        }
    }

    /// The response a data task's completion handler describes.
    private static func response(_ data: Data?, _ urlResponse: URLResponse?, _ error: (any Error)?) throws
        -> AWSHTTPResponse
    {
        if let error { throw error }
        guard let http = urlResponse as? HTTPURLResponse else {
            throw AWSTransportError(.other, "the response is not an HTTP response")
        }
        let headers = http.allHeaderFields.compactMap { name, value in
            (name as? String).map { ($0, "\(value)") }
        }
        return AWSHTTPResponse(status: http.statusCode, headers: AWSHTTPHeaders(headers), body: Array(data ?? Data()))
    }
}
#endif
