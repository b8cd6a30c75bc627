import AWSRuntime
import Foundation

/// An IAM Identity Center access token as the AWS CLI caches it in `~/.aws/sso/cache/<sha1>.json`
/// (`accessToken`, `expiresAt`, and for `sso_session` logins `refreshToken`, `clientId`, `clientSecret`,
/// `registrationExpiresAt`). Its description shows no token or secret.
public struct SSOToken: Sendable, Equatable, CustomStringConvertible {
    /// The bearer token of the portal calls.
    public var accessToken: String
    /// When `accessToken` expires.
    public var expiresAt: Date
    /// Gets a new access token from SSO-OIDC `CreateToken`.
    public var refreshToken: String?
    /// The client registration that `refreshToken` belongs to.
    public var clientId: String?
    /// The secret of the client registration.
    public var clientSecret: String?
    /// When the client registration expires; no refresh after that.
    public var registrationExpiresAt: Date?
    /// Every member of the file as read, so that a rewrite keeps the ones not modelled here (`startUrl`,
    /// `region`, `scopes`, …).
    var document: [String: JSONValue]

    /// Reads a token document; `path` is for messages.
    init(parsing bytes: [UInt8], path: String) throws(AWSIdentityError) {
        guard let document = (try? JSONValue.parse(bytes))?.objectValue else {
            throw .ssoTokenInvalid(path: path, reason: "not a JSON object")
        }
        guard let accessToken = document["accessToken"]?.stringValue, !accessToken.isEmpty else {
            throw .ssoTokenInvalid(path: path, reason: "no accessToken")
        }
        guard let expiresText = document["expiresAt"]?.stringValue, let expiresAt = Self.date(expiresText) else {
            throw .ssoTokenInvalid(path: path, reason: "no expiresAt in ISO 8601 form")
        }
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        refreshToken = document["refreshToken"]?.stringValue
        clientId = document["clientId"]?.stringValue
        clientSecret = document["clientSecret"]?.stringValue
        registrationExpiresAt = document["registrationExpiresAt"]?.stringValue.flatMap(Self.date)
        self.document = document
    }

    /// The document to write: what was read, with the modelled members replaced.
    func serialized() -> String {
        var document = self.document
        document["accessToken"] = .string(accessToken)
        document["expiresAt"] = .string(Self.text(expiresAt))
        document["refreshToken"] = refreshToken.map { .string($0) }
        document["clientId"] = clientId.map { .string($0) }
        document["clientSecret"] = clientSecret.map { .string($0) }
        document["registrationExpiresAt"] = registrationExpiresAt.map { .string(Self.text($0)) }
        return JSONValue.object(document).serializedString()
    }

    /// `SSOToken(expiresAt: …, refreshable: …)`.
    public var description: String {
        "SSOToken(expiresAt: \(Self.text(expiresAt)), refreshable: \(refreshToken != nil))"
    }

    /// An ISO 8601 time as the CLI writes it: `2026-12-03T10:00:00Z`, with or without fractional seconds, an
    /// offset instead of `Z`, or the AWS CLI v1's `UTC` suffix.
    static func date(_ text: String) -> Date? {
        let normalized = text.hasSuffix("UTC") ? String(text.dropLast(3)) + "Z" : text
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: normalized) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: normalized)
    }

    /// `date` as `2026-12-03T10:00:00Z`, botocore's form.
    static func text(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
