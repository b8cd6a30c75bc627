import Crypto
import Foundation
import Testing

@testable import AWSRuntime

/// AWS's own SigV4a suite from its C runtime (aws-c-auth), header and query signing.
///
/// SigV4a signatures are ECDSA signatures, different at every signing, so each case checks that the canonical
/// request and the string to sign are the suite's exactly, that the signature verifies with the case's public key,
/// and that the signed request is the suite's but for the signature. Two cases (get-vanilla-query-order-key and
/// -value) hold only the request and its context: they are signed, and the signature verified with the key
/// derived from their credentials.
@Suite struct AWSCAuthSigV4aTests {
    static let suite = "aws-c-auth/aws-signing-test-suite/v4a"

    static func cases() throws -> [String] {
        try AWSCAuthSuiteCase.names(in: suite)
    }

    enum Mode: String, CaseIterable, CustomTestStringConvertible {
        case header, query
        var testDescription: String { rawValue }
    }

    static func signer(for suiteCase: AWSCAuthSuiteCase) -> AWSSigV4aSigner {
        AWSSigV4aSigner(
            regionSet: [suiteCase.region], service: suiteCase.service, usesStandardURIRules: suiteCase.normalizes,
            addsContentSHA256Header: suiteCase.signsBody, signsSessionToken: !suiteCase.omitsSessionToken)
    }

    /// What one signing produced: the texts signed, the signature and the signed request.
    struct Signing {
        let canonicalRequest: String
        let stringToSign: String
        let signature: String
        let request: AWSHTTPRequest
    }

    static func sign(_ suiteCase: AWSCAuthSuiteCase, mode: Mode) throws -> Signing {
        let signer = signer(for: suiteCase)
        var request = suiteCase.request
        switch mode {
        case .header:
            let amzDate = signer.addSigningHeaders(to: &request, credentials: suiteCase.credentials, date: suiteCase.date)
            let steps = try signer.signingSteps(for: request, credentials: suiteCase.credentials, amzDate: amzDate)
            // Then sign for real: the signed request, and the signature checked, are what `sign` makes of the
            // texts checked.
            request = suiteCase.request
            try signer.sign(&request, credentials: suiteCase.credentials, date: suiteCase.date)
            let signature = try #require(request.headers["Authorization"].flatMap(SigV4aSignatureCheck.signature(inAuthorization:)))
            #expect(request.headers["Authorization"].map(SigV4aSignatureCheck.withoutSignature(authorization:))
                == SigV4aSignatureCheck.withoutSignature(authorization: steps.authorization))
            return Signing(
                canonicalRequest: String(decoding: steps.canonicalRequest, as: UTF8.self),
                stringToSign: String(decoding: steps.stringToSign, as: UTF8.self), signature: signature, request: request)
        case .query:
            let steps = try signer.presigningSteps(
                for: &request, credentials: suiteCase.credentials, date: suiteCase.date, expires: suiteCase.expires)
            return Signing(
                canonicalRequest: String(decoding: steps.canonicalRequest, as: UTF8.self),
                stringToSign: String(decoding: steps.stringToSign, as: UTF8.self), signature: steps.signature,
                request: request)
        }
    }

    @Test func theSuiteHasFortyCases() throws {
        #expect(try Self.cases().count == 40)
    }

    @Test(arguments: try cases(), Mode.allCases)
    func signsLikeTheSuite(_ name: String, _ mode: Mode) throws {
        let suiteCase = try AWSCAuthSuiteCase(suite: Self.suite, name: name)
        let signing = try Self.sign(suiteCase, mode: mode)
        guard let publicKeyJSON = suiteCase.file("public-key.json") else {
            // No expected files: the signature must verify with the key derived from the credentials.
            let key = try SigV4aKeyDerivation.privateKey(
                accessKeyId: suiteCase.credentials.accessKeyId, secretAccessKey: suiteCase.credentials.secretAccessKey)
            #expect(SigV4aSignatureCheck.verifies(
                signature: signing.signature, stringToSign: signing.stringToSign, publicKey: key.publicKey))
            #expect(suiteCase.file("\(mode)-canonical-request.txt") == nil)
            return
        }
        let publicKey = try SigV4aSignatureCheck.publicKey(json: publicKeyJSON)
        let expectedCanonicalRequest = try suiteCase.requiredFile("\(mode)-canonical-request.txt")
        let expectedStringToSign = try suiteCase.requiredFile("\(mode)-string-to-sign.txt")
        let expectedRequest = try RawHTTPRequestParser.parse(try suiteCase.requiredFile("\(mode)-signed-request.txt"))
        let check = {
            #expect(signing.canonicalRequest == expectedCanonicalRequest)
            #expect(signing.stringToSign == expectedStringToSign)
            #expect(SigV4aSignatureCheck.verifies(
                signature: signing.signature, stringToSign: expectedStringToSign, publicKey: publicKey))
            #expect(SigV4aSignatureCheck.withoutSignature(signing.request) == SigV4aSignatureCheck.withoutSignature(expectedRequest))
        }
        guard let reason = Self.knownDifferences["\(name) \(mode)"] else { return check() }
        withKnownIssue(Comment(rawValue: reason), check)
    }

    /// Cases (`<name> header` or `<name> query`) the signer does not sign as the suite does, and why; each must
    /// still fail, so the list only shrinks.
    static let knownDifferences: [String: String] = [:]

    // MARK: The checks can fail

    @Test func aTamperedStringToSignOrSignatureDoesNotVerify() throws {
        let suiteCase = try AWSCAuthSuiteCase(suite: Self.suite, name: "get-vanilla")
        let publicKey = try SigV4aSignatureCheck.publicKey(json: try suiteCase.requiredFile("public-key.json"))
        for mode in Mode.allCases {
            let signing = try Self.sign(suiteCase, mode: mode)
            #expect(SigV4aSignatureCheck.verifies(signature: signing.signature, stringToSign: signing.stringToSign, publicKey: publicKey))
            let tamperedText = signing.stringToSign.replacingOccurrences(of: "20150830T123600Z", with: "20150830T123601Z")
            #expect(tamperedText != signing.stringToSign)
            #expect(!SigV4aSignatureCheck.verifies(signature: signing.signature, stringToSign: tamperedText, publicKey: publicKey))
            var signature = Array(signing.signature.utf8)
            signature[signature.count - 1] = signature.last == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
            #expect(!SigV4aSignatureCheck.verifies(
                signature: String(decoding: signature, as: UTF8.self), stringToSign: signing.stringToSign, publicKey: publicKey))
            let otherKey = P256.Signing.PrivateKey().publicKey
            #expect(!SigV4aSignatureCheck.verifies(signature: signing.signature, stringToSign: signing.stringToSign, publicKey: otherKey))
        }
    }

    @Test func signedRequestsDifferingOutsideTheSignatureAreNotEqual() throws {
        let suiteCase = try AWSCAuthSuiteCase(suite: Self.suite, name: "get-vanilla-with-session-token")
        for mode in Mode.allCases {
            let first = try Self.sign(suiteCase, mode: mode).request
            let second = try Self.sign(suiteCase, mode: mode).request
            #expect(first != second, "two ECDSA signatures of one request differ")
            #expect(SigV4aSignatureCheck.withoutSignature(first) == SigV4aSignatureCheck.withoutSignature(second))
            var changed = second
            changed.headers.add("X-Amz-Extra", "1")
            #expect(SigV4aSignatureCheck.withoutSignature(first) != SigV4aSignatureCheck.withoutSignature(changed))
            changed = second
            changed.query.append(.init(name: "extra", value: "1"))
            #expect(SigV4aSignatureCheck.withoutSignature(first) != SigV4aSignatureCheck.withoutSignature(changed))
        }
    }

    @Test func signsForARegionSet() throws {
        let signer = AWSSigV4aSigner(regionSet: ["us-east-1", "us-west-2"], service: "s3")
        let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        var request = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
        try signer.sign(&request, credentials: credentials, date: Date(timeIntervalSince1970: 1_440_938_160))
        #expect(request.headers["X-Amz-Region-Set"] == "us-east-1,us-west-2")
        #expect(request.headers["Authorization"]?.hasPrefix(
            "AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/20150830/s3/aws4_request, SignedHeaders=host;x-amz-date;x-amz-region-set, Signature=30") == true)
        var presigned = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
        try signer.presign(&presigned, credentials: credentials, date: Date(timeIntervalSince1970: 1_440_938_160), expires: 60)
        #expect(presigned.query.first { $0.name == "X-Amz-Region-Set" }?.value == "us-east-1%2Cus-west-2")
    }
}
