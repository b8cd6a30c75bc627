/// What every error response of a service carries.
public struct AWSErrorContext: Sendable, Equatable {
    /// The error code, without namespace or `:` suffix, such as `ValidationException`: the modeled error's
    /// shape name (from `__type` or `X-Amzn-Errortype`), by which the client picks the error type.
    public var code: String
    /// The error message, if the response has one.
    public var message: String?
    /// The HTTP status code.
    public var status: Int
    /// The `x-amzn-RequestId` (or `x-amz-request-id`) header.
    public var requestID: String?
    /// All response headers.
    public var headers: AWSHTTPHeaders
    /// The code the service gave the error when it spoke the query protocol, such as
    /// `AWS.SimpleQueueService.NonExistentQueue`: the part of the `x-amzn-query-error` header before `;`,
    /// which `awsQueryCompatible` services send. Nil without the header.
    public var queryErrorCode: String?
    /// Whose fault the error is in the query protocol, `Sender` or `Receiver`: the part of the
    /// `x-amzn-query-error` header after `;`. Nil without the header.
    public var queryErrorFault: String?
    /// The region an S3 error says its bucket is in: the body's `<Region>` (`AuthorizationHeaderMalformed`,
    /// `PermanentRedirect`), else the `x-amz-bucket-region` header. Nil for other errors.
    public var region: String?

    /// Creates a context.
    public init(code: String = "", message: String? = nil, status: Int = 0, requestID: String? = nil,
                headers: AWSHTTPHeaders = AWSHTTPHeaders(), queryErrorCode: String? = nil, queryErrorFault: String? = nil,
                region: String? = nil) {
        self.code = code
        self.message = message
        self.status = status
        self.requestID = requestID
        self.headers = headers
        self.queryErrorCode = queryErrorCode
        self.queryErrorFault = queryErrorFault
        self.region = region
    }
}

extension AWSErrorContext {
    /// The context of the error response the client is decoding, bound around the decoding.
    @TaskLocal static var decoding: AWSErrorContext?

    /// The context of the error response being decoded, which a modeled error's `init(from:)` takes; an empty
    /// context when the error is decoded from anything else.
    @_spi(Generated) public static var responseBeingDecoded: AWSErrorContext {
        decoding ?? AWSErrorContext()
    }
}

/// An error response from a service: a modeled error type or `AWSUnknownServiceError`.
public protocol AWSServiceError: Error, Sendable, CustomStringConvertible {
    /// The code, message, status and request id.
    var context: AWSErrorContext { get }
}

extension AWSServiceError {
    /// The error code.
    public var code: String { context.code }
    /// The error message, if any.
    public var message: String? { context.message }
    /// The HTTP status code.
    public var status: Int { context.status }
    /// The request id, if any.
    public var requestID: String? { context.requestID }

    /// `Code (HTTP 400, request id X): message`.
    public var description: String {
        var text = "\(context.code) (HTTP \(context.status)"
        if let requestID = context.requestID { text += ", request id \(requestID)" }
        text += ")"
        if let message = context.message, !message.isEmpty { text += ": \(message)" }
        return text
    }
}

/// How a modeled error may be retried, from the model's `retryable` trait.
public enum AWSRetryKind: Sendable {
    /// Retry with backoff.
    case transient
    /// Retry with backoff; the service is throttling.
    case throttling
}

/// An error shape of a model, decoded from the error response's body and headers.
///
/// Its `context` is a constant: `init(from:)` takes it from ``AWSErrorContext/responseBeingDecoded``, which the
/// client binds while it decodes an error response. Without a setter, each generated error has four functions
/// fewer (a setter, a `modify` and their witnesses) to compile.
public protocol AWSModeledError: AWSServiceError, AWSDecodableShape {
    /// Whether the model marks the error retryable; nil when it does not.
    static var retryKind: AWSRetryKind? { get }
}

extension AWSModeledError {
    /// Not retryable unless the model says so.
    public static var retryKind: AWSRetryKind? { nil }
}

/// An error response whose code the model does not list.
public struct AWSUnknownServiceError: AWSServiceError, Equatable {
    /// The code, message, status and request id.
    public var context: AWSErrorContext

    /// Creates the error.
    public init(context: AWSErrorContext) {
        self.context = context
    }
}
