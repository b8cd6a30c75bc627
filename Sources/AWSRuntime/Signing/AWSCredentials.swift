import Foundation

/// AWS credentials: an access key pair, optionally with a session token and an expiration.
///
/// The descriptions and the mirror redact the secret access key and the session token, so
/// credentials can be logged or dumped without leaking secrets.
public struct AWSCredentials: Sendable, Equatable {
    /// The access key ID, such as `AKIDEXAMPLE`.
    public var accessKeyId: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?
    /// When temporary credentials expire; nil for long-term credentials.
    public var expiration: Date?
    /// The AWS account the credentials belong to, when their source says (`AWS_ACCOUNT_ID`, a profile's
    /// `aws_account_id`); services such as DynamoDB route requests by it.
    public var accountId: String?

    /// Creates credentials.
    public init(
        accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil,
        accountId: String? = nil
    ) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.accountId = accountId
    }
}

extension AWSCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private static let redacted = "<redacted>"

    /// A description that shows the access key ID and the expiration but redacts the secrets.
    public var description: String {
        var text = "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: \(Self.redacted)"
        if sessionToken != nil {
            text += ", sessionToken: \(Self.redacted)"
        }
        if let expiration {
            text += ", expiration: \(expiration)"
        }
        if let accountId {
            text += ", accountId: \(accountId)"
        }
        return text + ")"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror whose secret children are redacted.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accessKeyId": accessKeyId,
                "secretAccessKey": Self.redacted,
                "sessionToken": sessionToken.map { _ in Self.redacted } as Any,
                "expiration": expiration as Any,
                "accountId": accountId as Any,
            ],
            displayStyle: .struct
        )
    }
}
