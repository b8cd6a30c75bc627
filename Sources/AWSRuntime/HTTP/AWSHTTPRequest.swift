/// An HTTP request as the runtime builds, signs and sends it.
///
/// The path and the query items are kept percent-encoded, exactly as they go on the wire.
public struct AWSHTTPRequest: Sendable, Equatable {
    /// A query parameter, percent-encoded.
    public struct QueryItem: Sendable, Equatable {
        /// The encoded name.
        public var name: String
        /// The encoded value; nil for a bare name without `=`, such as `?list` (signed as `list=`).
        public var value: String?

        /// Creates an encoded query item.
        public init(name: String, value: String?) {
            self.name = name
            self.value = value
        }
    }

    /// The HTTP method, such as `POST`.
    public var method: String
    /// `https` or `http`.
    public var scheme: String
    /// The host name, without the port.
    public var host: String
    /// The port, when it is not the scheme's default.
    public var port: Int?
    /// The percent-encoded path, starting with `/`.
    public var path: String
    /// The percent-encoded query items, in order.
    public var query: [QueryItem]
    /// The header fields.
    public var headers: AWSHTTPHeaders
    /// The body bytes.
    public var body: [UInt8]
    /// A streamed body (a file or a sequence), sent instead of `body` when set; its ``AWSByteStream/length``, when
    /// known, is the `Content-Length`, else the body goes out with `Transfer-Encoding: chunked`.
    public var bodyStream: AWSByteStream?
    /// The checksum a streamed body still needs: the client computes it from a file before sending, or sends it in
    /// an `aws-chunked` trailer.
    package var streamChecksum: AWSChecksumAlgorithm?
    /// How long the transport may wait for the whole response of this attempt; nil for no limit.
    public var timeout: Duration?

    /// Creates a request.
    public init(
        method: String, scheme: String = "https", host: String, port: Int? = nil, path: String = "/",
        query: [QueryItem] = [], headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: [UInt8] = [],
        timeout: Duration? = nil
    ) {
        self.method = method
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        bodyStream = nil
        self.timeout = timeout
    }

    /// The `Host` header value: the host plus the port when one is set.
    public var authority: String {
        port.map { "\(host):\($0)" } ?? host
    }

    /// The path and the query string, as sent in the request line.
    public var target: String {
        query.isEmpty ? path : path + "?" + query.map { item in item.value.map { item.name + "=" + $0 } ?? item.name }.joined(separator: "&")
    }

    /// The full URL string.
    public var url: String { scheme + "://" + authority + target }
}
