import AWSRuntime
import Logging
import Foundation
import SSO

/// The credentials of an IAM Identity Center role (a profile's `sso_account_id` and `sso_role_name`), from
/// the SSO portal's `GetRoleCredentials` with the cached access token of ``SSOTokenProvider``.
public struct SSOProvider: AWSCredentialProvider {
    /// The profile's IAM Identity Center settings.
    public let settings: SSOSettings
    /// Gives the access token, refreshing it when it can.
    public let tokenProvider: SSOTokenProvider
    private let context: IdentityServiceContext

    /// Creates a provider for `settings`, with tokens from `cache`, calling the portal in `settings.region`
    /// through `transport` (`AWS_ENDPOINT_URL_SSO`, `AWS_ENDPOINT_URL_SSO_OIDC` or `AWS_ENDPOINT_URL` in
    /// `environment` replace the endpoints), with the time from `now`.
    public init(
        settings: SSOSettings, cache: SSOTokenCache, environment: [String: String], transport: any AWSTransport,
        logger: Logger = Logger(label: "AWSIdentity"), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.settings = settings
        tokenProvider = SSOTokenProvider(
            settings: settings, cache: cache, environment: environment, transport: transport, logger: logger, now: now)
        context = IdentityServiceContext(environment: environment, transport: transport, logger: logger)
    }

    /// `sso <role> in <account> (profile "<name>")`.
    public var name: String { "sso \(settings.roleName) in \(settings.accountId) (profile \"\(settings.profile)\")" }

    /// The role's credentials.
    public func credentials() async throws -> AWSCredentials {
        let token = try await tokenProvider.token()
        let client = try SSOClient(configuration: context.unsignedConfiguration(region: settings.region))
        let response: GetRoleCredentialsResponse
        do {
            response = try await client.getRoleCredentials(
                GetRoleCredentialsRequest(accessToken: token, accountId: settings.accountId, roleName: settings.roleName))
        } catch is UnauthorizedException {
            throw AWSIdentityError.ssoTokenExpired(
                name: SSOTokenCache.loginName(sessionName: settings.sessionName, startURL: settings.startURL),
                path: tokenProvider.cache.path(sessionName: settings.sessionName, startURL: settings.startURL),
                reason: "the portal rejected it")
        }
        guard let role = response.roleCredentials, let accessKeyId = role.accessKeyId,
            let secretAccessKey = role.secretAccessKey, let sessionToken = role.sessionToken
        else {
            throw AWSIdentityError.incompleteResponse(operation: "GetRoleCredentials", missing: "roleCredentials")
        }
        return AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken,
            expiration: role.expiration.map { Date(timeIntervalSince1970: TimeInterval($0) / 1000) },
            accountId: settings.accountId)
    }
}
