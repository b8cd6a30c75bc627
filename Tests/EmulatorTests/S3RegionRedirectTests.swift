import AWSRuntime
import AWSRuntimeTesting
import EmulatorS3
import Foundation
import Testing

/// A bucket in another region than the client's: S3's answers, as real S3 gives them, make the client send the
/// request again to the bucket's region once, and send later requests for the bucket there at once (botocore's
/// `S3RegionRedirectorv2`).
@Suite struct S3RegionRedirectTests {
    static let credentials = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret"))

    static func client(_ transport: AWSStubTransport, region: String = "us-east-1") throws -> EmulatorS3Client {
        try EmulatorS3Client(configuration: AWSClientConfiguration(
            region: region, credentials: credentials, transport: transport,
            retry: AWSRetryConfiguration(maxAttempts: 3, baseDelay: .milliseconds(1)), environment: ["HOME": "/nonexistent"]))
    }

    static func error(_ status: Int, code: String, region: String? = nil, header: String? = nil) -> AWSHTTPResponse {
        let body = code.isEmpty ? "" : """
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>\(code)</Code><Message>m</Message>\(region.map { "<Region>\($0)</Region>" } ?? "")\
            <RequestId>R</RequestId><HostId>H</HostId></Error>
            """
        return AWSHTTPResponse(
            status: status, headers: AWSHTTPHeaders(header.map { [("x-amz-bucket-region", $0)] } ?? []), body: Array(body.utf8))
    }

    static let listing = AWSHTTPResponse(status: 200, body: Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <ListBucketResult><Name>photos</Name><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>
        """.utf8))

    /// The host and the credential scope's region of a request.
    static func route(_ request: AWSHTTPRequest) -> (host: String, region: String?) {
        let scope = request.headers["Authorization"]?.firstMatch(of: /Credential=[^\/]+\/\d{8}\/([^\/]+)\//)
        return (request.host, scope.map { String($0.1) })
    }

    @Test(arguments: [
        ("a 301 PermanentRedirect with the header", error(301, code: "PermanentRedirect", header: "eu-west-1")),
        ("a 400 AuthorizationHeaderMalformed naming the region", error(400, code: "AuthorizationHeaderMalformed", region: "eu-west-1")),
        ("a 307 with the header", error(307, code: "TemporaryRedirect", header: "eu-west-1")),
        ("an IllegalLocationConstraintException with the header", error(400, code: "IllegalLocationConstraintException", header: "eu-west-1")),
    ])
    func sendsAgainToTheBucketsRegionAndRemembersIt(_ answer: String, _ redirect: AWSHTTPResponse) async throws {
        let transport = AWSStubTransport.scripted([redirect, Self.listing])
        let s3 = try Self.client(transport)
        _ = try await s3.listObjectsV2(ListObjectsV2Request(bucket: "photos"))
        _ = try await s3.listObjectsV2(ListObjectsV2Request(bucket: "photos"))
        _ = try await s3.listObjectsV2(ListObjectsV2Request(bucket: "other"))
        let routes = transport.requests.map(Self.route)
        try #require(routes.count == 4, "\(answer)")
        #expect(routes[0].host == "photos.s3.amazonaws.com" && routes[0].region == "us-east-1")
        #expect(routes[1].host == "photos.s3.eu-west-1.amazonaws.com" && routes[1].region == "eu-west-1", "sent again, at once")
        #expect(routes[2].host == "photos.s3.eu-west-1.amazonaws.com" && routes[2].region == "eu-west-1", "remembered")
        #expect(routes[3].host == "other.s3.amazonaws.com" && routes[3].region == "us-east-1", "only for that bucket")
    }

    /// Only `HeadObject` and `HeadBucket` read a bare 400 as a redirect: their answers have no body to say more.
    @Test func aBare400OfAnotherOperationIsItsError() async throws {
        let transport = AWSStubTransport.scripted([
            Self.error(400, code: "", header: "ap-southeast-2"),
            AWSHTTPResponse(status: 200, headers: AWSHTTPHeaders([("Content-Length", "0")])),
        ])
        await #expect(throws: AWSUnknownServiceError.self) {
            _ = try await Self.client(transport).getObject(GetObjectRequest(bucket: "photos", key: "a.jpg"))
        }
        #expect(transport.requests.count == 1)
    }

    @Test func aRedirectIsFollowedOnceAndWithoutARegionNotAtAll() async throws {
        let twice = AWSStubTransport.scripted([Self.error(301, code: "PermanentRedirect", header: "eu-west-1")])
        await #expect(throws: AWSUnknownServiceError.self) {
            _ = try await Self.client(twice).listObjectsV2(ListObjectsV2Request(bucket: "photos"))
        }
        #expect(twice.requests.count == 2, "the second redirect is the caller's error")

        let nowhere = AWSStubTransport.scripted([Self.error(301, code: "PermanentRedirect")])
        do {
            _ = try await Self.client(nowhere).listObjectsV2(ListObjectsV2Request(bucket: "photos"))
            Issue.record("expected the redirect as an error")
        } catch let error as any AWSServiceError {
            #expect(error.context.code == "PermanentRedirect" && error.context.status == 301)
        }
        #expect(nowhere.requests.count == 1)

        let bogus = AWSStubTransport.scripted([Self.error(301, code: "PermanentRedirect", header: "evil.example.com/x")])
        await #expect(throws: AWSUnknownServiceError.self) {
            _ = try await Self.client(bogus).listObjectsV2(ListObjectsV2Request(bucket: "photos"))
        }
        #expect(bogus.requests.count == 1, "a region that is not a host label is not followed")
    }

    @Test func theErrorContextCarriesTheRegion() async throws {
        let transport = AWSStubTransport.scripted([Self.error(400, code: "AuthorizationHeaderMalformed", region: "eu-central-1"), Self.listing])
        _ = try await Self.client(transport).listObjectsV2(ListObjectsV2Request(bucket: "photos"))
        #expect(Self.route(transport.requests[1]).region == "eu-central-1")
        let plain = AWSStubTransport.scripted([Self.error(404, code: "NoSuchBucket")])
        do {
            _ = try await Self.client(plain).listObjectsV2(ListObjectsV2Request(bucket: "photos"))
        } catch let error as any AWSServiceError {
            #expect(error.context.region == nil)
            #expect(error.context.code == "NoSuchBucket")
        }
        #expect(plain.requests.count == 1, "other errors are not redirects")
    }
}
