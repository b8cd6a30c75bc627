import AWSRuntime

/// Works out, from the shared config and credentials files alone, how a profile's credentials are obtained:
/// botocore's rules for `role_arn` with `source_profile` (chains of any length, cycles rejected) or
/// `credential_source`, `web_identity_token_file`, and IAM Identity Center (`sso_session` or the legacy
/// `sso_start_url`).
public struct ProfileResolver: Sendable {
    /// Every profile's keys, both files merged; the credentials file wins a key set in both.
    public let profiles: [String: [String: String]]
    /// The `[sso-session name]` sections of the config file.
    public let ssoSessions: [String: [String: String]]

    /// Merges `files`; an earlier file wins a key set in several (``SharedConfig/files`` lists the credentials
    /// file first).
    public init(files: [SharedConfigFile]) {
        var profiles: [String: [String: String]] = [:]
        var sessions: [String: [String: String]] = [:]
        for file in files.reversed() {
            for (name, keys) in file.profiles {
                profiles[name, default: [:]].merge(keys) { _, later in later }
            }
            for (name, keys) in file.ssoSessions {
                sessions[name, default: [:]].merge(keys) { _, later in later }
            }
        }
        self.profiles = profiles
        ssoSessions = sessions
    }

    /// Merges the files of `config`.
    public init(_ config: SharedConfig) {
        self.init(files: config.files)
    }

    /// The plan for the selected `profile`, in botocore's order: a role (`role_arn` without
    /// `web_identity_token_file`), then web identity (each setting from `environment`'s `AWS_ROLE_ARN`,
    /// `AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_SESSION_NAME` before the profile's, unless `environment` is nil),
    /// then IAM Identity Center. Nil when none applies, and the profile's own keys are for AWSRuntime's providers.
    public func plan(profile: String, environment: [String: String]?) throws(AWSIdentityError) -> ProfileCredentialPlan? {
        let keys = profiles[profile] ?? [:]
        if Self.hasRoleSettings(keys) {
            return try assumeRole(profile, visited: [profile])
        }
        if let webIdentity = try webIdentity(profile: profile, environment: environment) {
            return .webIdentity(webIdentity)
        }
        if let sso = try sso(profile: profile) {
            return .sso(sso)
        }
        return nil
    }

    /// The web identity settings of the environment alone (EKS IRSA); nil when `AWS_WEB_IDENTITY_TOKEN_FILE` is unset.
    public static func environmentWebIdentity(_ environment: [String: String]) throws(AWSIdentityError) -> WebIdentitySettings? {
        try ProfileResolver(files: []).webIdentity(profile: nil, environment: environment)
    }

    private func assumeRole(_ name: String, visited: [String]) throws(AWSIdentityError) -> ProfileCredentialPlan {
        let keys = profiles[name] ?? [:]
        let sourceProfile = keys.nonEmpty("source_profile"), credentialSource = keys.nonEmpty("credential_source")
        if keys["mfa_serial"] != nil {
            throw .mfaNotSupported(profile: name)
        }
        let settings = AssumeRoleSettings(
            profile: name, roleArn: keys["role_arn"] ?? "", roleSessionName: keys.nonEmpty("role_session_name"),
            externalId: keys.nonEmpty("external_id"), durationSeconds: try durationSeconds(keys, profile: name))
        switch (sourceProfile, credentialSource) {
        case (.some, .some):
            throw .conflictingRoleSources(profile: name)
        case (nil, nil):
            throw .roleSourceMissing(profile: name)
        case (nil, .some(let value)):
            guard let source = CredentialSource(settingValue: value) else {
                throw .unsupportedCredentialSource(profile: name, value: value)
            }
            return .assumeRole(settings, source: .credentialSource(source))
        case (.some(let source), nil):
            guard let sourceKeys = profiles[source] else {
                throw .sourceProfileNotFound(profile: name, sourceProfile: source)
            }
            if visited.contains(source), source != name || !Self.hasStaticKeys(sourceKeys) {
                throw .sourceProfileCycle(path: visited + [source])
            }
            return .assumeRole(settings, source: try sourcePlan(source, visited: visited + [source]))
        }
    }

    /// botocore's `_resolve_credentials_from_profile`: a source profile with keys, or without a role of its own,
    /// gets its credentials from the profile providers (web identity, IAM Identity Center, keys,
    /// `credential_process`); one with a role assumes it in turn.
    private func sourcePlan(_ name: String, visited: [String]) throws(AWSIdentityError) -> ProfileCredentialPlan {
        let keys = profiles[name] ?? [:]
        if Self.hasStaticKeys(keys) || !Self.hasRoleSettings(keys) {
            if let webIdentity = try webIdentity(profile: name, environment: nil) {
                return .webIdentity(webIdentity)
            }
            if let sso = try sso(profile: name) {
                return .sso(sso)
            }
            return .profile(name)
        }
        return try assumeRole(name, visited: visited)
    }

    private func webIdentity(profile: String?, environment: [String: String]?) throws(AWSIdentityError) -> WebIdentitySettings? {
        let keys = profile.flatMap { profiles[$0] } ?? [:]
        var fromEnvironment = false
        func setting(_ key: String, _ variable: String) -> String? {
            if let value = environment?.nonEmpty(variable) {
                fromEnvironment = true
                return value
            }
            return keys.nonEmpty(key)
        }
        guard let tokenFile = setting("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE") else { return nil }
        let source = fromEnvironment || profile == nil ? "the environment" : "profile \"\(profile ?? "")\""
        guard let roleArn = setting("role_arn", "AWS_ROLE_ARN") else {
            throw .webIdentityRoleMissing(source: source)
        }
        return WebIdentitySettings(
            source: source, roleArn: roleArn, tokenFile: tokenFile,
            roleSessionName: setting("role_session_name", "AWS_ROLE_SESSION_NAME"))
    }

    /// botocore's `SSOProvider._load_sso_config`: a profile with `sso_account_id` or `sso_role_name` uses IAM
    /// Identity Center, with the settings of its `sso_session` merged in.
    private func sso(profile: String) throws(AWSIdentityError) -> SSOSettings? {
        var keys = profiles[profile] ?? [:]
        guard keys["sso_account_id"] != nil || keys["sso_role_name"] != nil else { return nil }
        var required = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"]
        let sessionName = keys.nonEmpty("sso_session")
        if let sessionName {
            guard let session = ssoSessions[sessionName] else {
                throw .ssoSessionNotFound(profile: profile, session: sessionName)
            }
            for (key, value) in session.sorted(by: { $0.key < $1.key }) {
                if let own = keys[key], own != value {
                    throw .ssoSettingsConflict(profile: profile, key: key)
                }
                keys[key] = value
            }
            required.append("sso_session")
        }
        let missing = required.filter { keys.nonEmpty($0) == nil }
        guard missing.isEmpty, let startURL = keys["sso_start_url"], let region = keys["sso_region"],
            let accountId = keys["sso_account_id"], let roleName = keys["sso_role_name"]
        else {
            throw .ssoSettingsMissing(profile: profile, keys: missing)
        }
        return SSOSettings(
            profile: profile, sessionName: sessionName, startURL: startURL, region: region, accountId: accountId,
            roleName: roleName)
    }

    private func durationSeconds(_ keys: [String: String], profile: String) throws(AWSIdentityError) -> Int? {
        guard let text = keys.nonEmpty("duration_seconds") else { return nil }
        guard let value = Int(text), value > 0 else {
            throw .invalidSetting(source: "profile \"\(profile)\"", key: "duration_seconds", reason: "is not a positive whole number of seconds")
        }
        return value
    }

    private static func hasStaticKeys(_ keys: [String: String]) -> Bool {
        keys["aws_access_key_id"] != nil || keys["aws_secret_access_key"] != nil
    }

    private static func hasRoleSettings(_ keys: [String: String]) -> Bool {
        keys["role_arn"] != nil && keys["web_identity_token_file"] == nil
    }
}

extension [String: String] {
    /// The value of `key`; nil when it is absent or empty.
    func nonEmpty(_ key: String) -> String? {
        self[key].flatMap { $0.isEmpty ? nil : $0 }
    }
}
