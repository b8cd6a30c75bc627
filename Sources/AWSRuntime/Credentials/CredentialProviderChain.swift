import Foundation
import Logging

/// Tries providers in order and returns the credentials of the first one that has them.
///
/// When none has, it throws ``AWSCredentialsError/noCredentials(_:)`` naming every provider and its error.
/// Cancellation is not swallowed: a `CancellationError` ends the search at once.
public struct CredentialProviderChain: AWSCredentialProvider {
    /// The providers, in the order they are tried.
    public let providers: [any AWSCredentialProvider]

    /// Creates a chain of `providers`.
    public init(_ providers: [any AWSCredentialProvider]) {
        self.providers = providers
    }

    /// The chain of local sources, in botocore's order: the environment; the profile's keys in the credentials
    /// file; its `credential_process`; its keys in the config file. See ``default(profile:environment:transport:logger:)``
    /// for the full chain.
    public static func standard(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> CredentialProviderChain {
        CredentialProviderChain([
            EnvironmentCredentialProvider(environment: environment),
            ProfileCredentialProvider(profile: profile, environment: environment, file: .credentials),
            ProcessCredentialProvider(profile: profile, environment: environment),
            ProfileCredentialProvider(profile: profile, environment: environment, file: .config),
        ])
    }

    /// The default chain, cached: what the factory installed with ``AWSCredentialProviderFactory/bootstrap(_:)``
    /// builds (the `AWSIdentity` library installs the full chain of the AWS SDKs), else ``local(profile:environment:transport:)``.
    ///
    /// The result caches the first credentials found until ``CachedCredentialProvider/refreshWindow`` before
    /// they expire, then runs the chain again. The factory gets `logger` for the calls its providers make (STS,
    /// IAM Identity Center).
    public static func `default`(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any AWSTransport, logger: Logger = Logger(label: "AWSRuntime")
    ) -> CachedCredentialProvider {
        if let factory = AWSCredentialProviderFactory.installed {
            return CachedCredentialProvider(
                factory(.init(profile: profile, environment: environment, transport: transport, logger: logger)))
        }
        return CachedCredentialProvider(local(profile: profile, environment: environment, transport: transport))
    }

    /// The chain AWSRuntime runs on its own, uncached: the local sources of ``standard(profile:environment:)``,
    /// then the ECS container endpoint and EC2 instance metadata, the last two reached with `transport`. A
    /// profile that needs STS or IAM Identity Center (`role_arn`, `web_identity_token_file`, `sso_session`,
    /// `sso_start_url`) fails with ``AWSCredentialsError/needsAWSIdentity(source:keys:)``.
    public static func local(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any AWSTransport
    ) -> CredentialProviderChain {
        CredentialProviderChain(
            standard(profile: profile, environment: environment).providers + [
                ContainerCredentialProvider(environment: environment, transport: transport),
                InstanceMetadataCredentialProvider(environment: environment, transport: transport),
            ])
    }

    /// `chain(<names>)`.
    public var name: String { "chain(" + providers.map(\.name).joined(separator: ", ") + ")" }

    /// The first provider's credentials that it returns without error.
    public func credentials() async throws -> AWSCredentials {
        var failures: [AWSCredentialsError.ProviderFailure] = []
        if let credentials = try await Self.firstCredentials(of: providers, failures: &failures) { return credentials }
        throw AWSCredentialsError.noCredentials(failures)
    }

    /// The credentials of the first of `providers` that returns them without error, each error on the way added to
    /// `failures`; nil when none does. A `CancellationError` ends the search at once.
    public static func firstCredentials(
        of providers: [any AWSCredentialProvider], failures: inout [AWSCredentialsError.ProviderFailure]
    ) async throws -> AWSCredentials? {
        for provider in providers {
            do {
                return try await provider.credentials()
            } catch let error as CancellationError {
                throw error
            } catch {
                failures.append(.init(provider: provider.name, reason: String(describing: error)))
            }
        }
        return nil
    }
}
