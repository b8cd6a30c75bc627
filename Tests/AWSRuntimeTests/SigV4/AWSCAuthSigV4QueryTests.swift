import Foundation
import Testing

@testable import AWSRuntime

/// AWS's own SigV4 suite from its C runtime (aws-c-auth), query signing (presigning): the canonical request, the
/// string to sign, the signature and the signed request of every case.
@Suite struct AWSCAuthSigV4QueryTests {
    static let suite = AWSCAuthSigV4Tests.suite

    static func cases() throws -> [String] {
        try AWSCAuthSuiteCase.names(in: suite)
    }

    @Test(arguments: try cases())
    func signsQueriesLikeTheSuite(_ name: String) throws {
        let suiteCase = try AWSCAuthSuiteCase(suite: Self.suite, name: name)
        let signer = AWSSigV4Signer(
            region: suiteCase.region, service: suiteCase.service, usesStandardURIRules: suiteCase.normalizes,
            addsContentSHA256Header: suiteCase.signsBody, signsSessionToken: !suiteCase.omitsSessionToken)
        var request = suiteCase.request
        let steps = try signer.presigningSteps(
            for: &request, credentials: suiteCase.credentials, date: suiteCase.date, expires: suiteCase.expires)
        let expectedCanonicalRequest = try suiteCase.requiredFile("query-canonical-request.txt")
        let expectedStringToSign = try suiteCase.requiredFile("query-string-to-sign.txt")
        let expectedSignature = try suiteCase.requiredFile("query-signature.txt")
        let expectedRequest = try RawHTTPRequestParser.parse(try suiteCase.requiredFile("query-signed-request.txt"))
        let check = {
            #expect(String(decoding: steps.canonicalRequest, as: UTF8.self) == expectedCanonicalRequest)
            #expect(String(decoding: steps.stringToSign, as: UTF8.self) == expectedStringToSign)
            #expect(steps.signature == expectedSignature)
            #expect(request == expectedRequest)
        }
        guard let reason = Self.knownDifferences[name] else { return check() }
        withKnownIssue(Comment(rawValue: reason), check)
    }

    /// Cases the signer does not sign as the suite does, and why; each must still fail, so the list only shrinks.
    ///
    /// The same as header signing's: the difference is in the canonical URI, which both share.
    static let knownDifferences = AWSCAuthSigV4Tests.knownDifferences
}
