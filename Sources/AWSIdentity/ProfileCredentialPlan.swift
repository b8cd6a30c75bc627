import AWSRuntime

/// How the credentials of a profile are obtained, as ``ProfileResolver`` works it out from the shared files
/// without calling anything.
public indirect enum ProfileCredentialPlan: Sendable, Equatable {
    /// The profile's own keys or `credential_process`, read by AWSRuntime's profile providers.
    case profile(String)
    /// `AssumeRole` into a role, signed with the credentials of `source`.
    case assumeRole(AssumeRoleSettings, source: ProfileCredentialPlan)
    /// A provider of AWSRuntime's chain, named by a role profile's `credential_source`.
    case credentialSource(CredentialSource)
    /// `AssumeRoleWithWebIdentity` with a token read from a file.
    case webIdentity(WebIdentitySettings)
    /// IAM Identity Center's `GetRoleCredentials`, with a token from the SSO cache.
    case sso(SSOSettings)
}

/// The values of a role profile's `credential_source`.
public enum CredentialSource: String, Sendable, Equatable, CaseIterable {
    /// `AWS_ACCESS_KEY_ID` and friends.
    case environment = "Environment"
    /// EC2 instance metadata (IMDSv2).
    case ec2InstanceMetadata = "Ec2InstanceMetadata"
    /// The ECS container credentials endpoint.
    case ecsContainer = "EcsContainer"

    /// The source a `credential_source` value names, compared without case as botocore does.
    public init?(settingValue: String) {
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == settingValue.lowercased() }) else {
            return nil
        }
        self = match
    }
}

/// The settings of one `AssumeRole` call, from a profile with `role_arn`.
public struct AssumeRoleSettings: Sendable, Equatable {
    /// The profile that holds them.
    public var profile: String
    /// `role_arn`.
    public var roleArn: String
    /// `role_session_name`; nil makes one up.
    public var roleSessionName: String?
    /// `external_id`.
    public var externalId: String?
    /// `duration_seconds`.
    public var durationSeconds: Int?

    /// Creates settings.
    public init(
        profile: String, roleArn: String, roleSessionName: String? = nil, externalId: String? = nil,
        durationSeconds: Int? = nil
    ) {
        self.profile = profile
        self.roleArn = roleArn
        self.roleSessionName = roleSessionName
        self.externalId = externalId
        self.durationSeconds = durationSeconds
    }
}

/// The settings of `AssumeRoleWithWebIdentity`, from the environment (`AWS_ROLE_ARN`,
/// `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_SESSION_NAME`) or a profile (`role_arn`, `web_identity_token_file`,
/// `role_session_name`).
public struct WebIdentitySettings: Sendable, Equatable {
    /// Where they come from, for messages: `the environment` or `profile "<name>"`.
    public var source: String
    /// The role to assume.
    public var roleArn: String
    /// The file that holds the token; read on every refresh, since EKS rotates it.
    public var tokenFile: String
    /// The session name; nil makes one up.
    public var roleSessionName: String?

    /// Creates settings.
    public init(source: String, roleArn: String, tokenFile: String, roleSessionName: String? = nil) {
        self.source = source
        self.roleArn = roleArn
        self.tokenFile = tokenFile
        self.roleSessionName = roleSessionName
    }
}

/// The settings of IAM Identity Center credentials, from a profile (`sso_account_id`, `sso_role_name`) and its
/// `[sso-session name]` section or, in the legacy form, the profile's own `sso_start_url` and `sso_region`.
public struct SSOSettings: Sendable, Equatable {
    /// The profile.
    public var profile: String
    /// `sso_session`; nil in the legacy form, whose token cannot be refreshed.
    public var sessionName: String?
    /// `sso_start_url`.
    public var startURL: String
    /// `sso_region`: where the portal and OIDC endpoints are.
    public var region: String
    /// `sso_account_id`.
    public var accountId: String
    /// `sso_role_name`.
    public var roleName: String

    /// Creates settings.
    public init(profile: String, sessionName: String?, startURL: String, region: String, accountId: String, roleName: String) {
        self.profile = profile
        self.sessionName = sessionName
        self.startURL = startURL
        self.region = region
        self.accountId = accountId
        self.roleName = roleName
    }
}
