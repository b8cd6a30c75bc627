import AWSRuntime
import Logging
import Foundation
import STS

/// Assumes a role with STS `AssumeRoleWithWebIdentity` (unsigned), presenting the token in a file: EKS IRSA's
/// `AWS_ROLE_ARN` and `AWS_WEB_IDENTITY_TOKEN_FILE`, or a profile's `role_arn` and `web_identity_token_file`.
///
/// The token file is read on every call, since the orchestrator rotates it.
public struct WebIdentityProvider: AWSCredentialProvider {
    /// The role, the token file and the session name.
    public let settings: WebIdentitySettings
    /// The region of the STS endpoint.
    public let region: String
    private let context: IdentityServiceContext

    /// Creates a provider for `settings`, calling STS in `region` through `transport`; `environment` may set
    /// the endpoint (`AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`).
    public init(
        settings: WebIdentitySettings, region: String, environment: [String: String], transport: any AWSTransport,
        logger: Logger = Logger(label: "AWSIdentity")
    ) {
        self.settings = settings
        self.region = region
        context = IdentityServiceContext(environment: environment, transport: transport, logger: logger)
    }

    /// `web identity <arn> (<source>)`.
    public var name: String { "web identity \(settings.roleArn) (\(settings.source))" }

    /// New credentials of the role, for the token the file holds now.
    public func credentials() async throws -> AWSCredentials {
        let token = try readToken()
        let client = try STSClient(configuration: context.unsignedConfiguration(region: region))
        let response = try await client.assumeRoleWithWebIdentity(
            AssumeRoleWithWebIdentityRequest(
                roleArn: settings.roleArn,
                roleSessionName: settings.roleSessionName ?? IdentityServiceContext.sessionName(),
                webIdentityToken: token))
        return try STSCredentialsConversion.credentials(
            response.credentials, assumedRoleArn: response.assumedRoleUser?.arn, operation: "AssumeRoleWithWebIdentity")
    }

    private func readToken() throws(AWSIdentityError) -> String {
        guard let data = FileManager.default.contents(atPath: settings.tokenFile) else {
            throw .webIdentityTokenUnreadable(path: settings.tokenFile)
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw .webIdentityTokenUnreadable(path: settings.tokenFile) }
        return token
    }
}
