import Foundation

/// Reads static credentials (`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`) of a profile
/// in the shared credentials and config files; see ``SharedConfig`` for how the profile and files are chosen.
///
/// The profile's keys come from one file: the credentials file when its profile has `aws_access_key_id`,
/// else the config file. The files are read on every call; wrap the provider in a
/// ``CachedCredentialProvider`` to read them once.
public struct ProfileCredentialProvider: AWSCredentialProvider {
    private let profileOverride: String?
    private let environment: [String: String]
    /// The one file to read the keys from; nil reads both.
    public let file: SharedConfigFile.Kind?

    /// Creates a provider of `profile` (nil: `AWS_PROFILE`, else `default`), with file paths from `environment`.
    /// With `file`, only that file's keys count: the default chain tries the credentials file, then the
    /// profile's `credential_process`, then the config file, as botocore does.
    public init(
        profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        file: SharedConfigFile.Kind? = nil
    ) {
        profileOverride = profile
        self.environment = environment
        self.file = file
    }

    /// The selected profile name.
    public var profile: String { SharedConfig.profileName(profileOverride, environment: environment) }

    /// `profile "<name>"`, followed by ` in the credentials file` or ` in the config file` when it reads one.
    public var name: String {
        switch file {
        case nil: "profile \"\(profile)\""
        case .credentials?: "profile \"\(profile)\" in the credentials file"
        case .config?: "profile \"\(profile)\" in the config file"
        }
    }

    /// The profile's credentials.
    public func credentials() async throws -> AWSCredentials {
        let config = try SharedConfig(profile: profileOverride, environment: environment)
        let candidates: [SharedConfigFile?]
        switch file {
        case nil: candidates = [config.credentialsFile, config.configFile]
        case .credentials?: candidates = [config.credentialsFile]
        case .config?: candidates = [config.configFile]
        }
        let holders = candidates.compactMap { $0 }.filter { $0.profiles[config.profile] != nil }
        guard let first = holders.first else {
            let paths = switch file {
            case nil: [config.credentialsPath, config.configPath]
            case .credentials?: [config.credentialsPath]
            case .config?: [config.configPath]
            }
            throw AWSCredentialsError.profileNotFound(profile: config.profile, files: paths)
        }
        let file = holders.first { $0.value(profile: config.profile, key: Key.accessKeyId) != nil } ?? first
        if file.value(profile: config.profile, key: Key.accessKeyId) == nil {
            let identityKeys = AWSIdentityRequirement.profileKeys.filter { config.value($0) != nil }
            if !identityKeys.isEmpty {
                throw AWSCredentialsError.needsAWSIdentity(source: "profile \"\(config.profile)\"", keys: identityKeys)
            }
        }
        func required(_ key: String) throws -> String {
            guard let value = file.value(profile: config.profile, key: key), !value.isEmpty else {
                throw AWSCredentialsError.profileKeyMissing(profile: config.profile, key: key, file: file.path)
            }
            return value
        }
        let sessionToken = file.value(profile: config.profile, key: Key.sessionToken)
        return AWSCredentials(
            accessKeyId: try required(Key.accessKeyId), secretAccessKey: try required(Key.secretAccessKey),
            sessionToken: sessionToken?.isEmpty == false ? sessionToken : nil,
            accountId: file.value(profile: config.profile, key: Key.accountId).flatMap { $0.isEmpty ? nil : $0 })
    }

    private enum Key {
        static let accessKeyId = "aws_access_key_id"
        static let secretAccessKey = "aws_secret_access_key"
        static let sessionToken = "aws_session_token"
        static let accountId = "aws_account_id"
    }
}
