import Foundation
import Testing

@testable import AWSRuntime

/// One case of AWS's signing suite from its C runtime (aws-c-auth): its context, its request and its expected files.
struct AWSCAuthSuiteCase {
    /// The case's folder under `Resources`.
    let folder: String
    /// The credentials, with the session token even when the case omits it from the signature.
    let credentials: AWSCredentials
    /// Whether the session token is left out of the signature and added after signing.
    let omitsSessionToken: Bool
    let region: String
    let service: String
    /// False for S3-style URI rules.
    let normalizes: Bool
    /// Whether header signing adds `x-amz-content-sha256`.
    let signsBody: Bool
    let date: Date
    /// How long a presigned request is valid, in seconds.
    let expires: Int
    /// The request to sign.
    let request: AWSHTTPRequest

    /// The sorted case names of `suite` (`aws-c-auth/aws-signing-test-suite/v4` or `.../v4a`).
    static func names(in suite: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: TestResources.root.appendingPathComponent(suite).path).sorted()
    }

    init(suite: String, name: String) throws {
        folder = suite + "/" + name
        let context = try JSONValue.parse(try TestResources.text(folder + "/context.json"))
        let credentialsJSON = try #require(context["credentials"])
        credentials = AWSCredentials(
            accessKeyId: try #require(credentialsJSON["access_key_id"]?.stringValue),
            secretAccessKey: try #require(credentialsJSON["secret_access_key"]?.stringValue),
            sessionToken: credentialsJSON["token"]?.stringValue)
        omitsSessionToken = context["omit_session_token"]?.boolValue == true
        region = try #require(context["region"]?.stringValue)
        service = try #require(context["service"]?.stringValue)
        normalizes = context["normalize"]?.boolValue != false
        signsBody = context["sign_body"]?.boolValue == true
        let timestamp = try #require(context["timestamp"]?.stringValue)
        date = try #require(TimestampCoding.parseISO8601(timestamp))
        expires = Int(try #require(context["expiration_in_seconds"]?.intValue))
        request = try RawHTTPRequestParser.parse(try TestResources.text(folder + "/request.txt"))
    }

    /// The text of the case's file `name`, or nil when the case has no such file.
    func file(_ name: String) -> String? {
        try? TestResources.text(folder + "/" + name)
    }

    /// The text of the case's file `name`.
    func requiredFile(_ name: String) throws -> String {
        try TestResources.text(folder + "/" + name)
    }
}
