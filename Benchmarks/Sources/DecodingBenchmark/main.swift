@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import BenchmarkSupport
@_spi(Generated) import DocDBElastic
@_spi(Generated) import DynamoDB
import Foundation

// Decodes a CreateClusterSnapshot response (DocDB Elastic, rest-json) and a DynamoDB Scan response (awsJson
// 1.0) through `AWSClient.parseResponse`, the path `execute` takes, and prints the median time per response.
// Usage: DecodingBenchmark CREATE_CLUSTER_SNAPSHOT_BODY SCAN_BODY [BATCHES]
let arguments = CommandLine.arguments
let batches = arguments.count > 3 ? Int(arguments[3]) ?? 25 : 25
let configuration = AWSClientConfiguration(
    region: "us-east-1", credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")),
    transport: AWSStubTransport(), environment: [:])
let headers = AWSHTTPHeaders([("Content-Type", "application/json"), ("x-amzn-RequestId", "5d3f0b4c-9a1e-4c7b-8f2d-0e6a1b2c3d4e")])

/// A 200 response with the standard headers and the body read from `path`.
func response(_ path: String) throws -> AWSHTTPResponse {
    AWSHTTPResponse(status: 200, headers: headers, body: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
}

let snapshot = try response(arguments[1])
let docdb = try DocDBElasticClient(configuration: configuration).client
var checksum = 0
let snapshotTiming = try Timing(batches: batches, iterations: 20_000) {
    let output = try docdb.parseResponse(
        DocDBElasticClient.Operations.createClusterSnapshot, snapshot, as: CreateClusterSnapshotOutput.self)
    checksum &+= output.snapshot.subnetIds.count
}
print(String(format: "swift decode CreateClusterSnapshot (%d bytes): median %.2f µs (%d batches of 20000; min %.2f, max %.2f) [%d]",
             snapshot.body.count, snapshotTiming.median, batches, snapshotTiming.min, snapshotTiming.max, checksum % 10))

let scan = try response(arguments[2])
let dynamo = try DynamoDBClient(configuration: configuration).client
let scanBatches = max(3, batches / 3)
let scanTiming = try Timing(batches: scanBatches, iterations: 5) {
    let output = try dynamo.parseResponse(DynamoDBClient.Operations.scan, scan, as: ScanOutput.self)
    checksum &+= output.items?.count ?? 0
}
print(String(format: "swift decode Scan (%d bytes): median %.2f µs (%d batches of 5; min %.2f, max %.2f) [%d]",
             scan.body.count, scanTiming.median, scanBatches, scanTiming.min, scanTiming.max, checksum % 10))
