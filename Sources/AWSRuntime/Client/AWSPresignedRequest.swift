import Foundation

/// A request signed in its URL (SigV4 query signing): whoever has it may send it until it expires, without
/// credentials, with `curl` or a browser.
public struct AWSPresignedRequest: Sendable, Equatable {
    /// The HTTP method to send, such as `GET` or `PUT`.
    public let method: String
    /// The URL, with the signature in its query.
    public let url: URL
    /// Headers the signature covers besides `Host`, such as a `Content-Type` the input set: the request must
    /// carry them with these values. Empty for most inputs.
    public let headers: AWSHTTPHeaders

    /// Creates a presigned request.
    public init(method: String, url: URL, headers: AWSHTTPHeaders = AWSHTTPHeaders()) {
        self.method = method
        self.url = url
        self.headers = headers
    }
}
