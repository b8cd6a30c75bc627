import AWSRuntime
import EmulatorRoute53
import EmulatorS3
import Foundation
import Testing

/// The rest-xml clients (Route 53, S3) against moto.
@Suite struct RestXMLEmulatorTests {
    @Test func route53HostedZonesAndAMissingOneIsTyped() async throws {
        let route53 = try EmulatorRoute53Client(configuration: try await EmulatorClients.configuration())
        let name = EmulatorClients.unique("zone") + ".example.com."
        let created = try await route53.createHostedZone(CreateHostedZoneRequest(
            name: name, callerReference: EmulatorClients.unique("ref"),
            hostedZoneConfig: HostedZoneConfig(comment: "from Swift", privateZone: false)))
        #expect(created.hostedZone.name == name)
        #expect(created.location.isEmpty == false)
        // Route 53 answers with `/hostedzone/<id>`; its URIs take the id alone.
        let id = String(created.hostedZone.id.split(separator: "/").last ?? "")
        let fetched = try await route53.getHostedZone(GetHostedZoneRequest(id: id))
        #expect(fetched.hostedZone.name == name)
        #expect(fetched.hostedZone.config?.comment == "from Swift")
        let listed = try await route53.listHostedZones(ListHostedZonesRequest())
        #expect(listed.hostedZones.contains { $0.name == name })
        _ = try await route53.deleteHostedZone(DeleteHostedZoneRequest(id: id))
        await #expect(throws: NoSuchHostedZone.self) {
            _ = try await route53.getHostedZone(GetHostedZoneRequest(id: id))
        }
    }

    @Test func s3ObjectsArePutGotListedAndDeleted() async throws {
        let s3 = try EmulatorS3Client(configuration: try await EmulatorClients.configuration())
        let bucket = EmulatorClients.unique("bucket")
        _ = try await s3.createBucket(CreateBucketRequest(bucket: bucket))
        let bytes = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        for key in ["a/one.bin", "a/two.bin", "b three.txt"] {
            let put = try await s3.putObject(PutObjectRequest(body: AWSByteStream(bytes), bucket: bucket, contentType: "application/octet-stream", key: key))
            #expect(put.eTag?.isEmpty == false)
        }
        let object = try await s3.getObject(GetObjectRequest(bucket: bucket, key: "a/one.bin"))
        #expect(try await object.body?.collect(upTo: 1 << 20) == Array(bytes))
        #expect(object.contentLength == Int64(bytes.count))
        #expect(object.contentType == "application/octet-stream")
        let listed = try await s3.listObjectsV2(ListObjectsV2Request(bucket: bucket, prefix: "a/"))
        #expect(listed.contents?.compactMap(\.key) == ["a/one.bin", "a/two.bin"])
        #expect(listed.keyCount == 2)
        _ = try await s3.deleteObject(DeleteObjectRequest(bucket: bucket, key: "a/one.bin"))
        await #expect(throws: NoSuchKey.self) {
            _ = try await s3.getObjectBody(GetObjectRequest(bucket: bucket, key: "a/one.bin"))
        }
        await #expect(throws: NoSuchBucket.self) {
            _ = try await s3.listObjectsV2(ListObjectsV2Request(bucket: EmulatorClients.unique("nobucket")))
        }
    }
}
