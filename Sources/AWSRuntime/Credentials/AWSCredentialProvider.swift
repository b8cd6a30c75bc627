/// A source of AWS credentials: the environment, a profile, a fixed value, or later ECS and EC2 instance
/// metadata.
public protocol AWSCredentialProvider: Sendable {
    /// A short name for messages, such as `environment` or `profile "dev"`.
    var name: String { get }

    /// Returns credentials, or throws when this source has none.
    func credentials() async throws -> AWSCredentials
}
