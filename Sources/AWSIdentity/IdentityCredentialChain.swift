import AWSRuntime
import Foundation
import Logging

/// botocore's default credential chain: the environment's keys; the profile's role, web identity (the
/// environment's first) or IAM Identity Center settings (``ProfileIdentityProvider``); the profile's keys in the
/// credentials file, its `credential_process`, its keys in the config file; the ECS container endpoint; EC2
/// instance metadata.
///
/// As in botocore, once the profile or the environment sets up a role, web identity or IAM Identity Center,
/// that decides: its error ends the search rather than falling through to the providers after it.
public struct IdentityCredentialChain: AWSCredentialProvider {
    /// Tried first: the environment's keys.
    public let environmentProvider: any AWSCredentialProvider
    /// The role, web identity and IAM Identity Center settings.
    public let identityProvider: ProfileIdentityProvider
    /// Tried when there are no such settings, in order.
    public let remainingProviders: [any AWSCredentialProvider]

    /// The chain for `profile` (nil: `AWS_PROFILE`, else `default`), reading `environment`, calling through
    /// `transport` (STS and IAM Identity Center calls logged to `logger`), with IAM Identity Center tokens from
    /// `ssoCache` (nil: `~/.aws/sso/cache`).
    public init(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any AWSTransport, ssoCache: SSOTokenCache? = nil, logger: Logger = Logger(label: "AWSIdentity")
    ) {
        environmentProvider = EnvironmentCredentialProvider(environment: environment)
        identityProvider = ProfileIdentityProvider(
            profile: profile, environment: environment, transport: transport, ssoCache: ssoCache, logger: logger)
        remainingProviders = [
            ProfileCredentialProvider(profile: profile, environment: environment, file: .credentials),
            ProcessCredentialProvider(profile: profile, environment: environment),
            ProfileCredentialProvider(profile: profile, environment: environment, file: .config),
            ContainerCredentialProvider(environment: environment, transport: transport),
            InstanceMetadataCredentialProvider(environment: environment, transport: transport),
        ]
    }

    /// `identity chain(<names>)`.
    public var name: String {
        let names = [environmentProvider.name, identityProvider.name] + remainingProviders.map(\.name)
        return "identity chain(" + names.joined(separator: ", ") + ")"
    }

    /// The credentials of the first source that has them.
    public func credentials() async throws -> AWSCredentials {
        var failures: [AWSCredentialsError.ProviderFailure] = []
        if let credentials = try await CredentialProviderChain.firstCredentials(of: [environmentProvider], failures: &failures) {
            return credentials
        }
        if let provider = try await identityProvider.provider() {
            return try await provider.credentials()
        }
        if let credentials = try await CredentialProviderChain.firstCredentials(of: remainingProviders, failures: &failures) {
            return credentials
        }
        throw AWSCredentialsError.noCredentials(failures)
    }
}
