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

    /// Creates a provider of `profile` (nil: `AWS_PROFILE`, else `default`), with file paths from `environment`.
    public init(profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        profileOverride = profile
        self.environment = environment
    }

    /// The selected profile name.
    public var profile: String { SharedConfig.profileName(profileOverride, environment: environment) }

    /// `profile "<name>"`.
    public var name: String { "profile \"\(profile)\"" }

    /// The profile's credentials.
    public func credentials() async throws -> AWSCredentials {
        let config = try SharedConfig(profile: profileOverride, environment: environment)
        let holders = config.files.filter { $0.profiles[config.profile] != nil }
        guard let first = holders.first else {
            throw AWSCredentialsError.profileNotFound(
                profile: config.profile, files: [config.credentialsPath, config.configPath])
        }
        let file = holders.first { $0.value(profile: config.profile, key: Key.accessKeyId) != nil } ?? first
        func required(_ key: String) throws -> String {
            guard let value = file.value(profile: config.profile, key: key), !value.isEmpty else {
                throw AWSCredentialsError.profileKeyMissing(profile: config.profile, key: key, file: file.path)
            }
            return value
        }
        let sessionToken = file.value(profile: config.profile, key: Key.sessionToken)
        return AWSCredentials(
            accessKeyId: try required(Key.accessKeyId), secretAccessKey: try required(Key.secretAccessKey),
            sessionToken: sessionToken?.isEmpty == false ? sessionToken : nil)
    }

    private enum Key {
        static let accessKeyId = "aws_access_key_id"
        static let secretAccessKey = "aws_secret_access_key"
        static let sessionToken = "aws_session_token"
    }
}
