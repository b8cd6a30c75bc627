import AWSRuntime
import Foundation
import Logging

/// The credentials of the selected profile's role, web identity or IAM Identity Center settings (or of the
/// environment's web identity), worked out by ``ProfileResolver`` and built into providers once. Each source of a
/// role is cached, so a role chain re-assumes a hop only when its credentials near expiry; the last step is not,
/// since the chain that holds this provider caches what it returns (wrap it in a ``CachedCredentialProvider`` when
/// using it alone).
public actor ProfileIdentityProvider: AWSCredentialProvider {
    private let profileOverride: String?
    private let environment: [String: String]
    private let transport: any AWSTransport
    private let logger: Logger
    private let ssoCache: SSOTokenCache
    private var built: (any AWSCredentialProvider)??

    /// The profile's name: the one given, else `AWS_PROFILE`, else `default`.
    public nonisolated let profile: String

    /// Creates a provider of `profile` (nil: `AWS_PROFILE`, else `default`), with the shared files, region and
    /// endpoints from `environment`, calls through `transport` (logged to `logger`), and IAM Identity Center tokens
    /// from `ssoCache` (nil: `~/.aws/sso/cache`). As in botocore, the environment's `AWS_ROLE_ARN`,
    /// `AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_SESSION_NAME` count only when `profile` is nil.
    public init(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any AWSTransport, ssoCache: SSOTokenCache? = nil, logger: Logger = Logger(label: "AWSIdentity")
    ) {
        profileOverride = profile
        self.environment = environment
        self.transport = transport
        self.logger = logger
        self.ssoCache = ssoCache ?? SSOTokenCache(environment: environment)
        self.profile = SharedConfig.profileName(profile, environment: environment)
    }

    /// `role, web identity or sso of profile "<name>"`.
    public nonisolated var name: String { "role, web identity or sso of profile \"\(profile)\"" }

    /// The provider the settings call for; nil when neither the profile nor the environment has such settings.
    public func provider() throws -> (any AWSCredentialProvider)? {
        if let built { return built }
        let config = try SharedConfig(profile: profileOverride, environment: environment)
        let plan = try ProfileResolver(config).plan(profile: config.profile, environment: profileOverride == nil ? environment : nil)
        let provider = plan.map { build($0, region: stsRegion(), cached: false) }
        built = .some(provider)
        return provider
    }

    /// The credentials of the settings; throws ``AWSIdentityError/notConfigured(profile:)`` when there are none.
    public func credentials() async throws -> AWSCredentials {
        guard let provider = try provider() else {
            throw AWSIdentityError.notConfigured(profile: profile)
        }
        return try await provider.credentials()
    }

    private func stsRegion() -> String {
        IdentityServiceContext(environment: environment, transport: transport, logger: logger).stsRegion(profile: profileOverride)
    }

    /// The provider of one step of a plan, cached when `cached`.
    private func build(_ plan: ProfileCredentialPlan, region: String, cached: Bool = true) -> any AWSCredentialProvider {
        let provider: any AWSCredentialProvider
        switch plan {
        case .profile(let name):
            provider = CredentialProviderChain([
                ProfileCredentialProvider(profile: name, environment: environment, file: .credentials),
                ProcessCredentialProvider(profile: name, environment: environment),
                ProfileCredentialProvider(profile: name, environment: environment, file: .config),
            ])
        case .credentialSource(.environment):
            provider = EnvironmentCredentialProvider(environment: environment)
        case .credentialSource(.ec2InstanceMetadata):
            provider = InstanceMetadataCredentialProvider(environment: environment, transport: transport)
        case .credentialSource(.ecsContainer):
            provider = ContainerCredentialProvider(environment: environment, transport: transport)
        case .assumeRole(let settings, let source):
            provider = AssumeRoleProvider(
                settings: settings, source: build(source, region: region), region: region, environment: environment,
                transport: transport, logger: logger)
        case .webIdentity(let settings):
            provider = WebIdentityProvider(
                settings: settings, region: region, environment: environment, transport: transport, logger: logger)
        case .sso(let settings):
            provider = SSOProvider(
                settings: settings, cache: ssoCache, environment: environment, transport: transport, logger: logger)
        }
        return cached ? CachedCredentialProvider(provider) : provider
    }
}
