import AWSRuntime
import Logging
import STS

/// Assumes a role with STS `AssumeRole`, signed with the credentials of another provider: a profile's
/// `role_arn` with `source_profile` or `credential_source`.
///
/// Every call asks STS for new credentials; wrap the provider in a ``CachedCredentialProvider`` to keep them
/// until they near expiry (``AWSIdentity/defaultChain(profile:environment:transport:)`` does).
public struct AssumeRoleProvider: AWSCredentialProvider {
    /// The role and how to assume it.
    public let settings: AssumeRoleSettings
    /// The credentials that sign the `AssumeRole` call.
    public let source: any AWSCredentialProvider
    /// The region of the STS endpoint, `https://sts.<region>.amazonaws.com` unless an endpoint URL is set.
    public let region: String
    private let context: IdentityServiceContext

    /// Creates a provider that assumes the role of `settings` with `source`'s credentials, calling STS in
    /// `region` through `transport`; `environment` may set the endpoint (`AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`).
    public init(
        settings: AssumeRoleSettings, source: any AWSCredentialProvider, region: String,
        environment: [String: String], transport: any AWSTransport, logger: Logger = Logger(label: "AWSIdentity")
    ) {
        self.settings = settings
        self.source = source
        self.region = region
        context = IdentityServiceContext(environment: environment, transport: transport, logger: logger)
    }

    /// `assume role <arn> (profile "<name>")`.
    public var name: String { "assume role \(settings.roleArn) (profile \"\(settings.profile)\")" }

    /// New credentials of the role.
    public func credentials() async throws -> AWSCredentials {
        let client = try STSClient(configuration: context.configuration(region: region, credentials: source))
        let response = try await client.assumeRole(
            AssumeRoleRequest(
                roleArn: settings.roleArn,
                roleSessionName: settings.roleSessionName ?? IdentityServiceContext.sessionName(),
                durationSeconds: settings.durationSeconds, externalId: settings.externalId))
        return try STSCredentialsConversion.credentials(
            response.credentials, assumedRoleArn: response.assumedRoleUser?.arn, operation: "AssumeRole")
    }
}
