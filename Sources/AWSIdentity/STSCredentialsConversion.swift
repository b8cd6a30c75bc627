import AWSRuntime
import STS

/// Turns the credentials of an STS response into ``AWSCredentials``.
enum STSCredentialsConversion {
    /// `credentials` with the account of `assumedRoleArn` (`arn:aws:sts::<account>:assumed-role/...`), as
    /// botocore adds it; throws when the response holds none.
    static func credentials(
        _ credentials: STS.Credentials?, assumedRoleArn: String?, operation: String
    ) throws(AWSIdentityError) -> AWSCredentials {
        guard let credentials else {
            throw .incompleteResponse(operation: operation, missing: "Credentials")
        }
        let arnParts = assumedRoleArn?.split(separator: ":", omittingEmptySubsequences: false) ?? []
        let account = arnParts.count > 4 && !arnParts[4].isEmpty ? String(arnParts[4]) : nil
        return AWSCredentials(
            accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
            sessionToken: credentials.sessionToken, expiration: credentials.expiration, accountId: account)
    }
}
