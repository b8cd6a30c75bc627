import Foundation
import Testing

@testable import AWSRuntime

/// Signer behaviour the AWS suite does not cover.
@Suite struct SigV4SignerTests {
    let credentials = AWSCredentials(
        accessKeyId: SigV4SuiteCase.Inputs.accessKeyId, secretAccessKey: SigV4SuiteCase.Inputs.secretAccessKey)
    let date = SigV4SuiteCase.Inputs.date

    private func canonicalRequest(
        _ request: AWSHTTPRequest, signer: AWSSigV4Signer = AWSSigV4Signer(region: "us-east-1", service: "service")
    ) -> String {
        var request = request
        let amzDate = signer.addSigningHeaders(to: &request, credentials: credentials, date: date)
        return String(decoding: signer.signingSteps(for: request, credentials: credentials, amzDate: amzDate).canonicalRequest, as: UTF8.self)
    }

    @Test func addsHostWithPortWhenAbsent() {
        let signer = AWSSigV4Signer(region: "us-east-1", service: "service")
        var request = AWSHTTPRequest(method: "GET", host: "localhost", port: 8080)
        signer.sign(&request, credentials: credentials, date: date)
        #expect(request.headers["Host"] == "localhost:8080")
        #expect(request.headers["X-Amz-Date"] == "20150830T123600Z")
        #expect(request.headers["Authorization"]?.contains("SignedHeaders=host;x-amz-date,") == true)
    }

    @Test func resigningReplacesTheSignatureHeaders() throws {
        let signer = AWSSigV4Signer(region: "us-east-1", service: "service")
        var request = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
        signer.sign(&request, credentials: credentials, date: date.addingTimeInterval(-86_400))
        signer.sign(&request, credentials: credentials, date: date)
        #expect(request.headers.values("Authorization").count == 1)
        #expect(request.headers.values("X-Amz-Date") == ["20150830T123600Z"])
        let expected = try SigV4SuiteCase(path: "get-vanilla").file("authz")
        #expect(request.headers["Authorization"] == expected)
    }

    @Test func signingKeyFollowsTheSecret() {
        let signer = AWSSigV4Signer(region: "us-east-1", service: "service")
        var first = AWSHTTPRequest(method: "GET", host: "example.amazonaws.com")
        var second = first
        signer.sign(&first, credentials: credentials, date: date)
        var otherSecret = credentials
        otherSecret.secretAccessKey = "another-secret"
        signer.sign(&second, credentials: otherSecret, date: date)
        #expect(first.headers["Authorization"] != second.headers["Authorization"])
    }

    @Test func standardRulesEncodeTheEncodedPathAgain() {
        let request = AWSHTTPRequest(method: "GET", host: "h", path: "/a/./b//%3A%2F/../c")
        #expect(canonicalRequest(request).split(separator: "\n")[1] == "/a/b/c")
        let label = AWSHTTPRequest(method: "GET", host: "h", path: "/x/arn%3Aaws%2Fy")
        #expect(canonicalRequest(label).split(separator: "\n")[1] == "/x/arn%253Aaws%252Fy")
    }

    @Test func s3RulesKeepThePathAsSent() {
        let signer = AWSSigV4Signer(region: "us-east-1", service: "s3", usesStandardURIRules: false)
        let request = AWSHTTPRequest(method: "GET", host: "h", path: "/bucket/my-object//example/./%3A")
        #expect(canonicalRequest(request, signer: signer).split(separator: "\n")[1] == "/bucket/my-object//example/./%3A")
    }

    @Test func queryIsDecodedAndEncodedCanonically() {
        let request = AWSHTTPRequest(
            method: "GET", host: "h",
            query: [
                .init(name: "b", value: "a+b"), .init(name: "b", value: "a%20a"), .init(name: "a%7e", value: "%2f*"),
                .init(name: "flag", value: ""),
            ])
        #expect(canonicalRequest(request).split(separator: "\n")[2] == "a~=%2F%2A&b=a%20a&b=a%20b&flag=")
    }

    @Test func contentSHA256HeaderOnlyWhenAsked() {
        var request = AWSHTTPRequest(method: "PUT", host: "h", body: Array("hello".utf8))
        AWSSigV4Signer(region: "us-east-1", service: "service").sign(&request, credentials: credentials, date: date)
        #expect(request.headers["x-amz-content-sha256"] == nil)

        let s3 = AWSSigV4Signer(region: "us-east-1", service: "s3", usesStandardURIRules: false, addsContentSHA256Header: true)
        s3.sign(&request, credentials: credentials, date: date)
        let hash = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        #expect(request.headers["x-amz-content-sha256"] == hash)
        #expect(request.headers["Authorization"]?.contains("x-amz-content-sha256;x-amz-date") == true)
    }

    @Test func presetPayloadHashIsSignedAsGiven() {
        let request = AWSHTTPRequest(
            method: "PUT", host: "h", headers: AWSHTTPHeaders([("x-amz-content-sha256", "UNSIGNED-PAYLOAD")]),
            body: Array("hello".utf8))
        #expect(canonicalRequest(request).hasSuffix("\nUNSIGNED-PAYLOAD"))
    }

    @Test func unsignedHeadersAreLeftOut() {
        let request = AWSHTTPRequest(
            method: "GET", host: "h",
            headers: AWSHTTPHeaders([
                ("User-Agent", "x"), ("Expect", "100-continue"), ("X-Amzn-Trace-Id", "t"), ("Transfer-Encoding", "chunked"),
            ]))
        #expect(canonicalRequest(request).split(separator: "\n", omittingEmptySubsequences: false)[6] == "host;x-amz-date")
    }
}
