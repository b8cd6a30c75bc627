import Foundation
import Testing

@testable import AWSRuntime

/// AWS's own SigV4 suite from its C runtime (aws-c-auth), header signing: the canonical request, the string to
/// sign and the `Authorization` header of every case.
@Suite struct AWSCAuthSigV4Tests {
    static let suite = "aws-c-auth/aws-signing-test-suite/v4"

    static func cases() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: TestResources.root.appendingPathComponent(suite).path).sorted()
    }

    @Test func theSuiteHasThirtyEightCases() throws {
        #expect(try Self.cases().count == 38)
    }

    @Test(arguments: try cases())
    func signsHeadersLikeTheSuite(_ name: String) throws {
        let folder = Self.suite + "/" + name
        let context = try JSONValue.parse(try TestResources.text(folder + "/context.json"))
        let credentialsJSON = try #require(context["credentials"])
        let omitsToken = context["omit_session_token"]?.boolValue == true
        let credentials = AWSCredentials(
            accessKeyId: try #require(credentialsJSON["access_key_id"]?.stringValue),
            secretAccessKey: try #require(credentialsJSON["secret_access_key"]?.stringValue),
            sessionToken: omitsToken ? nil : credentialsJSON["token"]?.stringValue)
        let signer = AWSSigV4Signer(
            region: try #require(context["region"]?.stringValue), service: try #require(context["service"]?.stringValue),
            usesStandardURIRules: context["normalize"]?.boolValue != false,
            addsContentSHA256Header: context["sign_body"]?.boolValue == true)
        let timestamp = try #require(context["timestamp"]?.stringValue)
        let date = try #require(TimestampCoding.parseISO8601(timestamp))
        var request = try RawHTTPRequestParser.parse(try TestResources.text(folder + "/request.txt"))
        let amzDate = signer.addSigningHeaders(to: &request, credentials: credentials, date: date)
        let steps = signer.signingSteps(for: request, credentials: credentials, amzDate: amzDate)
        let signed = try TestResources.text(folder + "/header-signed-request.txt")
        let authorization = signed.split(separator: "\n").first { $0.hasPrefix("Authorization:") }.map { String($0.dropFirst(14)) }
        let expectedCanonicalRequest = try TestResources.text(folder + "/header-canonical-request.txt")
        let expectedStringToSign = try TestResources.text(folder + "/header-string-to-sign.txt")
        let check = {
            #expect(String(decoding: steps.canonicalRequest, as: UTF8.self) == expectedCanonicalRequest)
            #expect(String(decoding: steps.stringToSign, as: UTF8.self) == expectedStringToSign)
            #expect(steps.authorization == authorization)
        }
        guard let reason = Self.knownDifferences[name] else { return check() }
        withKnownIssue(Comment(rawValue: reason), check)
    }

    /// Cases the signer does not sign as the suite does, and why; each must still fail, so the list only shrinks.
    static let knownDifferences: [String: String] = [:]
}
