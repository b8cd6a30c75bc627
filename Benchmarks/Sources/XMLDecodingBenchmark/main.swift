@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import BenchmarkSupport
@_spi(Generated) import EC2
import Foundation
@_spi(Generated) import S3

// Decodes a 1,000-key ListObjectsV2 response (S3, rest-xml) and a 1 MB DescribeInstances response (EC2, ec2)
// through `AWSClient.parseResponse`, the path `execute` takes, and prints the median time per response.
// Usage: XMLDecodingBenchmark LIST_OBJECTS_BODY DESCRIBE_INSTANCES_BODY [BATCHES]
let arguments = CommandLine.arguments
let batches = arguments.count > 3 ? Int(arguments[3]) ?? 15 : 15
let configuration = AWSClientConfiguration(
    region: "us-east-1", credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
    transport: AWSStubTransport(), environment: [:])
let headers = AWSHTTPHeaders([("Content-Type", "application/xml"), ("x-amz-request-id", "5d3f0b4c9a1e4c7b")])

/// A 200 response with the standard headers and the body read from `path`.
func response(_ path: String) throws -> AWSHTTPResponse {
    AWSHTTPResponse(status: 200, headers: headers, body: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
}

var checksum = 0
let listObjects = try response(arguments[1])
let s3 = try S3Client(configuration: configuration).client
let listTiming = try Timing(batches: batches, iterations: 10) {
    let output = try s3.parseResponse(S3Client.Operations.listObjectsV2, listObjects, as: ListObjectsV2Output.self)
    checksum &+= output.contents?.count ?? 0
}
print(String(format: "swift decode ListObjectsV2 (%d bytes): median %.2f µs (%d batches of 10; min %.2f, max %.2f) [%d]",
             listObjects.body.count, listTiming.median, batches, listTiming.min, listTiming.max, checksum % 10))

let describe = try response(arguments[2])
let ec2 = try EC2Client(configuration: configuration).client
let describeTiming = try Timing(batches: batches, iterations: 3) {
    let output = try ec2.parseResponse(EC2Client.Operations.describeInstances, describe, as: DescribeInstancesResult.self)
    checksum &+= output.reservations?.count ?? 0
}
print(String(format: "swift decode DescribeInstances (%d bytes): median %.2f µs (%d batches of 3; min %.2f, max %.2f) [%d]",
             describe.body.count, describeTiming.median, batches, describeTiming.min, describeTiming.max, checksum % 10))
