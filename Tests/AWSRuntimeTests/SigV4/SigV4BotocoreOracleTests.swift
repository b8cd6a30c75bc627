import Foundation
import Testing

import AWSEndpointRules
@testable import AWSRuntime

/// Signs docdb-elastic requests built by hand and compares them with what botocore sends for the same
/// operations, recorded in `Resources/oracle` (see the README there for the commands that produced them).
@Suite struct SigV4BotocoreOracleTests {
    /// One recorded botocore request and the same request as the runtime builds it.
    struct OracleCase: Sendable, CustomStringConvertible {
        let fixture: String
        let sessionToken: String?
        let request: AWSHTTPRequest

        var description: String { fixture }
    }

    static let host = "docdb-elastic.us-east-1.amazonaws.com"
    static let snapshotArn = "arn:aws:docdb-elastic:us-east-1:123456789012:cluster-snapshot/abc/snap1"
    /// botocore sends a User-Agent but never signs it; the runtime must leave it out of the signature too.
    static let userAgent = AWSHTTPHeaders([("User-Agent", "swift-aws-codegen-tests")])

    static let createClusterSnapshot: AWSHTTPRequest = {
        var request = AWSHTTPRequest(
            method: "POST", host: host, path: "/cluster-snapshot", headers: userAgent,
            body: Array(#"{"clusterArn": "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", "snapshotName": "snap1"}"#.utf8))
        request.headers.add("Content-Type", "application/json")
        return request
    }()

    static let getClusterSnapshot = AWSHTTPRequest(
        method: "GET", host: host, path: "/cluster-snapshot/" + PercentEncoding.encode(snapshotArn), headers: userAgent)

    static let cases = [
        OracleCase(fixture: "docdb-elastic-CreateClusterSnapshot", sessionToken: nil, request: createClusterSnapshot),
        OracleCase(fixture: "docdb-elastic-GetClusterSnapshot", sessionToken: nil, request: getClusterSnapshot),
        OracleCase(
            fixture: "docdb-elastic-GetClusterSnapshot-session-token",
            sessionToken: "AQoDYXdzEPT//////////wEXAMPLE+token/a=", request: getClusterSnapshot),
    ]

    @Test(arguments: cases)
    func signsLikeBotocore(_ oracleCase: OracleCase) throws {
        let expected = try BotocoreSignedRequest.load(oracleCase.fixture)
        let credentials = AWSCredentials(
            accessKeyId: expected.signing.accessKey, secretAccessKey: expected.signing.secretKey,
            sessionToken: oracleCase.sessionToken)
        let signer = AWSSigV4Signer(region: expected.signing.region, service: "docdb-elastic")
        var request = oracleCase.request
        #expect(request.method == expected.method)
        #expect(request.url == expected.url)
        #expect(String(decoding: request.body, as: UTF8.self) == expected.body)

        var prepared = request
        let amzDate = signer.addSigningHeaders(to: &prepared, credentials: credentials, date: SigV4SuiteCase.Inputs.date)
        #expect(amzDate.timestamp == expected.signing.time)
        let steps = signer.signingSteps(for: prepared, credentials: credentials, amzDate: amzDate)
        #expect(String(decoding: steps.canonicalRequest, as: UTF8.self) == expected.signing.canonicalRequest)
        #expect(String(decoding: steps.stringToSign, as: UTF8.self) == expected.signing.stringToSign)

        signer.sign(&request, credentials: credentials, date: SigV4SuiteCase.Inputs.date)
        for name in ["Authorization", "X-Amz-Date", "X-Amz-Security-Token", "Content-Type"] {
            #expect(request.headers[name] == expected.headers[name], "\(name)")
        }
        #expect(request.headers["Host"] == Self.host)
    }
}
