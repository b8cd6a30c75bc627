import AWSRuntime
import Foundation
import Logging

/// The credential chain real deployments use: role profiles (`role_arn` with `source_profile` or
/// `credential_source`), web identity (EKS IRSA's `AWS_ROLE_ARN` and `AWS_WEB_IDENTITY_TOKEN_FILE`, or a
/// profile's `web_identity_token_file`) and IAM Identity Center (`sso_session` or `sso_start_url`), on top of
/// AWSRuntime's environment, profile, `credential_process`, container and instance metadata providers.
///
/// Make it every client's default once at startup:
///
/// ```swift
/// import AWSIdentity
///
/// AWSIdentity.bootstrap()
/// ```
///
/// or give it to one client: `AWSClientConfiguration(credentials: AWSIdentity.defaultChain(transport: ...))`.
public enum AWSIdentity {
    /// Makes ``chain(profile:environment:transport:ssoCache:logger:)`` the default provider of every client made from now
    /// on (through ``AWSCredentialProviderFactory/bootstrap(_:)``), unless another factory is installed already.
    /// Returns whether it was installed; calling it again is harmless.
    @discardableResult
    public static func bootstrap() -> Bool {
        AWSCredentialProviderFactory.bootstrap(factory)
    }

    /// What ``bootstrap()`` installs: the chain for a client's profile, environment and transport. Tests can put
    /// it in effect for one task with ``AWSCredentialProviderFactory/withFactory(_:operation:)``.
    public static let factory: AWSCredentialProviderFactory.Factory = { context in
        chain(profile: context.profile, environment: context.environment, transport: context.transport, logger: context.logger)
    }

    /// The full chain, uncached (see ``IdentityCredentialChain``); its STS and IAM Identity Center calls log to
    /// `logger`.
    public static func chain(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any AWSTransport, ssoCache: SSOTokenCache? = nil, logger: Logger = Logger(label: "AWSIdentity")
    ) -> IdentityCredentialChain {
        IdentityCredentialChain(profile: profile, environment: environment, transport: transport, ssoCache: ssoCache, logger: logger)
    }

    /// The full chain, cached until its credentials come within five minutes of expiring.
    public static func defaultChain(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any AWSTransport, ssoCache: SSOTokenCache? = nil, logger: Logger = Logger(label: "AWSIdentity")
    ) -> CachedCredentialProvider {
        CachedCredentialProvider(chain(profile: profile, environment: environment, transport: transport, ssoCache: ssoCache, logger: logger))
    }
}
