import AWSRuntime
import Logging
import Foundation
import SSOOIDC

/// The access token of an IAM Identity Center login, from the ``SSOTokenCache``, refreshed through SSO-OIDC
/// `CreateToken` (grant type `refresh_token`) when it is within 15 minutes of expiring, as botocore's
/// `SSOTokenProvider` does. A refreshed token is written back to the cache.
///
/// Only `sso_session` logins refresh: the legacy `sso_start_url` form has no refresh token. A token that has
/// expired and cannot be refreshed fails with ``AWSIdentityError/ssoTokenExpired(name:path:reason:)``.
public struct SSOTokenProvider: Sendable {
    /// The login.
    public let settings: SSOSettings
    /// Where the token is cached.
    public let cache: SSOTokenCache
    /// How long before expiry a token is refreshed: 15 minutes.
    public static let refreshWindow: TimeInterval = 15 * 60
    private let context: IdentityServiceContext
    private let now: @Sendable () -> Date

    /// Creates a provider of the token of `settings`' login, calling SSO-OIDC in `settings.region` through
    /// `transport`, with the time from `now`.
    public init(
        settings: SSOSettings, cache: SSOTokenCache, environment: [String: String], transport: any AWSTransport,
        logger: Logger = Logger(label: "AWSIdentity"), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.settings = settings
        self.cache = cache
        context = IdentityServiceContext(environment: environment, transport: transport, logger: logger)
        self.now = now
    }

    /// A token valid now.
    public func token() async throws -> String {
        let session = settings.sessionName, startURL = settings.startURL
        var token = try cache.load(sessionName: session, startURL: startURL)
        var reason = "cannot be refreshed"
        if token.expiresAt.timeIntervalSince(now()) < Self.refreshWindow {
            switch refreshability(token) {
            case .refreshable(let refreshToken, let clientId, let clientSecret):
                do {
                    token = try await refreshed(token, refreshToken: refreshToken, clientId: clientId, clientSecret: clientSecret)
                    try cache.save(token, sessionName: session, startURL: startURL)
                } catch let error as CancellationError {
                    throw error
                } catch {
                    reason = "refreshing it failed: \(error)"
                }
            case .notRefreshable(let why):
                reason = why
            }
        }
        guard token.expiresAt > now() else {
            throw AWSIdentityError.ssoTokenExpired(
                name: SSOTokenCache.loginName(sessionName: session, startURL: startURL),
                path: cache.path(sessionName: session, startURL: startURL), reason: reason)
        }
        return token.accessToken
    }

    private enum Refreshability {
        case refreshable(refreshToken: String, clientId: String, clientSecret: String)
        case notRefreshable(String)
    }

    private func refreshability(_ token: SSOToken) -> Refreshability {
        guard settings.sessionName != nil else {
            return .notRefreshable("the legacy sso_start_url form cannot be refreshed (an sso_session can)")
        }
        guard let refreshToken = token.refreshToken, let clientId = token.clientId, let clientSecret = token.clientSecret else {
            return .notRefreshable("it holds no refresh token")
        }
        if let registrationExpiresAt = token.registrationExpiresAt, registrationExpiresAt <= now() {
            return .notRefreshable("its client registration has expired")
        }
        return .refreshable(refreshToken: refreshToken, clientId: clientId, clientSecret: clientSecret)
    }

    private func refreshed(_ token: SSOToken, refreshToken: String, clientId: String, clientSecret: String) async throws -> SSOToken {
        let client = try SSOOIDCClient(configuration: context.unsignedConfiguration(region: settings.region))
        let response = try await client.createToken(
            CreateTokenRequest(clientId: clientId, clientSecret: clientSecret, grantType: "refresh_token", refreshToken: refreshToken))
        guard let accessToken = response.accessToken, let expiresIn = response.expiresIn else {
            throw AWSIdentityError.incompleteResponse(operation: "CreateToken", missing: "accessToken and expiresIn")
        }
        var updated = token
        updated.accessToken = accessToken
        updated.expiresAt = now().addingTimeInterval(TimeInterval(expiresIn))
        updated.refreshToken = response.refreshToken ?? refreshToken
        updated.document["startUrl"] = .string(settings.startURL)
        updated.document["region"] = .string(settings.region)
        return updated
    }
}
