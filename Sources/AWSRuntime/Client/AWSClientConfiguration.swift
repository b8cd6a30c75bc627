import Foundation

/// How a client reaches a service.
public struct AWSClientConfiguration: Sendable {
    /// The region, such as `us-east-1`.
    public var region: String
    /// An endpoint URL that replaces the default, such as `http://127.0.0.1:4566`.
    public var endpoint: String?
    /// Sends requests.
    public var transport: any AWSTransport
    /// Makes idempotency tokens for members the caller leaves nil. A fresh UUID by default.
    public var idempotencyToken: @Sendable () -> String

    /// Creates a configuration.
    public init(region: String, endpoint: String? = nil, transport: any AWSTransport,
                idempotencyToken: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.region = region
        self.endpoint = endpoint
        self.transport = transport
        self.idempotencyToken = idempotencyToken
    }
}
