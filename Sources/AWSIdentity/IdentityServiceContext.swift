import AWSRuntime
import Foundation
import Logging

/// What this library's providers reach STS and IAM Identity Center with: the environment (which also gives
/// `AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL_SSO`, `AWS_ENDPOINT_URL_SSO_OIDC` and `AWS_ENDPOINT_URL`, as for any
/// client), a transport and the logger of the client the credentials are for.
struct IdentityServiceContext: Sendable {
    var environment: [String: String]
    var transport: any AWSTransport
    var logger: Logger

    /// The configuration of a client in `region` that signs with `credentials`.
    func configuration(region: String, credentials: any AWSCredentialProvider) -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: region, credentials: credentials, transport: transport, logger: logger, environment: environment)
    }

    /// The configuration of a client whose calls are unsigned (`AssumeRoleWithWebIdentity`, the SSO portal and
    /// OIDC calls): the generated operations send them without asking for credentials.
    func unsignedConfiguration(region: String) -> AWSClientConfiguration {
        configuration(region: region, credentials: UnsignedCallCredentials())
    }

    /// The region of STS calls made for `profile`: `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`,
    /// else `us-east-1`, whose regional endpoint `https://sts.us-east-1.amazonaws.com` botocore also falls back to.
    func stsRegion(profile: String?) -> String {
        ((try? AWSRegionResolver(profile: profile, environment: environment).region()) ?? nil) ?? "us-east-1"
    }

    /// A session name for a role whose settings give none, as botocore makes them.
    static func sessionName(now: Date = Date()) -> String {
        "aws-swift-session-\(Int(now.timeIntervalSince1970))"
    }
}

/// Stands in for credentials on clients whose operations are all unsigned; asked anyway, it fails.
struct UnsignedCallCredentials: AWSCredentialProvider {
    var name: String { "unsigned" }

    func credentials() async throws -> AWSCredentials {
        throw AWSConfigurationError("an unsigned identity call asked for credentials")
    }
}
