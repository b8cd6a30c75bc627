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
    /// Neither `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` nor `AWS_CONTAINER_CREDENTIALS_FULL_URI` is set.
    case containerURIMissing
    /// A credentials endpoint URI cannot be used: it is malformed, or an `http` URI names a host that is
    /// neither loopback nor an ECS or EKS address.
    case endpointNotAllowed(uri: String, reason: String)
    /// The container authorization token, from the named file or environment variable, holds line breaks or
    /// other control characters.
    case authorizationTokenInvalid(source: String)
    /// `AWS_EC2_METADATA_DISABLED` turns the instance metadata service off.
    case instanceMetadataDisabled
    /// A credentials endpoint could not be reached.
    case endpointUnreachable(uri: String, reason: String)
    /// A credentials endpoint answered with an HTTP error status.
    case endpointStatus(method: String, uri: String, status: Int)
    /// A credentials endpoint answered with a body that does not hold credentials.
    case invalidEndpointResponse(uri: String, reason: String)
    /// A `credential_process` program failed, ran too long or printed no usable credentials.
    case processFailed(program: String, reason: String)
    /// No provider of a chain returned credentials.
    case noCredentials([ProviderFailure])
    /// The environment or a profile is set up for credentials that only the `AWSIdentity` library gets (from
    /// STS or IAM Identity Center): `source` is `the environment` or `profile "<name>"`, `keys` the settings
    /// that ask for it.
    case needsAWSIdentity(source: String, keys: [String])

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
        case .containerURIMissing:
            return "neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set"
        case .endpointNotAllowed(let uri, let reason):
            return "cannot use \(uri): \(reason)"
        case .authorizationTokenInvalid(let source):
            return "the authorization token from \(source) holds control characters"
        case .instanceMetadataDisabled:
            return "instance metadata disabled by AWS_EC2_METADATA_DISABLED"
        case .endpointUnreachable(let uri, let reason):
            return "cannot reach \(uri): \(reason)"
        case .endpointStatus(let method, let uri, let status):
            return "\(method) \(uri) returned HTTP \(status)"
        case .invalidEndpointResponse(let uri, let reason):
            return "\(uri) returned no usable credentials: \(reason)"
        case .processFailed(let program, let reason):
            return "credential_process \(program): \(reason)"
        case .needsAWSIdentity(let source, let keys):
            return "\(source) sets \(keys.joined(separator: ", ")), which needs the AWSIdentity library: add its product "
                + "and call AWSIdentity.bootstrap() once at startup, or pass AWSIdentity.defaultChain(...) as the "
                + "configuration's credentials"
        case .noCredentials(let failures):
            let tried = failures.map { "\($0.provider): \($0.reason)" }.joined(separator: "; ")
            return "no credentials found; tried \(failures.count) provider(s): \(tried)"
        }
    }
}
