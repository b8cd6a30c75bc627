import Foundation
import Logging

/// How a client reaches a service. Every setting has a default that follows the AWS CLI and SDKs, so
/// `AWSClientConfiguration()` works with credentials and a region from the environment or `~/.aws`.
public struct AWSClientConfiguration: Sendable {
    /// The region, such as `us-east-1`; nil reads `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile.
    public var region: String?
    /// An endpoint URL that replaces the model's endpoint rules, such as `http://127.0.0.1:4566`;
    /// nil reads `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, then the shared config's `endpoint_url` (the
    /// service's in the profile's `services` section, then the profile's own).
    public var endpoint: String?
    /// Use FIPS endpoints.
    public var useFIPS: Bool
    /// Use dual-stack (IPv6) endpoints.
    public var useDualStack: Bool
    /// Values for the parameters of the service's endpoint rules, by name: the client context parameters the
    /// generated client lists, such as S3's `["ForcePathStyle": true]`, and any built-in parameter to set
    /// by hand, such as `UseArnRegion`. They win over the environment and the shared config, and an operation's
    /// own parameters (such as S3's `Bucket`) win over them.
    public var endpointParameters: EndpointParameters
    /// Where credentials come from; nil uses the default chain: the one `AWSCredentialProviderFactory.bootstrap`
    /// installed (`AWSIdentity.bootstrap()` installs botocore's full chain), else the environment, the profile's keys
    /// and `credential_process`, ECS and EC2 IMDSv2.
    public var credentials: (any AWSCredentialProvider)?
    /// The shared-config profile; nil reads `AWS_PROFILE`, else `default`.
    public var profile: String?
    /// Sends requests; nil uses `AWSDefaultTransport.shared`.
    public var transport: (any AWSTransport)?
    /// Retries; the mode and attempts it leaves nil come from `AWS_RETRY_MODE` and `AWS_MAX_ATTEMPTS`, else the
    /// shared config's `retry_mode` and `max_attempts`.
    public var retry: AWSRetryConfiguration
    /// The limit for one attempt, response included; nil for none.
    public var attemptTimeout: Duration?
    /// The limit for a whole call, retries and waits included; nil for none.
    public var callTimeout: Duration?
    /// Receives debug and trace messages about requests, attempts and retries. Never secrets.
    public var logger: Logger
    /// Makes idempotency tokens for members the caller leaves nil. A fresh UUID by default.
    public var idempotencyToken: @Sendable () -> String
    /// The environment variables to read; the process's by default.
    public var environment: [String: String]
    /// The application's id in the `User-Agent` (`app/<id>`), at most 50 characters; nil reads `AWS_SDK_UA_APP_ID`,
    /// then the shared config's `sdk_ua_app_id`.
    public var appID: String?
    /// When requests get a checksum of their body (`x-amz-checksum-*`); nil reads
    /// `AWS_REQUEST_CHECKSUM_CALCULATION`, then the profile's `request_checksum_calculation`, else
    /// `.whenSupported`.
    public var requestChecksumCalculation: AWSChecksumPolicy? = nil
    /// When a response's checksum is checked against its body; nil reads `AWS_RESPONSE_CHECKSUM_VALIDATION`, then
    /// the profile's `response_checksum_validation`, else `.whenSupported`.
    public var responseChecksumValidation: AWSChecksumPolicy? = nil
    /// Whether S3 request bodies are signed, or sent as `UNSIGNED-PAYLOAD` (or an unsigned `aws-chunked` body with a
    /// checksum trailer) over HTTPS. `.signed` by default.
    public var payloadSigning: AWSPayloadSigning = .signed

    /// Creates a configuration.
    public init(
        region: String? = nil,
        endpoint: String? = nil,
        useFIPS: Bool = false,
        useDualStack: Bool = false,
        endpointParameters: EndpointParameters = [:],
        credentials: (any AWSCredentialProvider)? = nil,
        profile: String? = nil,
        transport: (any AWSTransport)? = nil,
        retry: AWSRetryConfiguration = AWSRetryConfiguration(),
        attemptTimeout: Duration? = .seconds(120),
        callTimeout: Duration? = nil,
        logger: Logger = Logger(label: "AWSRuntime"),
        idempotencyToken: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() },
        environment: [String: String] = ProcessInfo.processInfo.environment,
        appID: String? = nil
    ) {
        self.region = region
        self.endpoint = endpoint
        self.useFIPS = useFIPS
        self.useDualStack = useDualStack
        self.endpointParameters = endpointParameters
        self.credentials = credentials
        self.profile = profile
        self.transport = transport
        self.retry = retry
        self.attemptTimeout = attemptTimeout
        self.callTimeout = callTimeout
        self.logger = logger
        self.idempotencyToken = idempotencyToken
        self.environment = environment
        self.appID = appID
    }
}
