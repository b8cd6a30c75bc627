import AWSRuntime
import AWSRuntimeTesting
import EmulatorS3
import Foundation
import Testing

/// `ListObjects*` with `EncodingType` unset asks S3 for url-encoded keys and decodes them, as botocore does; a
/// caller who sets it gets S3's encoded answer. Against moto, which encodes as S3 does.
@Suite struct S3URLEncodedListingTests {
    static let key = "dir one/ü & <x>+y.txt"

    @Test func keysAreAskedForEncodedAndDecodedForTheCaller() async throws {
        let transport = AWSStubTransport { try await AWSDefaultTransport.shared.send($0) }
        var configuration = try await EmulatorClients.configuration()
        configuration.transport = transport
        let s3 = try EmulatorS3Client(configuration: configuration)
        let bucket = EmulatorClients.unique("listing")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
        _ = try await s3.putObject(PutObjectRequest(body: .string("x"), bucket: bucket, key: Self.key))
        _ = try await s3.putObject(PutObjectRequest(body: .string("x"), bucket: bucket, key: "dir one/sub dir/z.txt"))

        let listing = try await s3.listObjectsV2(ListObjectsV2Request(bucket: bucket, delimiter: "/", prefix: "dir one/"))
        #expect(listing.contents?.map(\.key) == [Self.key])
        #expect(listing.commonPrefixes?.map(\.prefix) == ["dir one/sub dir/"])
        #expect(listing.prefix == "dir one/")
        let sent = try #require(transport.requests.last)
        #expect(sent.query.contains(AWSHTTPRequest.QueryItem(name: "encoding-type", value: "url")))

        let encoded = try await s3.listObjectsV2(ListObjectsV2Request(bucket: bucket, delimiter: "/", encodingType: .url, prefix: "dir one/"))
        #expect(encoded.contents?.map(\.key) == ["dir%20one/%C3%BC%20%26%20%3Cx%3E%2By.txt"], "asked for, so left encoded")
        #expect(transport.requests.last?.query.filter { $0.name == "encoding-type" }.count == 1)
    }

    /// Only the fields botocore decodes, and only when the answer says it is encoded.
    @Test func onlyTheEncodedFieldsAreDecoded() async throws {
        func list(_ encodingType: String?) async throws -> ListObjectsV2Output {
            let body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ListBucketResult><Name>b</Name><Prefix>a%20b</Prefix><StartAfter>s%2Bt</StartAfter>\
                <NextContinuationToken>n%20t</NextContinuationToken>\(encodingType.map { "<EncodingType>\($0)</EncodingType>" } ?? "")\
                <Contents><Key>k+1%2B</Key><ETag>e%20t</ETag></Contents><CommonPrefixes><Prefix>p%2F</Prefix></CommonPrefixes>\
                <KeyCount>1</KeyCount><MaxKeys>1</MaxKeys><IsTruncated>true</IsTruncated></ListBucketResult>
                """
            let s3 = try EmulatorS3Client(configuration: AWSClientConfiguration(
                region: "us-east-1", credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "s")),
                transport: AWSStubTransport.scripted([AWSHTTPResponse(status: 200, body: Array(body.utf8))]), environment: ["HOME": "/nonexistent"]))
            return try await s3.listObjectsV2(ListObjectsV2Request(bucket: "b"))
        }
        let decoded = try await list("url")
        #expect(decoded.prefix == "a b")
        #expect(decoded.startAfter == "s+t")
        #expect(decoded.contents?.first?.key == "k 1+")
        #expect(decoded.commonPrefixes?.first?.prefix == "p/")
        #expect(decoded.nextContinuationToken == "n%20t", "not one of the encoded fields")
        #expect(decoded.contents?.first?.eTag == "e%20t")

        let plain = try await list(nil)
        #expect(plain.contents?.first?.key == "k+1%2B", "an answer that does not say it is encoded is left alone")
    }
}
