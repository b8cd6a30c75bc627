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

    /// The fields, shared by copies of the request until one of them changes a field (copy on write).
    ///
    /// A request is one reference, so handing it from the serializer to the signer and the transport copies no
    /// fields: a structure of eleven fields was copied field by field (a retain each) at every hand-over. Its
    /// fields are exempt from dynamic exclusivity checks: a `Storage` is only changed through the one request
    /// that holds it uniquely, whose own accesses the compiler checks.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var method: String
        @exclusivity(unchecked) var scheme: String
        @exclusivity(unchecked) var host: String
        @exclusivity(unchecked) var port: Int?
        @exclusivity(unchecked) var path: String
        @exclusivity(unchecked) var query: [QueryItem]
        @exclusivity(unchecked) var headers: AWSHTTPHeaders
        @exclusivity(unchecked) var body: [UInt8]
        @exclusivity(unchecked) var bodyStream: AWSByteStream?
        @exclusivity(unchecked) var streamChecksum: AWSChecksumAlgorithm?
        @exclusivity(unchecked) var timeout: Duration?

        init(method: String, scheme: String, host: String, port: Int?, path: String, query: [QueryItem],
             headers: AWSHTTPHeaders, body: [UInt8], bodyStream: AWSByteStream?,
             streamChecksum: AWSChecksumAlgorithm?, timeout: Duration?) {
            self.method = method
            self.scheme = scheme
            self.host = host
            self.port = port
            self.path = path
            self.query = query
            self.headers = headers
            self.body = body
            self.bodyStream = bodyStream
            self.streamChecksum = streamChecksum
            self.timeout = timeout
        }

        /// A copy of the fields, for a request about to change a shared storage.
        func copy() -> Storage {
            Storage(method: method, scheme: scheme, host: host, port: port, path: path, query: query, headers: headers,
                    body: body, bodyStream: bodyStream, streamChecksum: streamChecksum, timeout: timeout)
        }
    }

    private var storage: Storage

    /// The storage, copied first when another request shares it. Each field below reads `storage` and changes
    /// `uniqueStorage` in place (`_modify`, which also serves assignment).
    private var uniqueStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// The HTTP method, such as `POST`.
    public var method: String {
        get { storage.method }
        _modify { yield &uniqueStorage.method }
    }
    /// `https` or `http`.
    public var scheme: String {
        get { storage.scheme }
        _modify { yield &uniqueStorage.scheme }
    }
    /// The host name, without the port.
    public var host: String {
        get { storage.host }
        _modify { yield &uniqueStorage.host }
    }
    /// The port, when it is not the scheme's default.
    public var port: Int? {
        get { storage.port }
        _modify { yield &uniqueStorage.port }
    }
    /// The percent-encoded path, starting with `/`.
    public var path: String {
        get { storage.path }
        _modify { yield &uniqueStorage.path }
    }
    /// The percent-encoded query items, in order.
    public var query: [QueryItem] {
        get { storage.query }
        _modify { yield &uniqueStorage.query }
    }
    /// The header fields.
    public var headers: AWSHTTPHeaders {
        get { storage.headers }
        _modify { yield &uniqueStorage.headers }
    }
    /// The body bytes.
    public var body: [UInt8] {
        get { storage.body }
        _modify { yield &uniqueStorage.body }
    }
    /// A streamed body (a file or a sequence), sent instead of `body` when set; its ``AWSByteStream/length``, when
    /// known, is the `Content-Length`, else the body goes out with `Transfer-Encoding: chunked`.
    public var bodyStream: AWSByteStream? {
        get { storage.bodyStream }
        _modify { yield &uniqueStorage.bodyStream }
    }
    /// The checksum a streamed body still needs: the client computes it from a file before sending, or sends it in
    /// an `aws-chunked` trailer.
    package var streamChecksum: AWSChecksumAlgorithm? {
        get { storage.streamChecksum }
        _modify { yield &uniqueStorage.streamChecksum }
    }
    /// How long the transport may wait for the whole response of this attempt; nil for no limit.
    public var timeout: Duration? {
        get { storage.timeout }
        _modify { yield &uniqueStorage.timeout }
    }

    /// Creates a request.
    public init(
        method: String, scheme: String = "https", host: String, port: Int? = nil, path: String = "/",
        query: [QueryItem] = [], headers: AWSHTTPHeaders = AWSHTTPHeaders(), body: [UInt8] = [],
        timeout: Duration? = nil
    ) {
        storage = Storage(method: method, scheme: scheme, host: host, port: port, path: path, query: query,
                          headers: headers, body: body, bodyStream: nil, streamChecksum: nil, timeout: timeout)
    }

    /// Whether the requests have the same fields.
    public static func == (lhs: AWSHTTPRequest, rhs: AWSHTTPRequest) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let (a, b) = (lhs.storage, rhs.storage)
        return a.method == b.method && a.scheme == b.scheme && a.host == b.host && a.port == b.port && a.path == b.path
            && a.query == b.query && a.headers == b.headers && a.body == b.body && a.bodyStream == b.bodyStream
            && a.streamChecksum == b.streamChecksum && a.timeout == b.timeout
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
