import Foundation

/// Reads one client setting the way botocore's config store does: the environment variable when it is set and
/// not empty, else the key of the selected shared config profile. Malformed values are `AWSConfigurationError`s
/// that name the variable or the key they came from.
struct ConfigSettings {
    /// The environment variables to read.
    let environment: [String: String]
    /// Reads a key of the selected shared config profile; nil when the files have no such key.
    let profileValue: (String) throws -> String?
    /// Reads a key of a service (snake case) in the profile's `services` section; nil when there is none.
    let serviceValue: (_ service: String, _ key: String) throws -> String?
    /// The shared configuration these settings read, nil when they read keys through closures.
    private let files: LazySharedConfig?

    /// Reads `environment` and the keys of `profile` (nil: `AWS_PROFILE`, else `default`) from the shared files,
    /// which are read once, when the first key is asked for.
    init(profile: String?, environment: [String: String]) {
        self.environment = environment
        let config = LazySharedConfig(profile: profile, environment: environment)
        profileValue = { key in try config.shared().value(key) }
        serviceValue = { service, key in try config.shared().serviceValue(service: service, key: key) }
        files = config
    }

    /// Reads `environment` and keys through `profileValue` and `serviceValue`.
    init(
        environment: [String: String], profileValue: @escaping (String) throws -> String?,
        serviceValue: @escaping (_ service: String, _ key: String) throws -> String? = { _, _ in nil }
    ) {
        self.environment = environment
        self.profileValue = profileValue
        self.serviceValue = serviceValue
        files = nil
    }

    /// The shared configuration of the selected profile, read once for all the settings that need it; nil when
    /// these settings read keys through closures.
    func sharedConfig() throws -> SharedConfig? {
        try files?.shared()
    }

    /// The non-empty value of the environment variable, else of the profile key, and where it came from.
    func setting(_ variable: String?, _ key: String?) throws -> (String, source: String)? {
        if let variable, let value = environment.nonEmptyValue(variable) {
            return (value, "the environment variable \(variable)")
        }
        if let key, let value = try profileValue(key), !value.isEmpty {
            return (value, "the shared config key '\(key)'")
        }
        return nil
    }

    /// A boolean setting: `true` or `false` in any case.
    func flag(_ variable: String?, _ key: String?) throws -> Bool? {
        guard let (text, source) = try setting(variable, key) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw AWSConfigurationError("\(source) must be true or false, not '\(text)'")
        }
    }

    /// A setting with a fixed set of values, lowercased.
    func choice(_ variable: String?, _ key: String?, _ allowed: [String]) throws -> String? {
        guard let (text, source) = try setting(variable, key) else { return nil }
        let value = text.lowercased()
        guard allowed.contains(value) else {
            throw AWSConfigurationError("\(source) must be one of \(allowed.joined(separator: ", ")), not '\(text)'")
        }
        return value
    }

    /// A whole number setting of at least `minimum`.
    func integer(_ variable: String?, _ key: String?, minimum: Int) throws -> Int? {
        guard let (text, source) = try setting(variable, key) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= minimum else {
            throw AWSConfigurationError("\(source) must be a whole number of at least \(minimum), not '\(text)'")
        }
        return value
    }
}

/// The shared config of one profile, read on first use and then kept.
private final class LazySharedConfig {
    private let profile: String?
    private let environment: [String: String]
    private var config: SharedConfig?

    init(profile: String?, environment: [String: String]) {
        self.profile = profile
        self.environment = environment
    }

    func shared() throws -> SharedConfig {
        if let config { return config }
        let read = try SharedConfig(profile: profile, environment: environment)
        config = read
        return read
    }
}
