/// A source of AWS credentials: the environment, a profile, a fixed value, the ECS container endpoint or EC2
/// instance metadata. ``CredentialProviderChain/default(profile:environment:transport:logger:)`` tries them in the
/// SDKs' order.
public protocol AWSCredentialProvider: Sendable {
    /// A short name for messages, such as `environment` or `profile "dev"`.
    var name: String { get }

    /// Returns credentials, or throws when this source has none.
    func credentials() async throws -> AWSCredentials
}
