import Foundation

/// Reads `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and the optional `AWS_SESSION_TOKEN`.
public struct EnvironmentCredentialProvider: AWSCredentialProvider {
    private let environment: [String: String]

    /// Creates a provider over `environment`, the process environment by default.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// `environment`.
    public var name: String { "environment" }

    /// The credentials in the environment; empty variables count as unset.
    public func credentials() async throws -> AWSCredentials {
        let accessKeyName = "AWS_ACCESS_KEY_ID", secretName = "AWS_SECRET_ACCESS_KEY"
        let accessKey = environment.nonEmptyValue(accessKeyName), secret = environment.nonEmptyValue(secretName)
        guard let accessKey, let secret else {
            let identityVariables = AWSIdentityRequirement.environmentVariables
            if identityVariables.allSatisfy({ environment.nonEmptyValue($0) != nil }) {
                throw AWSCredentialsError.needsAWSIdentity(source: "the environment", keys: identityVariables)
            }
            let missing = [(accessKeyName, accessKey), (secretName, secret)].filter { $0.1 == nil }.map(\.0)
            throw AWSCredentialsError.environmentVariablesMissing(missing)
        }
        let sessionToken = environment.nonEmptyValue("AWS_SESSION_TOKEN")
        return AWSCredentials(
            accessKeyId: accessKey, secretAccessKey: secret, sessionToken: sessionToken,
            accountId: environment.nonEmptyValue("AWS_ACCOUNT_ID"))
    }
}
