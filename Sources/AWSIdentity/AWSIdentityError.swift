/// Why a role, web identity or IAM Identity Center setup gave no credentials. Descriptions name the profile, file
/// or setting at fault and never hold a secret or a token.
public enum AWSIdentityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `source_profile` links lead back to a profile already on the path; `path` is the profiles in order,
    /// ending with the repeated one.
    case sourceProfileCycle(path: [String])
    /// A profile's `source_profile` names a profile in neither shared file.
    case sourceProfileNotFound(profile: String, sourceProfile: String)
    /// A profile with `role_arn` sets both `source_profile` and `credential_source`.
    case conflictingRoleSources(profile: String)
    /// A profile with `role_arn` sets neither `source_profile` nor `credential_source`.
    case roleSourceMissing(profile: String)
    /// A profile's `credential_source` is not `Environment`, `Ec2InstanceMetadata` or `EcsContainer`.
    case unsupportedCredentialSource(profile: String, value: String)
    /// A role profile sets `mfa_serial`: the role needs a code from an MFA device, and there is nothing to ask.
    case mfaNotSupported(profile: String)
    /// A setting's value cannot be used, such as a `duration_seconds` that is not a whole number.
    case invalidSetting(source: String, key: String, reason: String)
    /// A `source_profile` has no credentials of its own.
    case sourceProfileHasNoCredentials(profile: String, reason: String)
    /// A web identity setup names a token file but no role (`role_arn` / `AWS_ROLE_ARN`).
    case webIdentityRoleMissing(source: String)
    /// The web identity token file cannot be read, or is empty.
    case webIdentityTokenUnreadable(path: String)
    /// A profile's `sso_session` names no `[sso-session ...]` section of the config file.
    case ssoSessionNotFound(profile: String, session: String)
    /// A profile (with its sso-session) lacks settings IAM Identity Center needs.
    case ssoSettingsMissing(profile: String, keys: [String])
    /// A profile and its sso-session give different values for the same setting.
    case ssoSettingsConflict(profile: String, key: String)
    /// There is no cached IAM Identity Center token for the session or start URL (`name`) at `path`.
    case ssoTokenMissing(name: String, path: String)
    /// The cached token file at `path` cannot be used.
    case ssoTokenInvalid(path: String, reason: String)
    /// The cached token at `path` has expired and cannot be refreshed: `reason` says why.
    case ssoTokenExpired(name: String, path: String, reason: String)
    /// The refreshed token could not be written back to `path`.
    case ssoTokenUnwritable(path: String)
    /// A service answered without the credentials or token it should hold.
    case incompleteResponse(operation: String, missing: String)
    /// Neither the profile nor the environment sets up a role, web identity or IAM Identity Center.
    case notConfigured(profile: String)

    /// A readable explanation.
    public var description: String {
        switch self {
        case .sourceProfileCycle(let path):
            return "source_profile links form a cycle: \(path.map { "\"\($0)\"" }.joined(separator: " -> "))"
        case .sourceProfileNotFound(let profile, let source):
            return "the source_profile \"\(source)\" of profile \"\(profile)\" does not exist"
        case .conflictingRoleSources(let profile):
            return "profile \"\(profile)\" sets both source_profile and credential_source; set one"
        case .roleSourceMissing(let profile):
            return "profile \"\(profile)\" sets role_arn but neither source_profile nor credential_source"
        case .unsupportedCredentialSource(let profile, let value):
            return "profile \"\(profile)\" has credential_source \"\(value)\"; expected Environment, "
                + "Ec2InstanceMetadata or EcsContainer"
        case .mfaNotSupported(let profile):
            return "profile \"\(profile)\" sets mfa_serial: assuming its role needs an MFA code, which nothing "
                + "here can prompt for; get session credentials with the code first (aws sts get-session-token) "
                + "and use a profile without mfa_serial"
        case .invalidSetting(let source, let key, let reason):
            return "\(source): \(key) \(reason)"
        case .sourceProfileHasNoCredentials(let profile, let reason):
            return "the source profile \"\(profile)\" has no credentials: \(reason)"
        case .webIdentityRoleMissing(let source):
            return "\(source) sets a web identity token file but no role ARN (role_arn or AWS_ROLE_ARN)"
        case .webIdentityTokenUnreadable(let path):
            return "cannot read a web identity token from \(path)"
        case .ssoSessionNotFound(let profile, let session):
            return "profile \"\(profile)\" names sso_session \"\(session)\", which has no [sso-session \(session)] section"
        case .ssoSettingsMissing(let profile, let keys):
            return "profile \"\(profile)\" is set up for IAM Identity Center but lacks \(keys.joined(separator: ", "))"
        case .ssoSettingsConflict(let profile, let key):
            return "profile \"\(profile)\" and its sso-session give different values for \(key)"
        case .ssoTokenMissing(let name, let path):
            return "no IAM Identity Center token for \(name) at \(path); run `aws sso login`"
        case .ssoTokenInvalid(let path, let reason):
            return "the IAM Identity Center token at \(path) cannot be used: \(reason)"
        case .ssoTokenExpired(let name, let path, let reason):
            return "the IAM Identity Center token for \(name) at \(path) has expired and \(reason); run `aws sso login`"
        case .ssoTokenUnwritable(let path):
            return "cannot write the refreshed IAM Identity Center token to \(path)"
        case .incompleteResponse(let operation, let missing):
            return "\(operation) answered without \(missing)"
        case .notConfigured(let profile):
            return "profile \"\(profile)\" sets no role_arn, web_identity_token_file or sso_account_id, "
                + "and the environment no AWS_WEB_IDENTITY_TOKEN_FILE"
        }
    }
}
