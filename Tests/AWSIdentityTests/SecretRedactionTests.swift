import AWSIdentity
import AWSRuntime
import Foundation
import Testing

/// No error or provider description of AWSIdentity shows a secret key, session token or SSO token.
struct SecretRedactionTests {
    static let secrets = [
        "SECRET-KEY-wJalrXUtnFEMI", "SESSION-TOKEN-FwoGZXIvYXdz", "SSO-ACCESS-TOKEN-aoa", "SSO-REFRESH-TOKEN-aor",
        "SSO-CLIENT-SECRET-eyJ", "WEB-IDENTITY-TOKEN-eyJhbGciOi",
    ]

    /// One of each error, with every parameter filled the way the providers fill it. The switch makes a new
    /// case fail to compile until it is added here.
    static var errors: [AWSIdentityError] {
        let samples: [AWSIdentityError] = [
            .sourceProfileCycle(path: ["a", "b", "a"]), .sourceProfileNotFound(profile: "a", sourceProfile: "b"),
            .conflictingRoleSources(profile: "a"), .roleSourceMissing(profile: "a"),
            .unsupportedCredentialSource(profile: "a", value: "Lambda"), .mfaNotSupported(profile: "a"),
            .invalidSetting(source: "profile \"a\"", key: "duration_seconds", reason: "is not a positive whole number of seconds"),
            .sourceProfileHasNoCredentials(profile: "a", reason: "none"), .webIdentityRoleMissing(source: "the environment"),
            .webIdentityTokenUnreadable(path: "/var/token"), .ssoSessionNotFound(profile: "a", session: "s"),
            .ssoSettingsMissing(profile: "a", keys: ["sso_region"]), .ssoSettingsConflict(profile: "a", key: "sso_region"),
            .ssoTokenMissing(name: "sso-session \"s\"", path: "/p"), .ssoTokenInvalid(path: "/p", reason: "no accessToken"),
            .ssoTokenExpired(name: "sso-session \"s\"", path: "/p", reason: "it holds no refresh token"),
            .ssoTokenUnwritable(path: "/p"), .incompleteResponse(operation: "AssumeRole", missing: "Credentials"),
            .notConfigured(profile: "a"),
        ]
        for sample in samples {
            switch sample {
            case .sourceProfileCycle, .sourceProfileNotFound, .conflictingRoleSources, .roleSourceMissing,
                .unsupportedCredentialSource, .mfaNotSupported, .invalidSetting, .sourceProfileHasNoCredentials,
                .webIdentityRoleMissing, .webIdentityTokenUnreadable, .ssoSessionNotFound, .ssoSettingsMissing,
                .ssoSettingsConflict, .ssoTokenMissing, .ssoTokenInvalid, .ssoTokenExpired, .ssoTokenUnwritable,
                .incompleteResponse, .notConfigured:
                break
            }
        }
        return samples
    }

    private func expectNoSecret(_ text: String, _ what: String) {
        for secret in Self.secrets {
            #expect(!text.contains(secret), "\(what) shows a secret: \(text)")
        }
    }

    /// Every error and provider this library makes, from files and an environment full of secrets, formatted
    /// with `description` and `debugDescription`.
    @Test func noDescriptionShowsASecret() async throws {
        let tokenFile = """
            {"accessToken": "SSO-ACCESS-TOKEN-aoa", "expiresAt": "2020-01-01T00:00:00Z", "refreshToken": "SSO-REFRESH-TOKEN-aor", \
            "clientId": "client", "clientSecret": "SSO-CLIENT-SECRET-eyJ", "registrationExpiresAt": "2020-01-01T00:00:00Z"}
            """
        let home = try IdentityTestHome(
            config: """
                [profile role]
                role_arn = arn:aws:iam::123456789012:role/r
                source_profile = base
                [profile mfa]
                role_arn = arn:aws:iam::123456789012:role/r
                source_profile = base
                mfa_serial = arn:aws:iam::123456789012:mfa/me
                [profile web]
                role_arn = arn:aws:iam::123456789012:role/r
                web_identity_token_file = WEBTOKENPATH
                [profile sso]
                sso_session = s
                sso_account_id = 111122223333
                sso_role_name = R
                [sso-session s]
                sso_start_url = https://x.awsapps.com/start
                sso_region = eu-west-1
                """,
            credentials: """
                [base]
                aws_access_key_id = AKIDBASE
                aws_secret_access_key = SECRET-KEY-wJalrXUtnFEMI
                aws_session_token = SESSION-TOKEN-FwoGZXIvYXdz
                """)
        defer { home.remove() }
        let webToken = try home.write("web-token", "WEB-IDENTITY-TOKEN-eyJhbGciOi")
        try home.write(".aws/config", try home.read(".aws/config").replacingOccurrences(of: "WEBTOKENPATH", with: webToken))
        try home.write(".aws/sso/cache/" + SSOTokenCache.fileName(sessionName: "s", startURL: "https://x.awsapps.com/start"), tokenFile)
        let environment = home.environment([
            "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "SECRET-KEY-wJalrXUtnFEMI",
            "AWS_SESSION_TOKEN": "SESSION-TOKEN-FwoGZXIvYXdz",
        ])

        var texts: [(String, String)] = Self.errors.map { ("\($0)", String(reflecting: $0)) }
        for profile in ["role", "mfa", "web", "sso", "base", "missing"] {
            let chain = AWSIdentity.defaultChain(profile: profile, environment: environment, transport: UnreachableTransport())
            texts.append((chain.name, String(reflecting: await chain.base)))
            let identity = ProfileIdentityProvider(profile: profile, environment: environment, transport: UnreachableTransport())
            do {
                if let provider = try await identity.provider() {
                    texts.append((provider.name, String(reflecting: provider)))
                }
                _ = try await identity.credentials()
            } catch {
                texts.append(("\(error)", String(reflecting: error)))
            }
        }
        let token = try SSOTokenCache(environment: environment).load(sessionName: "s", startURL: "https://x.awsapps.com/start")
        texts.append(("\(token)", String(reflecting: token)))
        let resolver = ProfileResolver(try SharedConfig(profile: "base", environment: environment))
        texts.append(("\(resolver)", String(reflecting: resolver)))
        var dumped = ""
        dump(resolver, to: &dumped)
        texts.append((dumped, dumped))
        let ssoSettings = try #require(try resolver.plan(profile: "sso", environment: nil)).ssoSettings
        let tokenProvider = SSOTokenProvider(
            settings: try #require(ssoSettings), cache: SSOTokenCache(environment: environment), environment: environment,
            transport: UnreachableTransport())
        texts.append(("\(tokenProvider)", String(reflecting: tokenProvider)))
        #expect(texts.count > Self.errors.count + 15)
        for (description, debug) in texts {
            expectNoSecret(description, "description")
            expectNoSecret(debug, "debug description")
        }
    }
}

extension ProfileCredentialPlan {
    /// The settings of an `.sso` plan.
    var ssoSettings: SSOSettings? {
        if case .sso(let settings) = self { return settings }
        return nil
    }
}
