/// Reads the responses of one wire protocol: outputs and modeled errors from their bodies and HTTP bindings,
/// and what identifies an error.
@_spi(Generated) public protocol AWSResponseDeserializer: Sendable {
    /// Decodes a successful response as `Output`, or an error response as a modeled error's members.
    func decode<Output: AWSDecodableShape>(_ type: Output.Type, _ response: AWSHTTPResponse, _ operation: AWSOperation) throws -> Output

    /// The code, message and request id of an error response, as the protocol places them.
    func errorFields(_ response: AWSHTTPResponse, _ operation: AWSOperation) -> AWSErrorFields

    /// The status to read `response` with as the output of `Output`: its own, or a failure status for a
    /// success that the protocol knows to hold an error (S3's 200 with an `<Error>` body). Not 2xx makes it an
    /// error.
    func effectiveStatus<Output: AWSDecodableShape>(
        _ response: AWSHTTPResponse, _ operation: AWSOperation, service: AWSServiceDescriptor, as type: Output.Type
    ) -> Int
}

extension AWSResponseDeserializer {
    /// The response's own status.
    public func effectiveStatus<Output: AWSDecodableShape>(
        _ response: AWSHTTPResponse, _ operation: AWSOperation, service: AWSServiceDescriptor, as type: Output.Type
    ) -> Int {
        response.status
    }
}

/// What identifies an error response: its code (without a namespace), message and request id.
@_spi(Generated) public struct AWSErrorFields: Sendable, Equatable {
    /// The error code, such as `ResourceNotFoundException`; empty when the response gives none.
    public var code: String
    /// The error message.
    public var message: String?
    /// The request id.
    public var requestID: String?
    /// The region the error names: S3's `<Region>`, where a bucket is.
    public var region: String?

    /// Creates error fields.
    public init(code: String, message: String? = nil, requestID: String? = nil, region: String? = nil) {
        self.code = code
        self.message = message
        self.requestID = requestID
        self.region = region
    }
}
