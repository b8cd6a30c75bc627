import Foundation

/// The selected profile of the shared credentials and config files, read together.
///
/// The profile is the one given, else `AWS_PROFILE`, else `default`. The files are
/// `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/credentials`) and `AWS_CONFIG_FILE` (default
/// `~/.aws/config`); a missing file counts as empty. For a key set in both, the credentials file wins.
public struct SharedConfig: Sendable {
    /// The selected profile name.
    public let profile: String
    /// The path of the credentials file.
    public let credentialsPath: String
    /// The path of the config file.
    public let configPath: String
    /// The parsed credentials file, nil when it does not exist.
    public let credentialsFile: SharedConfigFile?
    /// The parsed config file, nil when it does not exist.
    public let configFile: SharedConfigFile?

    /// Reads the files for `profile` (nil: from `environment`) with paths taken from `environment`.
    public init(profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.profile = Self.profileName(profile, environment: environment)
        credentialsPath = Self.path(override: environment["AWS_SHARED_CREDENTIALS_FILE"], default: "credentials", environment: environment)
        configPath = Self.path(override: environment["AWS_CONFIG_FILE"], default: "config", environment: environment)
        credentialsFile = try SharedConfigFile.load(path: credentialsPath, kind: .credentials)
        configFile = try SharedConfigFile.load(path: configPath, kind: .config)
    }

    /// The files that exist, credentials file first.
    public var files: [SharedConfigFile] { [credentialsFile, configFile].compactMap { $0 } }

    /// The value of `key` in the selected profile: from the credentials file, else from the config file.
    public func value(_ key: String) -> String? {
        files.lazy.compactMap { $0.value(profile: self.profile, key: key) }.first
    }

    /// The selected profile's `region`.
    public var region: String? { value("region") }

    /// The profile given, else `AWS_PROFILE`, else `default`.
    package static func profileName(_ profile: String?, environment: [String: String]) -> String {
        if let profile, !profile.isEmpty {
            return profile
        }
        if let fromEnvironment = environment.nonEmptyValue("AWS_PROFILE") {
            return fromEnvironment
        }
        return "default"
    }

    /// `override` with a leading `~` expanded, else `~/.aws/<name>`.
    private static func path(override: String?, default name: String, environment: [String: String]) -> String {
        let home = environment.nonEmptyValue("HOME") ?? NSHomeDirectory()
        guard let override, !override.isEmpty else { return home + "/.aws/" + name }
        return override == "~" || override.hasPrefix("~/") ? home + override.dropFirst() : override
    }
}

extension SharedConfig {
    /// The value of `key` for the service `service` (its service id in snake case, such as `docdb_elastic`) in the
    /// `[services name]` section of the config file that the selected profile names with `services = name`; nil when
    /// the profile names none or the section has no such key.
    ///
    /// Throws `AWSConfigurationError` when the profile names a section the config file does not have.
    public func serviceValue(service: String, key: String) throws -> String? {
        guard let name = value("services"), !name.isEmpty else { return nil }
        guard let section = configFile?.sections["services " + name] else {
            throw AWSConfigurationError(
                "the profile '\(profile)' uses the services section '\(name)', which \(configPath) does not have")
        }
        return section[service.lowercased() + "." + key.lowercased()]
    }
}
