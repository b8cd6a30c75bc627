/// The settings that only the `AWSIdentity` library's providers act on, which AWSRuntime's own providers name
/// in ``AWSCredentialsError/needsAWSIdentity(source:keys:)`` instead of reporting missing keys.
package enum AWSIdentityRequirement {
    /// Profile keys that ask for a role (STS) or IAM Identity Center.
    package static let profileKeys = [
        "role_arn", "web_identity_token_file", "sso_session", "sso_start_url", "sso_account_id", "sso_role_name",
    ]
    /// The environment variables of a web identity (EKS IRSA) setup.
    package static let environmentVariables = ["AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"]
}
