/// Why credentials could not be found. Descriptions never contain secrets.
public enum AWSCredentialsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One provider of a chain and why it failed.
    public struct ProviderFailure: Sendable, Equatable {
        /// The provider's ``AWSCredentialProvider/name``.
        public var provider: String
        /// The description of its error.
        public var reason: String

        /// Creates a failure record.
        public init(provider: String, reason: String) {
            self.provider = provider
            self.reason = reason
        }
    }

    /// Required environment variables are unset or empty.
    case environmentVariablesMissing([String])
    /// The profile is in none of the shared files.
    case profileNotFound(profile: String, files: [String])
    /// The profile exists but lacks a key credentials need.
    case profileKeyMissing(profile: String, key: String, file: String)
    /// A shared config or credentials file exists but cannot be read.
    case fileUnreadable(path: String)
    /// A line of a shared config or credentials file is neither a section, a `key = value` pair nor a comment.
    case malformedFile(path: String, line: Int)
    /// No provider of a chain returned credentials.
    case noCredentials([ProviderFailure])

    /// A readable explanation.
    public var description: String {
        switch self {
        case .environmentVariablesMissing(let names):
            return "environment variables not set: \(names.joined(separator: ", "))"
        case .profileNotFound(let profile, let files):
            return "profile \"\(profile)\" not found in \(files.joined(separator: " or "))"
        case .profileKeyMissing(let profile, let key, let file):
            return "profile \"\(profile)\" in \(file) has no \(key)"
        case .fileUnreadable(let path):
            return "cannot read \(path)"
        case .malformedFile(let path, let line):
            return "\(path):\(line): expected [section], key = value or a comment"
        case .noCredentials(let failures):
            let tried = failures.map { "\($0.provider): \($0.reason)" }.joined(separator: "; ")
            return "no credentials found; tried \(failures.count) provider(s): \(tried)"
        }
    }
}
