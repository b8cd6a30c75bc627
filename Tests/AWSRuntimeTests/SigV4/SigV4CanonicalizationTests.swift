import Foundation
import Testing

@testable import AWSRuntime

/// Edge cases of the canonical request's headers and path that the AWS and botocore suites do not reach.
@Suite struct SigV4CanonicalizationTests {
    let credentials = AWSCredentials(
        accessKeyId: SigV4SuiteCase.Inputs.accessKeyId, secretAccessKey: SigV4SuiteCase.Inputs.secretAccessKey)

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
}
