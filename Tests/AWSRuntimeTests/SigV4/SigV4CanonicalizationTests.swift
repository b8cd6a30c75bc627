import Foundation
import Testing

@testable import AWSRuntime

/// Edge cases of the canonical request's headers and path that the AWS and botocore suites do not reach.
@Suite struct SigV4CanonicalizationTests {
    let credentials = AWSCredentials(
        accessKeyId: SigV4SuiteCase.Inputs.accessKeyId, secretAccessKey: SigV4SuiteCase.Inputs.secretAccessKey)

    private func canonicalRequest(_ request: AWSHTTPRequest) -> String {
        let signer = AWSSigV4Signer(region: "us-east-1", service: "service")
        var request = request
        let amzDate = signer.addSigningHeaders(to: &request, credentials: credentials, date: SigV4SuiteCase.Inputs.date)
        let steps = signer.signingSteps(for: request, credentials: credentials, amzDate: amzDate)
        return String(decoding: steps.canonicalRequest, as: UTF8.self)
    }

    /// Names longer than 16 bytes that share their first 16 are sorted and merged by their whole lowercased name,
    /// one that is a prefix of another coming first; repeated names keep their values' order.
    @Test func longNamesAlikeInTheirFirst16BytesSortAndMerge() {
        let request = AWSHTTPRequest(
            method: "GET", host: "h",
            headers: AWSHTTPHeaders([
                ("X-Amz-Meta-Long-Name-B", " 2 "), ("x-amz-meta-long-name-a", "1"), ("Transfer-Encoding", "chunked"),
                ("X-AMZ-META-LONG-NAME-A", "3"), ("X-Amz-Meta-Long-Name", "0"), ("X-Amz-Meta-Long-Name-Bb", "4"),
                ("A", "first"),
            ]))
        let expected = """
            GET
            /

            a:first
            host:h
            x-amz-date:20150830T123600Z
            x-amz-meta-long-name:0
            x-amz-meta-long-name-a:1,3
            x-amz-meta-long-name-b:2
            x-amz-meta-long-name-bb:4

            a;host;x-amz-date;x-amz-meta-long-name;x-amz-meta-long-name-a;x-amz-meta-long-name-b;x-amz-meta-long-name-bb
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """
        #expect(canonicalRequest(request) == expected)
    }

    /// Only ASCII capital letters are lowercased in names: the bytes next to `A`-`Z` (`@`, `[`) and non-ASCII
    /// bytes stay, and sort by their value.
    @Test func namesLowercaseOnlyASCIICapitals() {
        let request = AWSHTTPRequest(
            method: "GET", host: "h",
            headers: AWSHTTPHeaders([("X-É", "5"), ("X-[", "2"), ("X-Z", "4"), ("X-@", "1"), ("X-`", "3")]))
        let lines = canonicalRequest(request).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[3...9] == ["host:h", "x-@:1", "x-[:2", "x-`:3", "x-amz-date:20150830T123600Z", "x-z:4", "x-É:5"])
        #expect(lines[11] == "host;x-@;x-[;x-`;x-amz-date;x-z;x-É")
    }

    /// Signing replaces the headers it sets whatever their case, and keeps the other fields in their order.
    @Test func signingHeadersAreReplacedWhateverTheirCase() {
        let signer = AWSSigV4Signer(region: "us-east-1", service: "service")
        var request = AWSHTTPRequest(
            method: "GET", host: "h",
            headers: AWSHTTPHeaders([
                ("authorization", "old"), ("B", "1"), ("x-amz-date", "old"), ("X-AMZ-SECURITY-TOKEN", "old"), ("A", "2"),
            ]))
        var withToken = credentials
        withToken.sessionToken = "token"
        signer.sign(&request, credentials: withToken, date: SigV4SuiteCase.Inputs.date)
        #expect(request.headers.fields.map(\.name) == [
            "B", "A", "X-Amz-Date", "Host", "X-Amz-Security-Token", "Authorization",
        ])
        #expect(request.headers["x-amz-security-token"] == "token")
    }

    /// The path mask keeps exactly `/` and the RFC 3986 unreserved characters.
    @Test func pathMaskKeepsSlashAndUnreservedBytes() {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(SigV4Canonicalization.staysInPath(byte) == kept.contains(byte), "byte \(byte)")
        }
    }
}
