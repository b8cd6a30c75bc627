import Foundation

/// Finds the region as the AWS SDKs do: the value given, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else
/// the `region` of the shared config profile (see ``SharedConfig``). Empty values count as unset.
public struct AWSRegionResolver: Sendable {
    private let profile: String?
    private let environment: [String: String]

    /// Creates a resolver that reads `environment` (the process environment by default) and the shared
    /// files' `profile` (nil: `AWS_PROFILE`, else `default`).
    public init(profile: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.profile = profile
        self.environment = environment
    }

    /// The region: `explicit`, else the environment, else the profile; nil when none sets one.
    ///
    /// Throws ``AWSCredentialsError`` when a shared file it has to read is unreadable or malformed.
    public func region(explicit: String? = nil) throws -> String? {
        switch try resolve(explicit) {
        case .found(let region): region
        case .missing: nil
        }
    }

    /// The region as ``region(explicit:)`` finds it, else ``AWSRegionError``.
    public func requiredRegion(explicit: String? = nil) throws -> String {
        try requiredRegion(explicit: explicit, sharedConfig: nil)
    }

    /// The region as ``requiredRegion(explicit:)`` finds it, reading the profile from `sharedConfig` when it gives
    /// one (the client's settings, so that the files are read once).
    func requiredRegion(explicit: String?, sharedConfig: (() throws -> SharedConfig?)?) throws -> String {
        switch try resolve(explicit, sharedConfig: sharedConfig) {
        case .found(let region):
            return region
        case .missing(let config):
            throw AWSRegionError(profile: config.profile, files: [config.credentialsPath, config.configPath])
        }
    }

    private enum Resolution {
        case found(String)
        /// No region anywhere; the shared configuration that was read.
        case missing(SharedConfig)
    }

    private func resolve(_ explicit: String?, sharedConfig: (() throws -> SharedConfig?)? = nil) throws -> Resolution {
        if let explicit, !explicit.isEmpty {
            return .found(explicit)
        }
        if let region = environment.nonEmptyValue("AWS_REGION") ?? environment.nonEmptyValue("AWS_DEFAULT_REGION") {
            return .found(region)
        }
        let config = try sharedConfig?() ?? SharedConfig(profile: profile, environment: environment)
        if let region = config.region, !region.isEmpty {
            return .found(region)
        }
        return .missing(config)
    }
}
