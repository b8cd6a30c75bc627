import Testing

@testable import AWSRuntime

/// Runs the AWS SigV4 test suite: canonical request, string to sign and `Authorization` of every case.
@Suite struct SigV4SuiteTests {
    @Test func suiteHasAllCases() {
        #expect(SigV4SuiteCase.all.count == 34)
    }

    @Test(arguments: SigV4SuiteCase.all)
    func signsLikeTheSuite(_ testCase: SigV4SuiteCase) throws {
        let signer = AWSSigV4Signer(region: SigV4SuiteCase.Inputs.region, service: SigV4SuiteCase.Inputs.service)
        let credentials = try testCase.credentials()
        var request = try RawHTTPRequestParser.parse(testCase.file("req"))

        var prepared = request
        let amzDate = signer.addSigningHeaders(to: &prepared, credentials: credentials, date: SigV4SuiteCase.Inputs.date)
        let steps = signer.signingSteps(for: prepared, credentials: credentials, amzDate: amzDate)
        #expect(String(decoding: steps.canonicalRequest, as: UTF8.self) == (try testCase.file("creq")))
        #expect(String(decoding: steps.stringToSign, as: UTF8.self) == (try testCase.file("sts")))

        signer.sign(&request, credentials: credentials, date: SigV4SuiteCase.Inputs.date)
        #expect(request.headers["Authorization"] == (try testCase.file("authz")))
    }
}
