import AWSRuntime
import AWSRuntimeTesting
import EmulatorS3
import Foundation
import Testing
import TestSupport

/// S3's answers that its model does not describe, read as botocore reads them (botocore/handlers.py:
/// `parse_get_bucket_location` and `_handle_200_error`).
@Suite struct S3ResponseQuirksTests {
    @Test func bucketLocationIsTheBareRootElementsText() async throws {
        let s3 = try EmulatorS3Client(configuration: try await EmulatorClients.configuration())
        let home = EmulatorClients.unique("home")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: home))
        // us-east-1 answers with an empty <LocationConstraint/>, which botocore reads as no value.
        #expect(try await s3.getBucketLocation(GetBucketLocationRequest(bucket: home)).locationConstraint == nil)

        let abroad = EmulatorClients.unique("abroad")
        _ = try await s3.createBucket(CreateBucketRequest(
            bucket: abroad,
            createBucketConfiguration: CreateBucketConfiguration(locationConstraint: BucketLocationConstraint(rawValue: "eu-west-1"))))
        let location = try await s3.getBucketLocation(GetBucketLocationRequest(bucket: abroad)).locationConstraint
        #expect(location?.rawValue == "eu-west-1")
    }

    @Test func aCopyThatSucceedsIsReadAsItsResult() async throws {
        let s3 = try EmulatorS3Client(configuration: try await EmulatorClients.configuration())
        let bucket = EmulatorClients.unique("copies")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
        _ = try await s3.putObject(PutObjectRequest(body: AWSByteStream(Data("original".utf8)), bucket: bucket, key: "from.txt"))
        let copy = try await s3.copyObject(CopyObjectRequest(bucket: bucket, copySource: "\(bucket)/from.txt", key: "to.txt"))
        #expect(copy.copyObjectResult?.eTag?.isEmpty == false)
        #expect(try await s3.getObject(GetObjectRequest(bucket: bucket, key: "to.txt")).body?.collect(upTo: 1 << 20) == Array("original".utf8))
    }

    /// S3 can fail a copy after answering 200: the body is then an `<Error>`. It is an error, a 500 as botocore
    /// makes it, and retried; a success would lose the failure.
    @Test func aCopyThatFailsAfterAnswering200IsAnErrorAndRetried() async throws {
        let body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message>\
            <RequestId>R1</RequestId><HostId>H1</HostId></Error>
            """
        let transport = AWSStubTransport.scripted([AWSHTTPResponse(status: 200, body: Array(body.utf8))])
        let s3 = try EmulatorS3Client(configuration: AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
            transport: transport, retry: AWSRetryConfiguration(maxAttempts: 3, baseDelay: .milliseconds(1)),
            environment: ["HOME": "/nonexistent"]))
        do {
            _ = try await s3.copyObject(CopyObjectRequest(bucket: "photos", copySource: "photos/a.jpg", key: "b.jpg"))
            Issue.record("a 200 with an <Error> body was read as a success")
        } catch let error as any AWSServiceError {
            #expect(error.context.code == "InternalError")
            #expect(error.context.status == 500)
            #expect(error.context.message == "We encountered an internal error. Please try again.")
        }
        #expect(transport.requests.count == 3)
    }

    /// `Expires` is whatever the uploader set, and botocore's model makes it a string: one that is not a date
    /// does not fail the call. (botocore turns a date into a `datetime` by hand and adds `ExpiresString`.)
    @Test(arguments: ["never", "Thu, 01 Dec 1994 16:00:00 GMT"])
    func expiresThatIsNotADateIsKeptAsText(_ header: String) async throws {
        let transport = AWSStubTransport.scripted([AWSHTTPResponse(
            status: 200, headers: AWSHTTPHeaders([("Expires", header), ("Content-Length", "2")]), body: Array("hi".utf8))])
        let s3 = try EmulatorS3Client(configuration: AWSClientConfiguration(
            region: "us-east-1", credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
            transport: transport, environment: ["HOME": "/nonexistent"]))
        let object = try await s3.getObject(GetObjectRequest(bucket: "photos", key: "a.txt"))
        #expect(object.expires == header)
    }
}
