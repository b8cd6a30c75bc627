@_spi(Generated) import AWSRuntime
import AWSRuntimeTesting
import BenchmarkSupport
@_spi(Generated) import DocDBElastic
import Foundation

// Builds and signs a CreateClusterSnapshot request (validate, encode, bind, serialize, SigV4) in a loop and
// prints the median time per request over several batches.
let batches = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 25
let iterations = Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 20_000
let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
let client = try DocDBElasticClient(configuration: AWSClientConfiguration(
    region: "us-east-1", credentials: StaticCredentialProvider(credentials), transport: AWSStubTransport(),
    environment: [:]))
let input = CreateClusterSnapshotInput(
    clusterArn: "arn:aws:docdb-elastic:us-east-1:123456789012:cluster/abc", snapshotName: "snap-1",
    tags: ["env": "prod", "team": "db"])
let operation = DocDBElasticClient.Operations.createClusterSnapshot
let date = Date(timeIntervalSince1970: 1_440_938_160)
var checksum = 0
let timing = try Timing(batches: batches, iterations: iterations) {
    let request = try client.client.signedRequest(operation, input, credentials: credentials, date: date)
    checksum &+= request.headers.fields.count
}
print(String(format: "swift build+sign CreateClusterSnapshot: median %.2f µs per request (%d batches of %d; min %.2f, max %.2f) [%d]",
             timing.median, batches, iterations, timing.min, timing.max, checksum % 10))
